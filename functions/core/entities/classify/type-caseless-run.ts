// An unknown run on a line in capitals (`typeCaselessRun`, from `typeByReading`).

import { hasLower } from '../../text/letters.js';
import { chunkWith } from '../chunk.js';
import { knownBodyNamed } from '../known-bodies.js';
import { candidate, placeFields, placeOfSpan } from '../typing/candidates.js';
import type { Candidate } from '../typing/context.js';
import { isBracketedTicker, type Reading, readAs } from '../typing/reading.js';
import { abbreviatedMinisterAt, CAPITALS_TITLES, holderInCapitals } from '../typing/titles-and-offices.js';
import { isGivenNameWord } from '../word-facts.js';
import { newsmakerOfRun } from './newsmaker-of-run.js';
import { typeChunk } from './retype.js';

/**
 * An unknown run on a line in capitals only: a name only with a given name, a title or a listed newsmaker.
 */
export function typeCaselessRun(reading: Reading): Candidate[] {
  // "BANK OF ENGLAND CUTS RATES", "Federal Reserve in Focus", "Boro's Uefa Spirit": a body the team's list knows
  // (known-bodies.ts). One word in capitals only on a headline, not a ticker: "GRAHAM-MCCORMICK <GOP>", a grain
  // report's "HRW" (hard red winter wheat) are no party and no rights group.
  if (
    (reading.n > 1 ||
      hasLower(reading.first) ||
      (reading.chunk.field === 'title' && reading.prevToken !== '<')) &&
    knownBodyNamed(
      reading.words
        .slice(reading.from, reading.to)
        .map((w) => w.core)
        .join(' '),
    ) !== undefined
  )
    return readAs(reading, 'organization', 2);
  // On a capitals-only line an unknown run is a name only when it starts with a given name, follows
  // a title ("SENATOR SCHUMER", "PRESIDENT LULA") or is a listed newsmaker ("JAPAN PM TAKAICHI:").
  // "JAPAN PM TAKAICHI": "PM" in capitals before a name is the prime minister's title; after a clock
  // time ("CLOSE AT 3 PM TOKYO TIME") it is p.m., and the name after it holds no office.
  if (reading.n > 1 && reading.firstWord.core === 'PM')
    return typeChunk(chunkWith(reading.chunk, reading.words.slice(reading.from + 1), false), reading.ctx);
  if (
    (reading.n > 1 && isGivenNameWord(reading.firstWord)) ||
    (CAPITALS_TITLES.has(reading.prevToken) &&
      ((reading.prevToken !== 'pm' && reading.prevToken !== 'cm') ||
        abbreviatedMinisterAt(reading.ctx, reading.chunk.field, reading.firstWord.index - 1)) &&
      holderInCapitals(reading.words, reading.from, reading.to)) ||
    newsmakerOfRun(reading.words, reading.from, reading.to) !== undefined
  )
    return readAs(reading, 'person', 1);
  // "JOSTEN'S <JOS> TO SELL UNIT": a Reuters ticker spelled like a town names no place (wild55 B3).
  if (isBracketedTicker(reading)) return [];
  const place = placeOfSpan(reading.chunk, reading.from, reading.to);
  if (place && !isGivenNameWord(reading.firstWord)) {
    const type = reading.teamPlace('place', place.kind === 'country' ? place.countryCode : undefined);
    return [candidate(reading.chunk, reading.from, reading.to, type, 2, reading.base, placeFields(place))];
  }
  return [];
}
