// A stage of `typeNamedSpan` (classify.ts): one word read by the words around it.
import { endsWithText, startsWithDigit } from '../../text/chars.js';
import { currencyCode } from '../kind-cues.js';
import {
  BOND_NAMES,
  CLOCK_BEFORE,
  CRUDE_BENCHMARKS,
  CURRENCY_AFTER,
  CURRENCY_BEFORE_FIGURE,
  CURRENCY_CODES,
  currencyGluedToFigure,
  currencyPairEnd,
  DESIGNATION_AFTER,
  gluedAfter,
  indexPairAt,
  monthSpan,
  PRESS_AFTER_INDEX,
  SITE_PREPOSITIONS,
  STOCK_INDICES,
  SUM_AFTER,
  sumAfter,
} from '../typing/amounts-and-markets.js';
import { candidate, NO_CONTEXT } from '../typing/candidates.js';
import { type Candidate, lowerTokenText, tokenText } from '../typing/context.js';
import {
  LEGISLATION_BEFORE,
  PRIZE_DETERMINERS,
  PRIZE_RACE_AFTER,
  PRIZES,
  prizeNounAfter,
} from '../typing/events-and-works.js';
import { CORPORATE_SUFFIXES } from '../typing/firm-cues-around.js';
import { AGE_BEFORE } from '../typing/person-cues.js';
import { RESIDENT_NOUNS } from '../typing/place-cues.js';
import { ARTICLES } from '../typing/sentence-shape.js';
import { TOURNAMENTS } from '../typing/sports-context.js';
import { CALENDAR_WORD } from '../typing/token-bits.js';
import {
  S_ACRONYM,
  S_CURRENCY_AMOUNT,
  S_CURRENCY_AMOUNT_SCALED,
  S_EXIT_BLEND,
  S_PLURAL_ABBREVIATION,
  S_TIME_ZONE,
  shapeIs,
} from '../typing/word-tests.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

const COMMON_AMPERSANDS = new Set(['A&E', 'R&D', 'M&A', 'Q&A', 'P&L', 'B&B', 'R&B', 'F&B', 'G&T']);

/** What is won or played in a tournament named by a plural: "a Masters title", "an Ashes Test". */
const TOURNAMENT_NOUNS_AFTER = new Set(
  'title titles champion champions crown trophy win victory tournament week leaderboard debut round jacket series test'.split(
    ' ',
  ),
);
/** The host country before a tournament's plural name: "the US Masters". */
const HOST_COUNTRY_BEFORE = new Set(['us', 'u.s.', 'u.s']);

/** A tournament group's letter after "Group" or "Pool". */
const GROUP_LETTER = /^[A-L]$/;

/** One word (no line in capitals) read by the words around it. */
export function oneWordByNeighbours(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, words, to, prevToken, nextToken, prevBits } = s;
  if (to - from === 1 && !chunk.caseless) {
    const single = words[from]!;
    // "the Rs 400-crore mission", "Ksh 2 billion": a currency's abbreviation before a figure; "the clade Ib
    // strain", "the Lagrange point L1": a designation after its kind's noun; "the October-December quarter",
    // "January-June": a span of months. None is a name.
    if (
      (CURRENCY_BEFORE_FIGURE.has(single.lower) && startsWithDigit(nextToken)) ||
      // "an increase of Rs1.5 per unit", "RM50 million": the abbreviation glued to the figure.
      currencyGluedToFigure(single.core) ||
      // "Dolar/TL 42,3", "EUR/PLN": the quoted currency of a pair, written after a slash.
      currencyPairEnd(ctx, chunk.field, single.index) ||
      // "NT$452.3 billion", "2,800 CFA francs": a currency's code (a country the lists know keeps its mention).
      (CURRENCY_AFTER.has(nextToken) &&
        currencyCode(single.core, nextToken, gluedAfter(ctx, chunk.field, single.index)) &&
        gazetteerOfWord(single) === undefined) ||
      (DESIGNATION_AFTER.has(prevToken) && single.core.length <= 4) ||
      monthSpan(single.lower) ||
      // "top of Group C", "Pool B": a tournament's group by its letter (a letter is no name word) names no place.
      ((single.lower === 'group' || single.lower === 'pool') &&
        GROUP_LETTER.test(tokenText(ctx, chunk.field, single.index + 1)))
    )
      return [];
    // "A 34-year-old Redmond man was arrested", "a Bend woman": a town before a resident's noun; "Colombia's
    // Necocli, where migrants board boats": a name a relative "where" follows is a place.
    if (
      !personCue &&
      !single.possessive &&
      ((RESIDENT_NOUNS.has(nextToken) && (ARTICLES.has(prevToken) || AGE_BEFORE.test(prevToken))) ||
        (nextToken === ',' && lowerTokenText(ctx, chunk.field, single.index + 2) === 'where')) &&
      // A word no list knows (a listed town or country is typed as such below; "a Dutch-Moroccan man").
      !single.core.includes('-') &&
      !isGivenNameWord(single) &&
      !isKnownSurnameWord(single) &&
      gazetteerOfWord(single) === undefined &&
      !placeOfWord(single) &&
      !isLowerWordWord(single)
    )
      return [candidate(chunk, from, to, 'place', 2, NO_CONTEXT)];
    // "MPs", "MEPs", "CEOs", "GPUs": the plural of an abbreviated common noun names no one.
    // "A&E", "R&D", "M&A": a department's or a deal's abbreviation, no firm.
    if (shapeIs(single, S_PLURAL_ABBREVIATION) || COMMON_AMPERSANDS.has(single.core)) return [];
    // "Salesforce, Inc.", "Acme, LLC": a legal form set off by a comma belongs to the name before it.
    if (prevToken === ',' && CORPORATE_SUFFIXES.has(single.lower)) return [];
    // "EUR/USD", "USD/JPY at 155.20": a currency pair's codes name no body.
    if (
      CURRENCY_CODES.has(single.core) &&
      (tokenText(ctx, chunk.field, single.index - 1) === '/' ||
        tokenText(ctx, chunk.field, single.index + 1) === '/')
    )
      return [];
    // "S&P/ASX 200", "S&P/TSX composite": an index named by its two makers and a number; the first part
    // names it (other), the second is no name of its own.
    if (indexPairAt(ctx, chunk.field, single.index))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    if (indexPairAt(ctx, chunk.field, single.index - 2)) return [];
    // "10:15 ET —", "9 a.m. PT": a time zone after a clock time.
    if (shapeIs(single, S_TIME_ZONE) && CLOCK_BEFORE.test(prevToken)) return [];
    // "NGX gains N520bn", "R2bn": a sum with its currency's letter and its scale in one word.
    if (shapeIs(single, S_CURRENCY_AMOUNT_SCALED)) return [];
    // "Japan's Nikkei gained 1.2%", "the KOSPI rose": a stock index, named alone as often as with "index"
    // ("the Nikkei newspaper reported" is the publisher).
    if (STOCK_INDICES.has(single.lower) && !PRESS_AFTER_INDEX.has(nextToken))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "Brent falls below $60", "Brent ($/bbl) 63.20": a crude oil benchmark named alone is a market measure,
    // no given name's person ("in Brent", the London borough, stays a place).
    if (CRUDE_BENCHMARKS.has(single.lower) && !single.possessive && !SITE_PREPOSITIONS.has(prevToken))
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "Bunds extended losses", "BTP losses", "PIBOR futures", "the September Bund future": government
    // bonds and interbank rates named by their market's abbreviation, and a name before "future(s)", are
    // instruments, no body ("NYMEX futures", an exchange's acronym, stays).
    if (
      BOND_NAMES.has(single.lower) ||
      // ("Fiat's future", "O'Leary's future" are their prospects: not after a possessive; the singular only
      // after a month, "the September Bund future".)
      ((nextToken === 'futures' || (nextToken === 'future' && (prevBits & CALENDAR_WORD) !== 0)) &&
        !single.possessive &&
        !isLowerWordWord(single) &&
        gazetteerOfWord(single) === undefined &&
        !shapeIs(single, S_ACRONYM))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "won an Oscar", "two Grammys", "the Nobel": a prize named after a person or a nickname.
    // "Oscar nominations", "an Emmy-winning actor", "Grammy nominee": so before a word of the prize's race.
    // "Three share Nobel chemistry prize", "Nobel peace laureate": so before the prize's own noun, after
    // its field or not (a headline drops the article that makes it a thing one wins).
    if (
      PRIZES.has(single.lower) &&
      (PRIZE_DETERMINERS.has(prevToken) ||
        endsWithText(single.lower, 's') ||
        PRIZE_RACE_AFTER.has(nextToken) ||
        prizeNounAfter(ctx, chunk.field, single.index))
    )
      return [candidate(chunk, from, to, 'other', 2, NO_CONTEXT)];
    // "won the Masters", "the Ashes series": a tournament named by a plural, not a team or a person.
    // ("his second Masters title", "the US Masters", "an Ashes Test": so before the noun of what is won or played
    // in it, or after the country that hosts it; wild45 item 21.)
    if (
      TOURNAMENTS.has(single.lower) &&
      (prevToken === 'the' || TOURNAMENT_NOUNS_AFTER.has(nextToken) || HOST_COUNTRY_BEFORE.has(prevToken))
    )
      return [candidate(chunk, from, to, 'event', 2, NO_CONTEXT)];
    // "the Bill", "a similar Bill", "in next week's Budget": legislation and the budget as house styles
    // capitalise them, no person or place ("Bill said" stays a person).
    // "the Safety of Rwanda (Asylum and Immigration) Bill": the last word of a law's name after its bracket.
    if (
      single.lower === 'budget' ||
      (single.lower === 'bill' && (LEGISLATION_BEFORE.has(prevToken) || prevToken === ')'))
    )
      return [];
    // "Sh30 billion", "N1,487 per dollar", "R2.5 billion", "P545 billion": a sum in shillings, naira, rand or
    // pesos written with its currency's letter, no name.
    if (
      shapeIs(single, S_CURRENCY_AMOUNT) &&
      (SUM_AFTER.has(nextToken) || sumAfter(ctx, chunk.field, single.index))
    )
      return [];
    // "Brexit", "Grexit": a country's exit named by a blend, an event.
    if (shapeIs(single, S_EXIT_BLEND)) return [candidate(chunk, from, to, 'event', 2, NO_CONTEXT)];
  }
  return undefined;
}
