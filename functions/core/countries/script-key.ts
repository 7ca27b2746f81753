/**
 * Which languages `script-names.ts` reads, and the key their country names are stored under (build time
 * in compile.ts, run time there); kept apart so the build does not load the gazetteer.
 */
export const NO_SPACES: ReadonlySet<string> = new Set(['zh', 'ja', 'th']);
export const ARABIC_SCRIPT: ReadonlySet<string> = new Set(['ar', 'fa']);
export const INFLECTED: ReadonlySet<string> = new Set(['ru', 'uk']);
/** The languages read here; the build keys their names with `scriptKey` instead of `keyOf`. */
export const SCRIPT_LANGUAGES: ReadonlySet<string> = new Set([
  ...NO_SPACES,
  ...ARABIC_SCRIPT,
  ...INFLECTED,
  'hi',
  'ko',
  // Read word by word as written: Bengali, Greek, Tamil, Urdu, Hebrew, Macedonian.
  ...['bn', 'el', 'ta', 'ur', 'he', 'mk'],
]);

// Spellings a news text and a country list write differently, one character for one so offsets hold:
// Arabic hamza seats and final yeh / alef maksura / Persian yeh, teh marbuta, Persian and Arabic kaf;
// Russian ё, which most news prints as е.
const SAME_LETTER: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ک: 'ك',
  ё: 'е',
  Ё: 'Е',
};
const SAME_LETTER_PATTERN = new RegExp(`[${Object.keys(SAME_LETTER).join('')}]`, 'g');

/** A name or text with the letters of SAME_LETTER unified; same length as its input. */
export function scriptKey(text: string): string {
  return text.replace(SAME_LETTER_PATTERN, (c) => SAME_LETTER[c] ?? c);
}
