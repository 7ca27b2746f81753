import type { TagDocument } from '../text/document.js';

/**
 * A story of this many words or more is long form (a feature, a profile, an analysis), not a wire report:
 * it names countries in passing (a list of where people came from, a place a sentence mentions on the way)
 * far more often than a report of 100-300 words does, whose every country is news. Reuters reports run to
 * 87 words at the median and 295 at the ninth decile; features run to 700-2,500.
 */
export const LONG_FORM_WORDS = 400;

/** Whether the story's body runs to LONG_FORM_WORDS words or more. */
export function isLongForm(doc: TagDocument): boolean {
  return isLongText(doc.body.text);
}

/** Whether a text runs to LONG_FORM_WORDS words or more (a word: letters, with inner apostrophes, hyphens, digits). */
export function isLongText(text: string): boolean {
  // Fewer characters than that cannot hold so many words: most wire stories stop here.
  if (text.length < LONG_FORM_WORDS * 2) return false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      if (!inWord && ++words >= LONG_FORM_WORDS) return true;
      inWord = true;
    } else inWord = inWord && (c === 0x27 || c === 0x2019 || c === 0x2d || (c >= 0x30 && c <= 0x39));
  }
  return false;
}

/** A letter: ASCII letters, or a character past Latin-1's symbols outside the blocks of punctuation (dashes, quotes, CJK marks). */
function isLetter(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return (
    c >= 0xc0 &&
    !(c >= 0x2000 && c <= 0x2bff) &&
    !(c >= 0x3000 && c <= 0x303f) &&
    !(c >= 0xff00 && c <= 0xff20)
  );
}

/**
 * The highest score a pair reaches in long form. A feature names two countries in one sentence many times by
 * chance ("accused by UN experts, US lawmakers and Sudan's government of supplying the RSF through airstrips in
 * Chad", "governments from Japan to Germany"), so shared sentences and their cues would carry a pair of
 * passing countries to the story's own pair's score (1.00). In long form that growth is bounded by how much the
 * story is about the two: the geometric mean of their salience, against that of the story's two most salient
 * countries (its main pair, which may reach 1). A pair of background countries keeps the weakest link's score.
 */
export function longFormCap(
  a: { readonly salience: number },
  b: { readonly salience: number },
  mainPairSalience: number,
): number {
  if (mainPairSalience <= 0) return 1;
  const share = Math.min(1, Math.sqrt(a.salience * b.salience) / mainPairSalience);
  return LONG_FORM_FLOOR + (1 - LONG_FORM_FLOOR) * share;
}
/** The score a long form pair keeps however little the story is about the two: a shared sentence's base. */
const LONG_FORM_FLOOR = 0.5;

/** The salience of a story's main pair: the geometric mean of its two most salient countries'. */
export function mainPairSalience(countries: readonly { readonly salience: number }[]): number {
  let first = 0;
  let second = 0;
  for (const c of countries) {
    if (c.salience > first) {
      second = first;
      first = c.salience;
    } else if (c.salience > second) second = c.salience;
  }
  return Math.sqrt(first * second);
}
