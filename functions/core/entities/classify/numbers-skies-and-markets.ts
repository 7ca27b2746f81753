// A stage of `typeNamedSpan` (classify.ts): numbers after names, the Moon and compass points, illnesses, journeys,
// market indices, makers' products.
import { isBrandWord } from '../lexicon.js';
import { candidate, NO_CONTEXT } from '../typing/candidates.js';
import { type Candidate, lowerTokenText } from '../typing/context.js';
import { INDEX_AFTER } from '../typing/cue-words.js';
import { namesEponymIllness } from '../typing/eponym-illnesses.js';
import { missionOrWorkNear } from '../typing/events-and-works.js';
import { CARDINAL_POINTS, isCountryName } from '../typing/place-cues.js';
import { afterPossessive } from '../typing/sentence-shape.js';
import { MOON_NOUNS } from '../typing/space-things.js';
import { CASED, INDEX_WORD } from '../typing/token-bits.js';
import {
  S_ACRONYM,
  S_INITIALS,
  S_ROMAN_NUMERAL,
  shapeIs,
  W_CELESTIAL,
  W_COMPASS,
  W_FUNCTION,
  W_ORG_HEAD,
  W_PLACE_HEAD,
  W_TITLE,
  wordIs,
} from '../typing/word-tests.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

/**
 * Numbers after names, clubs' given names, the Moon and compass points, illnesses, journeys, market indices,
 * makers' products.
 */
export function numbersSkiesAndMarkets(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, nextBits } = s;
  // "the Artemis II crew", "Super Bowl LIX": a number after a word no list gives people, or after "the",
  // is a mission's, a sequel's or an event's; a monarch's or pope's has a given name or a title and no
  // article ("Charles III", "Leo XIV").
  if (
    to - from >= 2 &&
    !personCue &&
    words[to - 1]!.core.length > 1 &&
    shapeIs(words[to - 1]!, S_ROMAN_NUMERAL) &&
    !shapeIs(words[from]!, S_ROMAN_NUMERAL) &&
    !words.slice(from, to - 1).some((w) => wordIs(w, W_TITLE) || shapeIs(w, S_INITIALS)) &&
    (prevToken === 'the' ||
      !words.slice(from, to - 1).some((w) => isGivenNameWord(w) || isKnownSurnameWord(w)) ||
      // "Artemis III, the first crewed Moon landing", "Rocky IV, the sequel": one given name and a number in
      // a sentence about spaceflight or a film is a mission's or a work's (a monarch's has a title there).
      (to - from === 2 && missionOrWorkNear(ctx, chunk.field, words[from]!.index, words[to - 1]!.index)))
  )
    // "England XV", "a World XI": a country's or a world side, named by its number of players.
    return [
      candidate(
        chunk,
        from,
        to,
        to - from === 2 && isCountryName(words, from, from + 1) ? 'organization' : 'other',
        2,
        NO_CONTEXT,
      ),
    ];
  // "Royal Challengers Bengaluru", "Red Bull Salzburg": an ordinary word that is also a given name, a word
  // that is none, then a town, is a club or a firm of that town, not a person.
  if (
    to - from === 3 &&
    !personCue &&
    isGivenNameWord(words[from]!) &&
    isLowerWordWord(words[from]!) &&
    !wordIs(words[from]!, W_PLACE_HEAD) &&
    !wordIs(words[from]!, W_COMPASS) &&
    words[from + 1]!.capitalised &&
    !wordIs(words[from + 1]!, W_FUNCTION) &&
    !isGivenNameWord(words[from + 1]!) &&
    placeOfWord(words[to - 1]!)?.kind === 'city'
  )
    return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
  // "around the Moon next year", "the Earth's orbit": the celestial bodies, no name of a person, place or
  // body (as "on the Moon." ending a sentence already was).
  if (to - from === 1 && prevToken === 'the' && wordIs(words[from]!, W_CELESTIAL) && !chunk.caseless)
    return [];
  // "The West's patience", "the North fired", "the South": a compass point after "the", alone, is a region or a
  // bloc (CoNLL: LOC), never a person or a firm.
  if (
    to - from === 1 &&
    prevToken === 'the' &&
    !chunk.caseless &&
    CARDINAL_POINTS.has(words[from]!.lower) &&
    !(nextBits & CASED)
  )
    return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
  // "the first crewed Moon landing", "a Moon base": the Moon before a noun of spaceflight ("Moon said" is
  // Moon Jae-in's).
  if (
    to - from === 1 &&
    wordIs(words[from]!, W_CELESTIAL) &&
    !chunk.caseless &&
    !personCue &&
    MOON_NOUNS.has(nextToken)
  )
    return [];
  // "Alzheimer's disease", "Down's syndrome": a possessive name before an illness word names the illness;
  // so does a name before "virus" or "fever" ("Marburg virus disease", "Lassa fever"), a place's or not.
  // "Parkinson's patients", "Crohn's and Huntington's": so does a doctor's name in the possessive, alone.
  if (
    to - from === 1 &&
    (ILLNESS_WORDS.has(afterPossessive(ctx, chunk, to, nextToken)) ||
      namesEponymIllness(ctx, chunk, from, nextToken) ||
      // ("the Wuhan virus … officials in Wuhan": a place the lists know stays the place, read27 P1.)
      (INFECTION_WORDS.has(nextToken) && !placeOfWord(words[from]!)))
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "travelling to Iznik", "flew to Ushuaia": where a traveller goes is a place, though no list knows the
  // town (off sports pages: "returned to Wrexham" is a club).
  if (
    to - from === 1 &&
    prevToken === 'to' &&
    !ctx.sports &&
    !chunk.caseless &&
    !personCue &&
    TRAVEL_VERBS.has(lowerTokenText(ctx, chunk.field, words[from]!.index - 2)) &&
    gazetteerOfWord(words[from]!) === undefined &&
    !placeOfWord(words[from]!) &&
    !isGivenNameWord(words[from]!) &&
    !isKnownSurnameWord(words[from]!) &&
    !isLowerWordWord(words[from]!) &&
    !shapeIs(words[from]!, S_ACRONYM) &&
    !isBrandWord(words[from]!.core)
  )
    return [candidate(chunk, from, to, 'place', 1, NO_CONTEXT)];
  // "the Dow Jones industrial average", "the Nikkei average", "the Nasdaq composite": a market index.
  // "the Nasdaq Composite", "the Hang Seng Index": so is a name that ends with the word.
  // "Qatar's index", "Abu Dhabi's index": a country's or a city's index leaves the place a place.
  if (
    (((nextBits & INDEX_WORD) !== 0 && !words[to - 1]!.possessive) ||
      (to - from > 1 && INDEX_AFTER.has(words[to - 1]!.lower)) ||
      (nextToken === 'industrial' &&
        lowerTokenText(ctx, chunk.field, words[to - 1]!.index + 2) === 'average')) &&
    // "the American Stock Exchange index": the exchange keeps its name.
    !wordIs(words[to - 1]!, W_ORG_HEAD)
  )
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  // "the Wegovy maker", "the iPhone maker": a product named before "maker".
  if (to - from === 1 && nextToken === 'maker' && prevToken === 'the')
    return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
  return undefined;
}

const ILLNESS_WORDS = new Set(['disease', 'diseases', 'syndrome', 'disorder']);
/** Verbs of a journey before "to" and where it goes: "travelling to Iznik". */
const TRAVEL_VERBS = new Set(
  'travel travels travelled traveled travelling traveling flew fly flies flying sailed sailing drove driving journeyed'.split(
    ' ',
  ),
);
/**
 * Words after a name (a place's, often) that make it a virus's or a fever's: "Marburg virus", "Lassa fever".
 */
const INFECTION_WORDS = new Set(['virus', 'fever']);
