// A stage of `typeSeveralWords` (classify.ts): a people's word opening the run.
import { lookupPlace } from '../../countries/gazetteer.js';
import { chunkWith } from '../chunk.js';
import type { GazetteerEntry } from '../lexicon.js';
import { firmAppositionAfter, PARTY_APPOSITION_HEADS } from '../typing/appositions.js';
import { hasOrgLeadOf } from '../typing/bodies-and-parties.js';
import type { Candidate } from '../typing/context.js';
import { EVENT_HEADS } from '../typing/cue-words.js';
import { type Reading, readAs } from '../typing/reading.js';
import { EVENT_AFTER_TOWN, LOWER_CONTENT_WORD } from '../typing/towns-as-events.js';
import { S_ACRONYM, S_ROMAN_NUMERAL, shapeIs, W_COMPASS, W_ORG_HEAD, wordIs } from '../typing/word-tests.js';
import { isGivenNameWord } from '../word-facts.js';
import { firstWordNationality } from './first-word-nationality.js';
import { typeChunk } from './retype.js';

/**
 * A people's word opening the run: a town or its event ("Indian Wells"), a party, or a nationality before a
 * name.
 */
export function nationalWordOpens(
  reading: Reading,
  firstEntry: GazetteerEntry | undefined,
  secondEntry: GazetteerEntry | undefined,
  nationalFirst: boolean,
): Candidate[] | undefined {
  // "the Indian Wells title", "won in Indian Wells", "the Indian Wells Masters": a people's word and a given name
  // that ends the name, after a place's preposition, before an event's word or before an event's head, is a town's
  // name or its event, no nationality and person (mendE44, wild44 star 10).
  if (
    nationalFirst &&
    isGivenNameWord(reading.words[reading.from + 1]!) &&
    !reading.personCue &&
    (reading.to - reading.from === 2 ||
      (reading.to - reading.from === 3 && EVENT_HEADS.has(reading.lastLower)))
  ) {
    if (reading.to - reading.from === 3 || EVENT_AFTER_TOWN.has(reading.nextToken))
      return readAs(reading, 'event', 2);
    // ("in Indian Summer weather": a name that modifies a noun after it is no town; read44.)
    if (reading.locative && !LOWER_CONTENT_WORD.test(reading.nextToken)) return readAs(reading, 'place', 1);
  }
  // "Georgian Dream, the ruling party,": a name a people's word opens that an apposition calls a party.
  if (
    nationalFirst &&
    reading.nextToken === ',' &&
    firmAppositionAfter(
      reading.ctx,
      reading.chunk.field,
      reading.words[reading.to - 1]!.index + 1,
      PARTY_APPOSITION_HEADS,
      3,
    )
  )
    return readAs(reading, 'organization', 2);
  // "Australian Tom Moody", "the Palestinian U.N. observer mission": a nationality word before a given
  // name or a body's acronym is a word of its own; so before a country or a region ("Pakistani Kashmir",
  // "Turkish Cyprus") that is no place of two words ("Iraqi Kurdistan").
  if (
    nationalFirst &&
    // "European Court of Justice": a given name that is a body's lead before "of" opens the body.
    ((isGivenNameWord(reading.words[reading.from + 1]!) &&
      !hasOrgLeadOf(reading.words, reading.from + 1, reading.to) &&
      !givenNameBeforeBodysHead(reading)) ||
      (reading.to - reading.from === 2 &&
        firstEntry!.kind === 'demonym' &&
        (secondEntry?.kind === 'country' || secondEntry?.kind === 'place') &&
        !lookupPlace(
          reading.chunk.text.slice(
            reading.words[reading.from]!.start - reading.chunk.start,
            reading.words[reading.to - 1]!.end - reading.chunk.start,
          ),
        )) ||
      (reading.to - reading.from === 2 &&
        !isGivenNameWord(reading.firstWord) &&
        shapeIs(reading.words[reading.from + 1]!, S_ACRONYM) &&
        !shapeIs(reading.words[reading.from + 1]!, S_ROMAN_NUMERAL)))
  ) {
    return [
      firstWordNationality(reading, firstEntry!.countryCode),
      ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from + 1), false), reading.ctx),
    ];
  }
  return undefined;
}
/**
 * "Nigerian Bar Association", "Kenyan Law Society", "American Rose Society": a people's word, a word that is also a
 * given name and a body's head word are one body's name (the nation is part of it), no nationality and a body named
 * after a person. ("Manchester United", "Carson City": "united" and "city" head places' and clubs' names too; "Jewish
 * West Bank settlements": the last two words are a place.)
 */
function givenNameBeforeBodysHead(reading: Reading): boolean {
  return (
    reading.to - reading.from === 3 &&
    wordIs(reading.lastWord, W_ORG_HEAD) &&
    reading.lastLower !== 'city' &&
    reading.lastLower !== 'united' &&
    // ("Jewish West Bank settlements": the two words are a place.)
    !wordIs(reading.words[reading.from + 1]!, W_COMPASS) &&
    lookupPlace(`${reading.words[reading.from + 1]!.core} ${reading.lastWord.core}`) === undefined
  );
}
