// What typeByReading (classify.ts) reads on a name before its stages, and the answer most stages give.

import type { Chunk, Word } from '../chunk.js';
import type { GazetteerEntry } from '../lexicon.js';
import { type Base, candidate } from './candidates.js';
import type { Candidate, CandidateType, Context } from './context.js';

/** What `typeNamedSpan` read around the name that `typeByReading` reads on. */
export interface SpanContext {
  readonly from: number;
  readonly personCue: boolean;
  readonly whole: GazetteerEntry | Candidate | undefined;
  readonly prevToken: string;
  readonly nextToken: string;
  readonly prevBits: number;
  readonly nextBits: number;
  readonly placeNounBefore: boolean;
  readonly placeNounAfter: boolean;
  readonly transferClub: boolean;
  readonly locative: boolean;
  readonly base: Base;
}

/** What `typeByReading` read before its stages: the run, its surroundings and the tests it asks more than once. */
export interface Reading extends SpanContext {
  readonly chunk: Chunk;
  readonly ctx: Context;
  readonly words: readonly Word[];
  readonly to: number;
  readonly n: number;
  readonly first: string;
  readonly firstLower: string;
  readonly lastLower: string;
  readonly firstWord: Word;
  readonly lastWord: Word;
  readonly personVerb: boolean;
  // (A bit test in it leaves a number where it holds.)
  readonly speakerVerb: boolean | number;
  readonly speaker: boolean;
  readonly thingAfterThe: boolean;
  readonly inResult: () => boolean;
  readonly pronoun: () => 'person' | 'thing' | null;
  readonly pronounPerson: () => boolean;
  readonly teamPlace: (type: CandidateType, countryCode?: string) => CandidateType;
}

/** The whole run as one candidate of `type`: what most stages answer. */
export function readAs(reading: Reading, type: CandidateType, strength: number): Candidate[] {
  return [candidate(reading.chunk, reading.from, reading.to, type, strength, reading.base)];
}

/** "Josten's <JOS>", "Calumet Industries <CALI> Sees Loss": one word between angle brackets, a Reuters ticker. */
export function isBracketedTicker(reading: Reading): boolean {
  return reading.n === 1 && reading.prevToken === '<' && reading.nextToken === '>';
}
