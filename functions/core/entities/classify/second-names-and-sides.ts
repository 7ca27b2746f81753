// A stage of `typeSeveralWords` (classify.ts): a body's initials, a staff's employer, a side, a part of a place,
// a firm after a firm.
import { chunkWith } from '../chunk.js';
import { isLegalFormWord } from '../legal-form.js';
import { MISSION_NOUNS, NOT_ORG_ACRONYMS } from '../typing/bodies-and-parties.js';
import { lookup } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import { isCompanyOrTeamName } from '../typing/firm-cues-around.js';
import { isCountryName, isPlaceWordOf, placeName } from '../typing/place-cues.js';
import { type Reading, readAs } from '../typing/reading.js';
import { SIDE_BEFORE } from '../typing/sports-context.js';
import { STAFF_WORD } from '../typing/token-bits.js';
import { ACRONYM, W_ORG_HEAD, wordIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import { typeChunk } from './retype.js';
import { ALL_DIGITS } from './shared-words.js';

/**
 * A body's initials and its work's place, a staff's employer, a side, a part of a place, a firm after a firm.
 */
export function secondNamesAndSides(reading: Reading): Candidate[] | undefined {
  // "the OSCE Chechnya mission", "the UN Gaza envoy": a body's initials and the place of its work before
  // a noun of that work are two names ("BBC Scotland reported" is one: no such noun follows).
  if (
    !reading.personCue &&
    reading.n >= 2 &&
    ACRONYM.test(reading.first) &&
    !NOT_ORG_ACRONYMS.has(reading.first) &&
    MISSION_NOUNS.has(reading.nextToken) &&
    !lookup(reading.words, reading.from, reading.to, reading.ctx) &&
    placeName(reading.words, reading.from + 1, reading.to)
  )
    return [
      ...typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from, reading.from + 1)),
        reading.ctx,
      ),
      ...typeChunk(
        chunkWith(reading.chunk, reading.words.slice(reading.from + 1, reading.to), false),
        reading.ctx,
      ),
    ];
  // "Goldman Sachs economist Alec Phillips": the employer of an analyst or an economist.
  if (!reading.personCue && reading.nextBits & STAFF_WORD) return readAs(reading, 'organization', 2);
  // "first division team Deportivo Coruna", "champions Bayern Munich": on a sports page a name after a
  // word for a side is a club (a country stays a place: "world champions Spain").
  if (
    !reading.personCue &&
    reading.ctx.sports &&
    SIDE_BEFORE.has(reading.prevToken) &&
    !lookup(reading.words, reading.from, reading.to, reading.ctx) &&
    !isCountryName(reading.words, reading.from, reading.to)
  )
    return readAs(reading, 'organization', 2);
  // "bound for London Gatwick", "across Pacific Palisades": off the sports pages, a place and a word no
  // list knows after a locative name a part of the place (an airport, a district), not a club.
  if (
    reading.locative &&
    !reading.personCue &&
    !reading.ctx.sports &&
    reading.n <= 3 &&
    (isPlaceWordOf(reading.firstWord) || gazetteerOfWord(reading.firstWord)?.kind === 'place') &&
    !isLowerWordWord(reading.lastWord) &&
    gazetteerOfWord(reading.lastWord) === undefined &&
    !isKnownSurnameWord(reading.lastWord) &&
    !isGivenNameWord(reading.lastWord) &&
    !reading.inResult()
  )
    return readAs(reading, 'place', 1);
  // "an Air India Boeing 787": a firm the lists know, after a firm's name, is a second name.
  // ("Pituffik Space Base": a firm named by an ordinary word is no second name.)
  // ("the Yeti Airlines ATR 72": so a maker's acronym before its model's number after an airline's or a firm's head
  // word, wild45 item 16; "Deutsche Bank AG" ends in a legal form.)
  const makerBeforeModel =
    reading.n >= 3 &&
    ACRONYM.test(reading.lastWord.core) &&
    !isLegalFormWord(reading.lastWord.core) &&
    wordIs(reading.words[reading.to - 2]!, W_ORG_HEAD) &&
    ALL_DIGITS.test(reading.nextToken);
  if (
    reading.n >= 3 &&
    !reading.personCue &&
    ((gazetteerOfWord(reading.lastWord)?.kind === 'organization' && !isLowerWordWord(reading.lastWord)) ||
      makerBeforeModel)
  ) {
    const head = lookup(reading.words, reading.from, reading.to - 1, reading.ctx);
    const headIsOrg =
      head !== undefined && ('kind' in head ? head.kind === 'organization' : head.type === 'organization');
    if (
      headIsOrg ||
      wordIs(reading.words[reading.to - 2]!, W_ORG_HEAD) ||
      isCompanyOrTeamName(reading.words, reading.from, reading.to - 1)
    )
      return [
        ...typeChunk(
          chunkWith(reading.chunk, reading.words.slice(reading.from, reading.to - 1)),
          reading.ctx,
        ),
        ...typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.to - 1), false), reading.ctx),
      ];
  }
  return undefined;
}
