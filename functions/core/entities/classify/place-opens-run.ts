// A stage of `typeSeveralWords` (classify.ts): a continent's agency, a place or a title opening the run.
import { chunkWith } from '../chunk.js';
import { type GazetteerEntry, isGivenName, NAME_PARTICLES } from '../lexicon.js';
import { playerDeed } from '../scorers.js';
import { callingApposedAfter, titleApposedAfter } from '../typing/appositions.js';
import { hasOrgLeadOf } from '../typing/bodies-and-parties.js';
import { briefPlaceBeforeHolder } from '../typing/brief-before-holder.js';
import type { Candidate } from '../typing/context.js';
import {
  ageAfter,
  coordinatedWithFullName,
  NAME_HONORIFICS,
  placeNamedPerson,
  readsAsFullName,
  surnameSpeaksElsewhere,
} from '../typing/person-cues.js';
import { CONTINENTS, isTownWord } from '../typing/place-cues.js';
import { type Reading, readAs } from '../typing/reading.js';
import { namedToPersonsOffice } from '../typing/titles-and-offices.js';
import { SPEAKER_VERB } from '../typing/token-bits.js';
import {
  ACRONYM,
  isTitle,
  S_ACRONYM,
  S_ROMAN_NUMERAL,
  shapeIs,
  W_ORG_HEAD,
  W_PLACE_HEAD,
  wordIs,
} from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord, placeOfWord } from '../word-facts.js';
import { typeChunk } from './retype.js';

/** A continent's agency, a place's name that is a given name, a place or a title opening the run. */
export function placeOpensRun(
  reading: Reading,
  firstEntry: GazetteerEntry | undefined,
): Candidate[] | undefined {
  // "the Africa CDC": a continent's agency, named by the continent and an acronym.
  if (
    reading.to - reading.from === 2 &&
    CONTINENTS.has(reading.firstLower) &&
    shapeIs(reading.words[reading.from + 1]!, S_ACRONYM) &&
    !shapeIs(reading.words[reading.from + 1]!, S_ROMAN_NUMERAL)
  )
    return readAs(reading, 'organization', 2);
  // "Kenya Hunt won the prize … Hunt said", "Jamaica Kincaid said", "India Hicks, a designer,": a place's name that
  // is a person's given name, before a surname, in prose (wild42 ★6; it was split off as the place, or made a body).
  if (
    !reading.chunk.caseless &&
    !reading.locative &&
    placeNamedPerson(
      reading.words,
      reading.from,
      reading.to,
      reading.personVerb || (reading.nextBits & SPEAKER_VERB) !== 0 || playerDeed(reading.nextToken),
      () =>
        reading.pronounPerson() ||
        titleApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        callingApposedAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        namedToPersonsOffice(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        ageAfter(reading.ctx, reading.chunk.field, reading.lastWord.index) ||
        coordinatedWithFullName(
          reading.ctx,
          reading.chunk.field,
          reading.firstWord.index,
          reading.lastWord.index,
        ) ||
        surnameSpeaksElsewhere(reading.ctx, reading.lastWord),
    )
  )
    return readAs(reading, 'person', 2);
  // "U.S. Assistant Secretary ...", "Chicago NAPM": a country or city before a title, a given name or
  // an acronym is a place of its own.
  const secondWord = reading.words[reading.from + 1]!.core;
  if (
    !wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
    !readsAsFullName(reading.words, reading.from, reading.to, reading.locative) &&
    !hasOrgLeadOf(reading.words, reading.from, reading.to) &&
    // "La Rochelle", "Le Havre": an article of a place's name is no state ("La." is Louisiana).
    !NAME_PARTICLES.has(reading.firstLower) &&
    (firstEntry?.kind === 'country' ||
      (!firstEntry && placeOfWord(reading.firstWord)) ||
      // "Chicago NAPM": a town WordNet knows, before a body's acronym.
      (firstEntry?.kind === 'place' &&
        reading.to - reading.from === 2 &&
        !isGivenNameWord(reading.firstWord) &&
        shapeIs(reading.words[reading.from + 1]!, S_ACRONYM) &&
        !shapeIs(reading.words[reading.from + 1]!, S_ROMAN_NUMERAL)) ||
      // "the Apostolic Prefect of Ulaanbaatar Giorgio Marengo", "Mayor of London Sadiq Khan": after "of",
      // a town WordNet knows (no given name or ordinary word) before a given name and a surname is the
      // office's seat, the holder's name follows ("of White Hart Lane", "of Nairobi Serena Hotel" stay).
      (firstEntry?.kind === 'place' &&
        reading.to - reading.from === 3 &&
        reading.prevToken === 'of' &&
        !isGivenNameWord(reading.firstWord) &&
        !isLowerWordWord(reading.firstWord) &&
        isGivenNameWord(reading.words[reading.from + 1]!) &&
        !isLowerWordWord(reading.words[reading.from + 1]!) &&
        gazetteerOfWord(reading.words[reading.from + 1]!)?.kind !== 'demonym' &&
        !wordIs(reading.lastWord, W_ORG_HEAD) &&
        !wordIs(reading.lastWord, W_PLACE_HEAD) &&
        !shapeIs(reading.lastWord, S_ACRONYM)) ||
      // "adviser for Africa Massad Boulos": after an office's "for", a place is its brief.
      (reading.from === 0 && briefPlaceBeforeHolder(reading.ctx, reading.chunk, reading.from, reading.to))) &&
    reading.words[reading.from + 1]!.capitalised &&
    // "President Hassan Sheikh Mohamud": after a person's title the run is the holder's name, a town's
    // name (Hassan, India) the lists know no other way opening it included ("chief U.K. Economist" is
    // the country's); "Hassan Sheikh Mohamud said": "Sheikh" between a name and a name is a word of a
    // Somali or Bengali name ("Sheikh Hasina"), unless a country opens the run.
    !(reading.personCue && firstEntry === undefined && isTitle(secondWord)) &&
    !(
      NAME_HONORIFICS.has(reading.words[reading.from + 1]!.lower) &&
      firstEntry?.kind !== 'country' &&
      reading.to - reading.from > 2
    ) &&
    (isTitle(secondWord) ||
      // "Nottingham Forest", "Exeter Chiefs": a given name that is also an ordinary word, ending the
      // name after a town, is the rest of a club's or a place's name ("Boston Ted" is rare news).
      (isGivenName(secondWord) &&
        !(
          reading.to - reading.from === 2 &&
          isLowerWordWord(reading.words[reading.from + 1]!) &&
          isTownWord(reading.firstWord)
        )) ||
      ACRONYM.test(secondWord))
  ) {
    return [
      ...typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from, reading.from + 1)),
        reading.ctx,
      ),
      ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from + 1), false), reading.ctx),
    ];
  }
  return undefined;
}
