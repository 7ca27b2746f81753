// Stage 5 of `typeChunk` (classify.ts): named days, fixtures, summits, courts, stock codes, parties, storms, prizes.
import type { Field } from '../../schema.js';
import { lowerCased } from '../../text/chars.js';
import type { Chunk, Word } from '../chunk.js';
import { isDigitGluedName } from '../digit-glued-names.js';
import { sportCountryAt } from '../sport-codes.js';
import {
  AMOUNT_AFTER_NUMBER,
  CURRENCY_BEFORE_SUM,
  creditRating,
  sumAfter,
  tickerPart,
} from '../typing/amounts-and-markets.js';
import { GROUP_FORUMS, PARTY_CUES_AFTER, partyMembers, TAG_OPENERS } from '../typing/bodies-and-parties.js';
import { candidate, NO_CONTEXT, NO_INFO } from '../typing/candidates.js';
import { type Candidate, type Context, lowerTokenText, tokenText } from '../typing/context.js';
import { PERSON_VERBS, SPEAKER_VERBS } from '../typing/cue-words.js';
import { CLIMATE_COP, EURO_YEAR, prizeFieldAt } from '../typing/events-and-works.js';
import { CRICKET_FORMATS, FORMULA_CLASSES } from '../typing/sports-context.js';
import { CALENDAR_WORD, tokenBits } from '../typing/token-bits.js';
import {
  S_PARTY_STATE_TAG,
  shapeIs,
  W_FUNCTION,
  W_MATCH_NAME,
  W_NAMED_DAY,
  W_PARTY_MEMBERS,
  W_PARTY_WORD,
  W_TITLE,
  W_WEATHER,
  W_WEB_ADDRESS,
  wordIs,
} from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { CENTRE, SUBJECT_VERB } from './shared-words.js';

/** What follows "up" after a participle opening a sentence: "Fed up with", "Fed up of", "Fed up,". */
const FED_UP_AFTER = new Set(['with', 'of', ',']);
/** A word of letters only (no figure): the noun after "Fed up". */
const LETTERS_ONLY = /^[A-Za-z]+$/;
/** "Fed up farmers": "Fed" before "up" and a word (no figure), not after "the" ("the Fed up to now"). */
function fedUpBeforeNoun(ctx: Context, field: Field, word: Word): boolean {
  if (word.lower !== 'fed' || lowerTokenText(ctx, field, word.index + 1) !== 'up') return false;
  const after = tokenText(ctx, field, word.index + 2);
  return (
    LETTERS_ONLY.test(after) &&
    !FED_UP_PREPOSITIONS.has(lowerCased(after)) &&
    lowerTokenText(ctx, field, word.index - 1) !== 'the'
  );
}
/** After "Fed up" these speak of the bank's move ("Fed up to 5.5 percent", "Fed up from …"). */
const FED_UP_PREPOSITIONS = new Set(['to', 'from', 'by', 'in', 'on', 'at', 'than']);
/**
 * Named days, fixtures, championships and summits, racing classes, courts, formats, stock codes, a lawmaker's
 * party, storms, forums, ratings, web firms, prizes' fields, parties.
 */
export function daysEventsCodesAndParties(chunk: Chunk, ctx: Context): Candidate[] | undefined {
  const words = chunk.words;
  const to = words.length;
  // "Independence Day", "Election Day": a named day is an event ("Doris Day" stays a person).
  if (
    to >= 2 &&
    to <= 4 &&
    wordIs(words[to - 1]!, W_NAMED_DAY) &&
    (!isGivenNameWord(words[0]!) || words.some((w) => w.possessive)) &&
    !wordIs(words[0]!, W_TITLE)
  )
    return [candidate(chunk, 0, to, 'event', 2, NO_CONTEXT)];
  // "El Clasico", "the Superclasico": a fixture's own name is an event, whatever article opens it.
  if (to <= 2 && wordIs(words[to - 1]!, W_MATCH_NAME))
    return [candidate(chunk, to === 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0, to, 'event', 2, NO_CONTEXT)];
  // "Euro 96", "Euro 2024": the European football championship of that year, an event, no firm.
  // "Euro 50 million": the currency before a sum, no name.
  if (
    to === 1 &&
    words[0]!.lower === 'euro' &&
    !chunk.caseless &&
    EURO_YEAR.test(tokenText(ctx, chunk.field, words[0]!.index + 1))
  )
    return AMOUNT_AFTER_NUMBER.has(lowerTokenText(ctx, chunk.field, words[0]!.index + 2))
      ? []
      : [candidate(chunk, 0, 1, 'event', 2, NO_CONTEXT)];
  if (to === 1 && CURRENCY_BEFORE_SUM.has(words[0]!.lower) && sumAfter(ctx, chunk.field, words[0]!.index))
    return [];
  // "at the COP29 summit": a climate conference is an event, no place or body.
  // ("At COP28 in Dubai": a sentence-opening function word before it.)
  if (CLIMATE_COP.test(words[to - 1]!.lower) && (to === 1 || (to === 2 && wordIs(words[0]!, W_FUNCTION))))
    return [candidate(chunk, to - 1, to, 'event', 2, NO_CONTEXT)];
  // "in Formula One history": a class of motor racing, no place (its teams are bodies); "Formula 1", whose
  // number is no name word, would be named "Formula" alone: no name.
  if (words[0]!.lower === 'formula') {
    if (to === 2 && FORMULA_CLASSES.has(words[1]!.lower))
      return [candidate(chunk, 0, 2, 'other', 2, NO_CONTEXT)];
    if (to === 1 && FORMULA_CLASSES.has(lowerTokenText(ctx, chunk.field, words[0]!.index + 1))) return [];
  }
  // "on Centre Court": a tennis ground's main court is a place, though "Court" heads courts of law.
  if (to >= 2 && to <= 3 && words[to - 1]!.lower === 'court' && CENTRE.has(words[to - 2]!.lower)) {
    const start = to - 2;
    if (start === 0 || wordIs(words[0]!, W_FUNCTION))
      return [candidate(chunk, start, to, 'place', 2, NO_CONTEXT)];
  }
  // "a three-match Twenty20 series": a format of cricket, no name.
  if (to === 1 && CRICKET_FORMATS.has(words[0]!.lower)) return [];
  // "JPMorgan Chase (JPM.N)", "(NASDAQ: NVDA)", "(.FTSE)": a stock's or an index's code is no name; the
  // exchange before the code is a body.
  if (to === 1 && !chunk.caseless) {
    const ticker = tickerPart(ctx, chunk.field, words[0]!.index);
    if (ticker === 'code') return [];
    if (ticker === 'exchange') return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
    // "Carlos Alcaraz (ESP x1) bt Cameron Norrie (GBR)": a results list's code for the competitor's
    // country says where the athlete is from, a nationality (no body, and no mention of the country,
    // which the resolver reads from names); codes the lists read as countries ("USA") stay theirs.
    if (words[0]!.core.length === 3 && !gazetteerOfWord(words[0]!)?.countryCode) {
      const index = words[0]!.index;
      const country = sportCountryAt((k) => tokenText(ctx, chunk.field, index + k));
      if (country)
        return [candidate(chunk, 0, 1, 'nationality', 3, NO_CONTEXT, { ...NO_INFO, countryCode: country })];
    }
  }
  // "Sen. Bill Cassidy, R-La.,", "Rep. Rosa DeLauro (D-Conn.)": a US lawmaker's party and state, no name.
  if (
    to === 1 &&
    shapeIs(words[0]!, S_PARTY_STATE_TAG) &&
    TAG_OPENERS.has(tokenText(ctx, chunk.field, words[0]!.index - 1))
  )
    return [];
  // "Christmas Day", "Easter Day": a calendar word ends no chunk of its own, so the day stands alone.
  if (
    to === 1 &&
    wordIs(words[0]!, W_NAMED_DAY) &&
    tokenBits(ctx, chunk.field, words[0]!.index - 1) & CALENDAR_WORD
  )
    return [];
  // "Storm Eowyn", "Hurricane Milton", "Tropical Storm Debby": a named weather system is an event.
  if (to >= 2 && to <= 3 && wordIs(words[to - 2]!, W_WEATHER) && !isLowerWordWord(words[to - 1]!))
    return [candidate(chunk, 0, to, 'event', 2, NO_CONTEXT)];
  // "the Abu Dhabi Grand Prix", "the British Grand Prix": a motor race is an event, whatever its place.
  if (to >= 2 && to <= 5 && words[to - 2]!.lower === 'grand' && words[to - 1]!.lower === 'prix') {
    const start = to > 2 && wordIs(words[0]!, W_FUNCTION) ? 1 : 0;
    return [candidate(chunk, start, to, 'event', 2, NO_CONTEXT)];
  }
  // "the G20", "G7 leaders": a forum of the Group of Seven, Eight, Twenty … is a body.
  if (GROUP_FORUMS.has(words[to - 1]!.lower) && (to === 1 || (to === 2 && wordIs(words[0]!, W_FUNCTION))))
    return [candidate(chunk, to - 1, to, 'organization', 2, NO_CONTEXT)];
  // "rated AA-minus by Fitch", "a Baa2 rating", "cut to BBB": a credit rating is a grade, not a name.
  if (to === 1 && creditRating(ctx, chunk.field, words[0]!)) return [];
  // "Booking.com said", "Overstock.com rose": a firm named by its web address, wherever it stands.
  if (to === 1 && wordIs(words[0]!, W_WEB_ADDRESS))
    return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  // "the Nobel Prize in Chemistry", "the Pulitzer Prize for Fiction": the prize's field, no place or body.
  if (prizeFieldAt(ctx, chunk.field, words[0]!.index)) return [];
  // "Charities including Care4Calais said": words glued by a figure name a body.
  if (to === 1 && isDigitGluedName(words[0]!.core))
    return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  // "Fed up with rising prices, voters …", "Fed up, they …": a word opening a sentence before "up with",
  // "up of" or "up," is a participle ("fed up", "sick of"), not a name ("the Fed" and "Fed officials"
  // stay the central bank).
  if (
    to === 1 &&
    chunk.initial &&
    !chunk.caseless &&
    tokenText(ctx, chunk.field, words[0]!.index + 1) === 'up' &&
    FED_UP_AFTER.has(tokenText(ctx, chunk.field, words[0]!.index + 2))
  )
    return [];
  // "Fed up farmers blocked roads", "Fed Up Farmers Block Roads": "fed up" before the people it describes is the
  // participle too; "Fed up 25 basis points" or "the Fed up to now" would be the bank.
  if (to === 1 && fedUpBeforeNoun(ctx, chunk.field, words[0]!)) return [];
  // "Starmer led Labour to victory", "Labour won": the party, written with a capital; at a sentence start
  // only before a verb or a party's word ("Labour costs rose" is the ordinary word).
  if (to === 1 && wordIs(words[0]!, W_PARTY_WORD) && !chunk.caseless) {
    const next = lowerTokenText(ctx, chunk.field, words[0]!.index + 1);
    if (
      !chunk.initial ||
      SUBJECT_VERB.test(next) ||
      PERSON_VERBS.has(next) ||
      SPEAKER_VERBS.has(next) ||
      PARTY_CUES_AFTER.has(next)
    )
      return [candidate(chunk, 0, 1, 'organization', 2, NO_CONTEXT)];
  }
  // "a Republican", "Democrats in the Senate" (before the lists' reading of the word as a place).
  if (to === 1 && wordIs(words[0]!, W_PARTY_MEMBERS) && !chunk.caseless) return partyMembers(chunk, 0);
  return undefined;
}
