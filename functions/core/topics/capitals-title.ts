import { lowerCased } from '../text/chars.js';

/** A letter's code unit (any code unit above ASCII counts, so "é" or "ł" join a word). */
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/**
 * Lower-case compounds that still spell the name, not the ordinary word: "fed funds" (federal funds) are
 * the Fed's market, not anything fed.
 */
const NAME_COMPOUNDS: ReadonlyMap<string, RegExp> = new Map([['fed', /^[ -]funds?\b/i]]);

/** The text has `word` as a whole word, case as given (and not followed by `compound`). */
function writesWord(text: string, word: string, compound?: RegExp): boolean {
  const end = text.length;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const after = at + word.length;
    if (
      (at === 0 || !isLetterCode(text.charCodeAt(at - 1))) &&
      (after >= end || !isLetterCode(text.charCodeAt(after))) &&
      !compound?.test(text.slice(after, after + 8))
    )
      return true;
  }
  return false;
}

/**
 * A word of a headline in capitals may be read as the capitalised lexicon word it spells ("LABOUR" as the
 * party, "APPLE" as the firm) where the story writes it capitalised, or not at all in lower case:
 * "SOUTH KOREAN UNIONS STRIKE OVER LABOUR LAW" over "a labour law rushed through parliament" is the word,
 * "LABOUR WINS BY-ELECTION" over "Labour candidate Ben Chapman" the party (review21 r21-17). "FED ADDS
 * RESERVES" over "fed funds were trading at 6 pct" is the Fed (`NAME_COMPOUNDS`).
 */
export function nameSenseIn(body: string, word: string): boolean {
  const lower = lowerCased(word);
  return (
    writesWord(body, word.charAt(0) + lower.slice(1)) || !writesWord(body, lower, NAME_COMPOUNDS.get(lower))
  );
}
