import { foldedLetters, withoutMarks } from '../text/chars.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';

/**
 * Written as a string, not a regex literal: V8 checks a literal's syntax when it parses the bundle, an ICU scan per
 * `\p{…}`, and esbuild turns only a `\p{…}` outside brackets into `new RegExp` (text/lazy-pattern.ts).
 */
const NOT_LETTERS_OR_DIGITS = lazyPatternOf('[^\\p{L}\\p{N}]+', 'gu');
const SPACED_AMPERSAND = / & /g;
const SPACED_POSSESSIVE = / (['\u2019]s)(?= |$)/g;

/**
 * The name part of an entity id (`person:<slug>`): accents and case dropped, letters such as ø folded, an
 * apostrophe or full stop removed, every other run of non-alphanumerics one hyphen. "Jonas Gahr Støre" and
 * "Jonas Gahr Store" are one person across articles. Its own module, without the gazetteers, so the query
 * API can read an id typed as a name (`person:Elon Musk`) the way the tagger builds it.
 */
export function slugOf(name: string): string {
  // "Procter & Gamble" and "Procter and Gamble", "Johnson & Johnson" and "Johnson and Johnson": an ampersand
  // between words is "and" ("AT&T", "S&P" keep theirs).
  const anded = name.includes(' & ') ? name.replace(SPACED_AMPERSAND, ' and ') : name;
  // "Pakistan People 's Party": pre-tokenised text spaces the possessive off; one id with "People's".
  const joined =
    anded.includes(" '") || anded.includes(' ’') ? anded.replace(SPACED_POSSESSIVE, '$1') : anded;
  return foldedLetters(withoutMarks(joined.normalize('NFKD')).toLowerCase())
    .replace(/['\u2019.]/g, '')
    .replace(NOT_LETTERS_OR_DIGITS, '-')
    .replace(/^-+|-+$/g, '');
}
