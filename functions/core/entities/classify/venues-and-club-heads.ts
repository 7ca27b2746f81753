// A stage of `typeSeveralWords` (classify.ts): head words of venues, estates, bodies, bases and clubs.
import { type Candidate, lowerTokenText } from '../typing/context.js';
import { staffAt } from '../typing/firm-cues-around.js';
import { unknownWords } from '../typing/place-cues.js';
import { type Reading, readAs } from '../typing/reading.js';
import { MILITARY_BRANCHES } from '../typing/titles-and-offices.js';
import { W_ORG_HEAD, W_PLACE_HEAD, W_TITLE, wordIs } from '../typing/word-tests.js';
import { isGivenNameWord, isKnownSurnameWord, isLowerWordWord, placeOfWord } from '../word-facts.js';

/**
 * Head words of venues, estates, bodies, bases and clubs ("the National Tennis Centre", "Manchester City").
 */
export function venuesAndClubHeads(reading: Reading): Candidate[] | undefined {
  // "at the National Tennis Centre": a centre one is at is a venue; "the National Hurricane Center said"
  // is a body.
  // "Forecasters at the National Hurricane Center": where staff work is a body, not a venue.
  if ((reading.lastLower === 'centre' || reading.lastLower === 'center') && reading.locative) {
    const at = reading.words[reading.from]!.index - 1;
    if (
      !(
        lowerTokenText(reading.ctx, reading.chunk.field, at) === 'the' &&
        staffAt(reading.ctx, reading.chunk.field, at)
      )
    )
      return readAs(reading, 'place', 2);
  }
  // "Wang Fuk Court", "Kwai Chung Court": "Court" after two or more names no list types (no court's kind
  // or place: "High Court", "Delaware Chancery Court", "Singapore High Court") is a housing estate.
  if (
    reading.lastLower === 'court' &&
    reading.n >= 3 &&
    !reading.personCue &&
    unknownWords(reading.words, reading.from, reading.to - 1)
  )
    return readAs(reading, 'place', 2);
  if (
    wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
    !(wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) && !reading.ctx.sports)
  )
    return readAs(reading, 'organization', 2);
  // "Pituffik Space Base", "Ramstein Air Base", "Vandenberg Space Force Base": a military base is a place
  // ("the Monetary Base" is none).
  if (
    reading.n >= 3 &&
    reading.lastLower === 'base' &&
    MILITARY_BRANCHES.has(reading.words[reading.to - 2]!.lower) &&
    !reading.personCue
  )
    return readAs(reading, 'place', 2);
  // "King's Cross", "Queen's Park": a royal's possessive names a place.
  if (
    reading.n === 2 &&
    reading.words[reading.from]!.possessive &&
    wordIs(reading.words[reading.from]!, W_TITLE)
  )
    return readAs(reading, 'place', 2);
  // "Manchester City beat Brighton 3-1": a club named "<town> City" in a result.
  if (
    wordIs(reading.words[reading.to - 1]!, W_ORG_HEAD) &&
    wordIs(reading.words[reading.to - 1]!, W_PLACE_HEAD) &&
    reading.teamPlace('place') === 'organization'
  )
    return readAs(reading, 'organization', 2);
  // "Islamic State claimed the attack": a creed's adjective before "State" names the group that claims to
  // be one, no place ("Rivers State", "Shan State" are).
  if (reading.n === 2 && reading.lastLower === 'state' && reading.firstWord.lower === 'islamic')
    return readAs(reading, 'organization', 3);
  // "championship leader Damon Hill", "singer Lauryn Hill": after a title, a listed given name and a
  // surname that is also a place's head word are a person ("Albert Park" with no title stays a place).
  if (
    reading.personCue &&
    reading.n === 2 &&
    !reading.chunk.initial &&
    isGivenNameWord(reading.words[reading.from]!) &&
    !isLowerWordWord(reading.words[reading.from]!) &&
    isKnownSurnameWord(reading.words[reading.to - 1]!) &&
    !placeOfWord(reading.words[reading.from]!)
  )
    return readAs(reading, 'person', 2);
  return undefined;
}
