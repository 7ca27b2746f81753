// Names that go on through "of" (a congress, a leader, a place) and the word tests they read; read by
// `mixedCaseChunks` (chunk.ts).
import { lookupPlace } from '../../countries/gazetteer.js';
import type { Word } from '../chunk.js';
import { isLowerWord, PERSON_TITLES } from '../lexicon.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { lookupKey } from './known-names.js';
import { isNameWord } from './name-words.js';

/**
 * "Congress of South African Trade Unions", "Congress of Racial Equality", "Congress of Deputies": a congress's
 * name goes on through "of" (no organisation's lead alone: "informed Congress of Trump's decision", "Congress of
 * President Lula's party" say what a legislature was told). Not when a name after "of" is a possessive or opens
 * with a person's title or given name.
 */
export function congressOfName(words: readonly (Word | null)[], at: number): boolean {
  const first = words[at]!;
  if (PERSON_TITLES.has(first.lower) || isGivenNameWord(first)) return false;
  let end = at;
  for (; end < at + 6; end++) {
    const w = words[end];
    if (!isNameWord(w)) break;
    if (w.possessive) return false;
  }
  // "notified Congress of Taiwan arms sales", "briefed Congress of South Korea's request": a place alone after
  // "of" is what a legislature was told about; one word names a congress only as a plural ("of Deputies").
  if (end === at + 1 && !pluralNounWord(first)) return false;
  return lookupPlace(lookupKey(words as readonly Word[], at, end)) === undefined;
}

/**
 * "the Kurdistan Democratic Party of Massoud Barzani": a person's name after a party's "of" is its leader,
 * no part of its name — a given name and a name word, or two or three words no list knows ending the run
 * ("Party of Regions", "Nation of Islam", "Party of European Socialists" keep their names).
 */
export function leaderAfterOf(words: readonly (Word | null)[], at: number): boolean {
  const first = words[at]!;
  const second = words[at + 1];
  if (!isNameWord(second) || second.start > first.end + 1) return false;
  let end = at;
  while (end < at + 3 && isNameWord(words[end + 1]) && words[end + 1]!.start === words[end]!.end + 1) end++;
  // "Alliance of Free Democrats", "Party of European Socialists": a plural noun ends the body's name.
  if (pluralNounWord(words[end]!)) return false;
  // "People's Party of Arunachal Pradesh": a place the gazetteer knows as a whole is the body's.
  if (lookupPlace(lookupKey(words as readonly Word[], at, end + 1)) !== undefined) return false;
  if (isGivenNameWord(first)) return true;
  if (end === at + 3 && isNameWord(words[end + 1])) return false;
  for (let k = at; k <= end; k++) if (!unlistedWord(words[k]!)) return false;
  return true;
}

/** Whether the name words from `at` (up to three) open with a place the gazetteer knows ("of New Zealand"). */
export function placeAfterOf(words: readonly (Word | null)[], at: number): boolean {
  let end = at;
  while (end < at + 2 && isNameWord(words[end + 1]) && words[end + 1]!.start === words[end]!.end + 1) end++;
  for (let k = end; k >= at; k--)
    if (lookupPlace(lookupKey(words as readonly Word[], at, k + 1)) !== undefined) return true;
  return false;
}

/**
 * "Democrats", "Socialists", "Deputies": an ordinary word's plural ("-s", or "-ies" of a word in "-y") that no list
 * knows as a surname ("Banks" is one).
 */
function pluralNounWord(w: Word): boolean {
  const lower = w.lower;
  return (
    lower.length > 3 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    (isLowerWord(lower.slice(0, -1)) || (lower.endsWith('ies') && isLowerWord(`${lower.slice(0, -3)}y`))) &&
    !isKnownSurnameWord(w)
  );
}

/** A word no list knows: no given name, surname, ordinary word or gazetteer entry. */
export function unlistedWord(w: Word): boolean {
  return (
    !isGivenNameWord(w) && !isKnownSurnameWord(w) && !isLowerWordWord(w) && gazetteerOfWord(w) === undefined
  );
}
