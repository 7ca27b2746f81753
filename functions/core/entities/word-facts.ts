import { lookupPlace, type PlaceEntry } from '../countries/gazetteer.js';
import type { Word } from './chunk.js';
import {
  GAZETTEER,
  type GazetteerEntry,
  GIVEN_FLAG,
  LOWER_FLAG,
  SURNAME_FLAG,
  wordFlags,
} from './lexicon.js';

/**
 * What the lists say about one token text (its gazetteer entry, its lexicon flags, the place it names),
 * asked for lazily and kept with the text's word form, which chunking makes once per vocabulary number:
 * every later occurrence of the text, in this article or the next, reads the answer from the word
 * instead of probing a memo keyed by the string (those probes were ~6% of tagging time). Only a
 * speed-up: each answer is the string look-up's answer for the word's `core` or `lower`.
 */
export class WordFacts {
  gazetteer: GazetteerEntry | null | undefined = undefined;
  /** `wordFlags(core)`, -1 until asked. */
  flags = -1;
  place: PlaceEntry | null | undefined = undefined;
  /** `GAZETTEER.startsLongerName(lower)`, undefined until asked. */
  startsLongerName: boolean | undefined = undefined;

  constructor(
    readonly core: string,
    readonly lower: string,
  ) {}
}

/**
 * The word's facts, or undefined for a word made from another by a spread with another text ("U.S" and
 * its period, one side of "Biden-Xi"), which carries facts that are not its own.
 */
function factsOf(w: Word): WordFacts | undefined {
  const facts = w.facts;
  return facts.core === w.core && facts.lower === w.lower ? facts : undefined;
}

/** `GAZETTEER.get(w.lower)`. */
export function gazetteerOfWord(w: Word): GazetteerEntry | undefined {
  const facts = factsOf(w);
  if (facts === undefined) return GAZETTEER.get(w.lower);
  let entry = facts.gazetteer;
  if (entry === undefined) entry = facts.gazetteer = GAZETTEER.get(w.lower) ?? null;
  return entry ?? undefined;
}

/** `GAZETTEER.startsLongerName(w.lower)`: whether a name of two or more words in the lists starts with it. */
export function startsLongerNameWord(w: Word): boolean {
  const facts = factsOf(w);
  if (facts === undefined) return GAZETTEER.startsLongerName(w.lower);
  facts.startsLongerName ??= GAZETTEER.startsLongerName(w.lower);
  return facts.startsLongerName;
}

/** `lookupPlace(w.core)`. */
export function placeOfWord(w: Word): PlaceEntry | undefined {
  const facts = factsOf(w);
  if (facts === undefined) return lookupPlace(w.core);
  let place = facts.place;
  if (place === undefined) place = facts.place = lookupPlace(w.core) ?? null;
  return place ?? undefined;
}

function flagsOfWord(w: Word): number {
  const facts = factsOf(w);
  if (facts === undefined) return wordFlags(w.core);
  if (facts.flags < 0) facts.flags = wordFlags(w.core);
  return facts.flags;
}

/** `isGivenName(w.core)`. */
export function isGivenNameWord(w: Word): boolean {
  return (flagsOfWord(w) & GIVEN_FLAG) !== 0;
}

/** `isKnownSurname(w.core)`. */
export function isKnownSurnameWord(w: Word): boolean {
  return (flagsOfWord(w) & SURNAME_FLAG) !== 0;
}

/** `isLowerWord(w.core)`. */
export function isLowerWordWord(w: Word): boolean {
  return (flagsOfWord(w) & LOWER_FLAG) !== 0;
}
