// Firms whose names have a person's shape: a given name or initials before a word the person rule would take for a
// surname ("Wynn Macau", "LIV Golf", "A.P. Moller-Maersk said profits fell"; wild45 item 17).
import type { Field } from '../../schema.js';
import { lowerCased } from '../../text/chars.js';
import type { Word } from '../chunk.js';
import { firmSaysAfter } from '../firm-cues.js';
import { GAZETTEER, isGivenName, isKnownSurname, isLowerWord } from '../lexicon.js';
import { type Context, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { INITIALS } from './word-tests.js';

/** Countries English writes as family names too ("Tom Holland", "Jimmy Wales"), which the surname list lacks. */
const COUNTRIES_AS_SURNAMES = new Set(['holland', 'england', 'ireland', 'wales', 'scotland']);

/** A word in capitals of three to six letters: "LIV", "SAP", not a given name written so in mixed-case prose. */
const CAPITALS_WORD = /^[A-Z]{3,6}$/;

/** "Quick-Step", "Easy-Jet": a hyphened word of two ordinary English words, no family name's. */
const HYPHENED_PAIR = /^([A-Za-z]{3,})-([A-Za-z]{3,})$/;

/** Whether the word is two ordinary words joined by a hyphen ("Quick-Step"), which names no one. */
export function hyphenedOrdinaryWords(word: string): boolean {
  const pair = HYPHENED_PAIR.exec(word);
  if (pair === null) return false;
  const [, a, b] = pair;
  return [a!, b!].every(
    (part) => isLowerWord(lowerCased(part)) && !isKnownSurname(part) && !isGivenName(part),
  );
}

/**
 * The run `from`..`to` (two words, or initials and more) is a firm with a person's shape, where no cue makes it a
 * person:
 * - "Wynn Macau", "Sands China": a given name before a country or territory that is no family name ("Macau"; not
 *   "Michael Jordan", "Tom Holland") is a firm's unit there, unless the name acts as a person or "he"/"she" takes
 *   it up or an apposition gives it a person's post ("Carlos Brasil, an adviser to …");
 * - "LIV Golf": a given name written in capitals on a mixed-case line before an ordinary word is an acronym;
 * - "A.P. Moller-Maersk said profits fell", "A.P. Moller-Maersk said all its vessels": initials before a name that
 *   reports a firm's results or that "its" takes up.
 */
export function firmShapedLikePerson(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  from: number,
  to: number,
  caseless: boolean,
  actsAsPerson: () => boolean,
  takenUpAsThing: () => boolean,
): boolean {
  if (caseless) return false;
  const first = words[from]!;
  const last = words[to - 1]!;
  const n = to - from;
  if (n === 2 && isGivenName(first.core)) {
    if (CAPITALS_WORD.test(first.core) && isLowerWord(last.lower) && !isKnownSurname(last.core)) return true;
    const lastLower = lowerCased(last.core);
    if (
      GAZETTEER.get(lastLower)?.kind === 'country' &&
      !isKnownSurname(last.core) &&
      !isGivenName(last.core) &&
      !COUNTRIES_AS_SURNAMES.has(lastLower) &&
      !actsAsPerson()
    )
      return true;
  }
  if (INITIALS.test(first.core) && !isGivenName(words[from + 1]!.core))
    return firmSaysAfter((k) => lowerTokenText(ctx, field, last.index + k)) || takenUpAsThing();
  return false;
}

/**
 * "Aviva, formerly Norwich Union,", "Meta, formerly Facebook,": a name after `index` (its last token) that an
 * apposition gives a former name is a firm's (a person's former post is "formerly of X", "formerly the …"; "Caitlyn
 * Jenner, formerly Bruce Jenner" has a given name after it).
 */
export function formerNameAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== ',' || lowerTokenText(ctx, field, index + 2) !== 'formerly')
    return false;
  const next = tokenText(ctx, field, index + 3);
  return startsWithCapital(next) && !isGivenName(next);
}
