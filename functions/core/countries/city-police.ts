import { isGivenName } from '../entities/lexicon.js';
import { startsUpper } from '../text/letters.js';
import type { Word } from './mentions.js';

/**
 * An American city's force named like an English county's ("Durham Police", "Kent Police": Durham, North Carolina;
 * Kent, Washington), told by the title its people are given before their names in mixed-case copy: "Durham Police
 * Chief Patrice Andrews", "Kent Police Officer Dana Wills", "Kent Police Sgt. Lena Ortiz" (review58 ★2). England's
 * forces are headed by a Chief Constable ("Kent Police Chief Constable Tim Smith", "Chief Superintendent", "Chief
 * Inspector"), and British copy writes its ranks without a full stop ("Essex Police Sgt Gary Hart"); a headline in
 * title case or capitals capitalises every word ("Kent Police Officer Jailed"), so it says nothing (review59 ★2).
 * "X Police Department" and "X Police Dept." are read as no county in the phrase table (compile.ts).
 */

/** Titles before a person's name that England's forces do not give alone. */
const CITY_TITLES: ReadonlySet<string> = new Set(['chief', 'officer']);
/** Ranks American copy abbreviates with a full stop ("Sgt.", "Lt."), British copy without. */
const DOTTED_RANKS: ReadonlySet<string> = new Set(['sgt', 'lt', 'capt', 'cmdr', 'det']);
/** The words after "Chief" that make England's ranks. */
const ENGLISH_CHIEF_RANKS: ReadonlySet<string> = new Set([
  'constable',
  'superintendent',
  'inspector',
  'officer',
]);

/** Whether the word opens with a capital as written. */
function capitalised(text: string, word: Word): boolean {
  return startsUpper(text.slice(word.start, word.end));
}

/**
 * Whether the words from `j` (right after "X Police") give a city force's title before a person's name; `caseSaysNothing`
 * for a headline in title case or capitals.
 */
export function namesCityForce(
  text: string,
  words: readonly Word[],
  j: number,
  caseSaysNothing: boolean,
): boolean {
  const title = words[j];
  if (caseSaysNothing || title === undefined || !capitalised(text, title)) return false;
  let k = j + 1;
  if (DOTTED_RANKS.has(title.norm)) {
    if (text[title.end] !== '.') return false;
    if (words[k]?.norm === '.') k++;
  } else if (!CITY_TITLES.has(title.norm)) return false;
  const first = words[k];
  if (first === undefined || !capitalised(text, first)) return false;
  if (title.norm === 'chief' && ENGLISH_CHIEF_RANKS.has(first.norm)) return false;
  const name = text.slice(first.start, first.end);
  const second = words[k + 1];
  return isGivenName(name) || (second !== undefined && capitalised(text, second));
}
