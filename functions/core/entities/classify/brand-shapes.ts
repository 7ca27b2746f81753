// A stage of `typeSeveralWords` (classify.ts): firms by a brand's spelling.
import { lookupPlace } from '../../countries/gazetteer.js';
import { candidate, NO_INFO, placeFields } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import { CAMEL_CASE_BRAND, COMPANY_VERBS, INITIALS_BRAND } from '../typing/firm-cues-around.js';
import { type Reading, readAs } from '../typing/reading.js';
import { AUXILIARY, SPEAKER_VERB } from '../typing/token-bits.js';
import { W_EVENT_HEAD, W_PLACE_HEAD, wordIs } from '../typing/word-tests.js';
import { brandBeforeUnknownWord } from '../typing/words-before-name.js';
import { isGivenNameWord, isKnownSurnameWord } from '../word-facts.js';

/** Firms by a brand's spelling: camel case, initials, an ampersand. */
export function brandShapes(reading: Reading): Candidate[] | undefined {
  // "JPMorgan Chase", "BlackRock Capital": a brand's camel-case spelling opens a firm's name.
  // ("MaliVai Washington" is a person: a capital inside a given name is no brand's two opening capitals.)
  if (
    INITIALS_BRAND.test(reading.first) &&
    !reading.personCue &&
    !wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD)
  )
    return readAs(reading, 'organization', 2);
  // "Rivals Google DeepMind and Anthropic": a brand's camel-case spelling ending a name of two words too.
  if (
    reading.n === 2 &&
    CAMEL_CASE_BRAND.test(reading.words[reading.to - 1]!.core) &&
    !reading.personCue &&
    !reading.words[reading.to - 1]!.core.startsWith('Fitz')
  )
    return readAs(reading, 'organization', 2);
  // "NovaAndino Litio will be owned by Codelco": opening one too, before a word no list knows as a surname
  // ("MaliVai Washington" is a person; review31 ★1).
  if (
    reading.n === 2 &&
    CAMEL_CASE_BRAND.test(reading.first) &&
    !reading.personCue &&
    !reading.first.startsWith('Fitz') &&
    !isKnownSurnameWord(reading.words[reading.to - 1]!) &&
    !isGivenNameWord(reading.words[reading.from]!) &&
    // ("BellSouth Classic" is a tournament, "MidMississippi River" a river, "PowerMac G4" a computer.)
    !wordIs(reading.words[reading.to - 1]!, W_EVENT_HEAD) &&
    !wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
    !/\d/.test(reading.words[reading.to - 1]!.core)
  )
    return readAs(reading, 'organization', 2);
  // "Paramount Skydance had made a rival bid": a brand named by an ordinary word before a word no list
  // knows (no ordinary word, name or place) is a firm of two names, as "Warner Bros Discovery" is.
  if (
    reading.n === 2 &&
    !reading.personCue &&
    !reading.words[reading.to - 1]!.possessive &&
    brandBeforeUnknownWord(reading.firstWord, reading.words[reading.to - 1]!) &&
    // ("The Apple Powerbook 100", "Apple Newton sales": a product has a number or a noun after it; the firm
    // says, acts or has.)
    (reading.nextBits & (SPEAKER_VERB | AUXILIARY) || COMPANY_VERBS.has(reading.nextToken))
  )
    return readAs(reading, 'organization', 2);
  // "Douglas & Lomason", "Procter & Gamble": an ampersand between names makes a firm.
  if (reading.chunk.text.includes(' & ')) {
    // "Ben & Jerry's said", "sold Ben & Jerry's to": the possessive before a verb or a preposition, which no
    // owner's "'s" is, belongs to the firm's name ("Procter & Gamble's sales" is the possessive).
    const last = reading.words[reading.to - 1]!;
    if (last.possessive && NAME_POSSESSIVE_BEFORE.has(reading.nextToken)) {
      const text = reading.chunk.text.slice(
        reading.firstWord.start - reading.chunk.start,
        last.end - reading.chunk.start,
      );
      return [
        candidate(reading.chunk, reading.from, reading.to, 'organization', 2, reading.base, {
          ...NO_INFO,
          canonical: `${text}'s`,
        }),
      ];
    }
    // "Trinidad & Tobago", "Bosnia & Herzegovina", "Turks & Caicos": a country or place the lists write with "and"
    // (review59 ★1: typed firms, their countries lost the headline's focus).
    const written = lookupPlace(
      reading.chunk.text
        .slice(reading.firstWord.start - reading.chunk.start, last.end - reading.chunk.start)
        .replace(' & ', ' and '),
    );
    if (written !== undefined)
      return [
        candidate(reading.chunk, reading.from, reading.to, 'place', 3, reading.base, placeFields(written)),
      ];
    return readAs(reading, 'organization', 2);
  }
  return undefined;
}
/**
 * Words that follow a name, never a thing an owner's "'s" owns: speech and auxiliary verbs and prepositions
 * ("Ben & Jerry's said", "Dave & Buster's has", "sold Ben & Jerry's to").
 */
const NAME_POSSESSIVE_BEFORE = new Set(
  'said says has had have is was were will would could can may might should must did does announced reported posted agreed declined told plans planned to from for at'.split(
    ' ',
  ),
);
