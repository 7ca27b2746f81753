// Amounts and markets: currencies and sums, stock indices and tickers, credit ratings, bonds, glued units.
import type { Field } from '../../schema.js';
import { lowerCased, startsWithDigit } from '../../text/chars.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import type { Word } from '../chunk.js';
import { CALENDAR_WORDS } from '../lexicon.js';
import { type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';
import { INDEX_AFTER } from './cue-words.js';
import { COMPANY_IN } from './firm-cues-around.js';
import { ACRONYM, S_RATING_GRADE, S_RATING_LIKE, shapeIs } from './word-tests.js';

// A currency sign ($ € £ ¥), a figure or a word of an amount.
const AMOUNT_WORD =
  /^(?:[$\u20ac\u00a3\u00a5]|[\d.,]+|a|an|the|its|their|billion|million|bln|mln|pct|percent|%)$/;
/** An investment word at `index` or a few tokens before it, with an amount between ("a $2 billion stake"). */
export function investedBefore(ctx: Context, field: Field, index: number): boolean {
  for (let i = index; i > index - 5 && i >= 0; i--) {
    const text = lowerTokenText(ctx, field, i);
    if (COMPANY_IN.has(text)) return true;
    if (!AMOUNT_WORD.test(text)) return false;
  }
  return false;
}
/**
 * "compensation of Rs 10 lakh", "INR 500 crore", "AED 3 billion": abbreviations and ISO codes of
 * currencies, written before a sum, name no body.
 */
export const CURRENCY_BEFORE_SUM = new Set(
  `rs re rp tk ksh dh dhs rm sh usd eur gbp jpy cny rmb inr pkr bdt lkr npr aed sar qar kwd bhd omr egp
  ngn kes zar ghs etb try rub uah pln czk huf sek nok dkk chf cad aud nzd hkd sgd myr idr thb php vnd krw
  twd brl mxn ars clp pen ils irr`
    .split(/\s+/)
    .filter(Boolean),
);
/** "Euro 50 billion": a sum in euros, not a championship. */
export const AMOUNT_AFTER_NUMBER = new Set(['million', 'billion', 'bln', 'mln', 'bn', 'm', 'trillion']);
/** ISO 4217 codes of the currencies market reports quote in pairs ("EUR/USD"). */
export const CURRENCY_CODES = new Set(
  'USD EUR JPY GBP CHF CNY CNH AUD NZD CAD HKD SGD INR KRW BRL MXN ZAR SEK NOK DKK PLN TWD'.split(' '),
);
// "p.m." is read as "p", ".", "m." (the last period with its letter).
export const CLOCK_BEFORE = /^(?:\d{1,2}[:.]\d{2}|a\.m\.|p\.m\.|m\.|am|pm|noon|midnight)$/;
/**
 * The world's main stock indices, named alone in market reports ("Japan's Nikkei gained 1.2%"): a market
 * measure, typed like "the Nasdaq composite" (other), not a body.
 */
export const STOCK_INDICES = new Set(
  'nikkei topix kospi kosdaq taiex sensex nifty dax mdax cac ftse ibex stoxx bovespa ibovespa merval tasi jci klci psei set50'.split(
    ' ',
  ),
);
/** Whether the tokens at `index` read "S&P / ASX 200" or "S&P / TSX composite": makers of an index. */
export function indexPairAt(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== '/' || !ACRONYM_OR_AMPERSAND.test(tokenText(ctx, field, index)))
    return false;
  if (!ACRONYM_OR_AMPERSAND.test(tokenText(ctx, field, index + 2))) return false;
  const after = lowerTokenText(ctx, field, index + 3);
  return NUMBER_TEXT.test(after) || INDEX_AFTER.has(after);
}
const NUMBER_TEXT = /^\d+$/;
const ACRONYM_OR_AMPERSAND = lazyPattern(() => /^\p{Lu}[\p{Lu}&]{1,5}$/u);
export const CURRENCY_BEFORE_FIGURE = new Set(['rs', 'rs.', 're', 'ksh', 'tk', 'rp']);
/** What follows a currency's code: "NT$", "CFA francs". */
export const CURRENCY_AFTER = new Set(['$', 'franc', 'francs']);
/** Whether the token after `index` follows it with no space ("NT$"). */
export function gluedAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return tokens[index + 1]?.start === tokens[index]!.end;
}
/** Nouns before a designation that is no name: "clade Ib", "point L1", "variant JN.1". */
export const DESIGNATION_AFTER = new Set(['clade', 'subclade', 'point', 'variant', 'subvariant', 'lineage']);
/** "october-december", "january-june", "monday-friday": two months or days joined by a hyphen. */
export function monthSpan(lower: string): boolean {
  const hyphen = lower.indexOf('-');
  return (
    hyphen > 0 && CALENDAR_WORDS.has(lower.slice(0, hyphen)) && CALENDAR_WORDS.has(lower.slice(hyphen + 1))
  );
}
/** Months' short forms, as a price table writes a delivery month ("Sept Brent", "Dec WTI"). */
export const MONTH_SHORT_FORMS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** What a region's markets are: "Asian shares", "European stocks", "Gulf bourses". */
export const MARKET_NOUNS = new Set(
  'shares stocks equities markets bourses bonds currencies indices indexes stock share trading'.split(' '),
);
/** Words after "Nikkei" or "FTSE" that make it the publisher or the index firm. */
export const PRESS_AFTER_INDEX = new Set([
  'asia',
  'newspaper',
  'daily',
  'business',
  'reported',
  'said',
  'russell',
  'group',
]);
/** What follows such a sum: its scale, "per", or the rest of the number ("N1,487"). */
export const SUM_AFTER = new Set([
  'billion',
  'million',
  'trillion',
  'bn',
  'm',
  'per',
  ',',
  '.',
  'a',
  'each',
  'crore',
  'lakh',
]);

/** An exchange's suffix after a stock's code: "N" (New York), "L", "SA", "KS", "T". */
const EXCHANGE_SUFFIX = /^[A-Z]{1,2}$/;
/** A stock's code: capitals and digits. */
const STOCK_CODE = /^[A-Z0-9]{1,8}$/;
/** A stock's code written with the period before its exchange's suffix: "SAP.", "VOW3.", "7203.". */
const GLUED_CODE = /^[A-Z0-9]{2,8}\.$/;
/** Whether the token at `index` follows the one before it with no space. */
function gluedBefore(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  return index > 0 && tokens[index - 1]!.end === tokens[index]!.start;
}

/**
 * What the word at `index` is in a stock's code in brackets: the code ("(JPM.N)", "(PETR4.SA)",
 * "(002594.SZ)", "(.FTSE)", "(NYSE: HWF)"), the exchange ("NYSE" of "(NYSE: HWF)"), or neither.
 */
export function tickerPart(ctx: Context, field: Field, index: number): 'code' | 'exchange' | undefined {
  const at = (k: number) => tokenText(ctx, field, k);
  const prev = at(index - 1);
  // "SAP.DE", "VOW3.DE": an exchange's suffix glued to a stock's code and its period, brackets or none.
  if (
    EXCHANGE_SUFFIX.test(at(index)) &&
    gluedBefore(ctx, field, index) &&
    (GLUED_CODE.test(prev) ||
      (prev === '.' && STOCK_CODE.test(at(index - 2)) && gluedBefore(ctx, field, index - 1)))
  )
    return 'code';
  const next = at(index + 1);
  if (prev === '(' && next === '.' && EXCHANGE_SUFFIX.test(at(index + 2)) && at(index + 3) === ')')
    return 'code';
  if (prev === '.' && next === ')' && (at(index - 2) === '(' || at(index - 3) === '(')) return 'code';
  if (prev === '(' && next === ':' && STOCK_CODE.test(at(index + 2)) && at(index + 3) === ')')
    return 'exchange';
  if (prev === ':' && next === ')' && at(index - 3) === '(' && ACRONYM.test(at(index - 2))) return 'code';
  return undefined;
}

/**
 * Whether a stock's code in brackets follows the name ending at `index`: "Amazon (AMZN.O)", "Toyota (7203.T)",
 * "Snowflake (NYSE: SNOW)". Only a listed firm is written so (an index's code opens with a period: "(.FTSE)").
 */
export function tickerAfter(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index + 1) !== '(') return false;
  const code = tokenText(ctx, field, index + 2);
  return (
    tickerPart(ctx, field, index + 2) === 'code' ||
    (STOCK_CODE.test(code) && tickerPart(ctx, field, index + 2) === 'exchange')
  );
}

/** Whether a number follows the word at `index`, or its abbreviation's period and a number ("Rs. 250"). */
export function sumAfter(ctx: Context, field: Field, index: number): boolean {
  const next = tokenText(ctx, field, index + 1);
  return startsWithDigit(next) || (next === '.' && startsWithDigit(tokenText(ctx, field, index + 2)));
}
/** A token that may be a minute of a match (scorers.ts reads the rest). */
export const MINUTE_START = /^[0-9]/;
/**
 * Ratios and lines of a results statement written as abbreviations: no body's names. Wire earnings briefs
 * open their table lines with "Shr", "Oper shr", "Avg shrs", "Revs", "Qtr", "Div".
 */
export const FINANCE_SHORTHAND = new Set(
  // "GAAP net income", "non-GAAP": the accounting standard a press release reports by, no body.
  // "IgA nephropathy", "IgG antibodies": the immunoglobulins of a drug maker's release, no names.
  'YoY QoQ MoM PAT EBITDA EBIT PBT EPS Shr Shrs Oper Avg Revs Qtr Div GAAP IgA IgG IgE IgM IgD'.split(' '),
);
/** Units of size, power and energy that a figure carries glued to it: "5GB", "2TB", "100MW", "3GHz". */
export const GLUED_UNITS = new Set('kb mb gb tb pb kw mw gw kwh mwh gwh twh mhz ghz mah'.split(' '));
const RATING_WORDS = new Set(
  "rated rating ratings downgraded upgraded downgrade upgrade downgrades upgrades grade outlook notch notches affirmed fitch moody moody's poor's s&p".split(
    ' ',
  ),
);
/** A credit rating: a grade no other thing is named by, or a grade-like code within a few words of a rating word. */
export function creditRating(ctx: Context, field: Field, word: Word): boolean {
  if (shapeIs(word, S_RATING_GRADE)) return true;
  if (!shapeIs(word, S_RATING_LIKE)) return false;
  for (let i = word.index - 6; i <= word.index + 3; i++)
    if (i !== word.index && RATING_WORDS.has(lowerTokenText(ctx, field, i))) return true;
  return false;
}
/**
 * Government bonds and interbank rates by their market names: "Bunds", "BTPs", "OATs", "JGBs", "PIBOR"; and the
 * offshore markets' instruments: "December Eurodollars were down 11 bps", "Eurobonds", "Euroyen".
 */
export const BOND_NAMES = new Set(
  `bund bunds bobl bobls schatz btp btps oat oats jgb jgbs gilt gilts pibor euribor libor sofr sonia tonar
  eurodollar eurodollars eurobond eurobonds euroyen euronote euronotes`.split(/\s+/),
);
/** "Rs1", "Rs150", "RM50", "KSh2": a currency's abbreviation (amounts-and-markets.ts) and a figure, one word. */
export function currencyGluedToFigure(core: string): boolean {
  const digit = core.search(FIRST_DIGIT);
  return (
    digit > 0 &&
    FIGURE_DIGITS.test(core.slice(digit)) &&
    CURRENCY_BEFORE_SUM.has(lowerCased(core.slice(0, digit)))
  );
}
const FIRST_DIGIT = /\d/;
const FIGURE_DIGITS = /^[\d,]+$/;
/** Benchmarks of crude oil that market reports name alone. */
export const CRUDE_BENCHMARKS = new Set(['brent', 'wti', 'urals', 'murban']);
/** Prepositions that put a name on the map ("in Brent", "at Brent"). */
export const SITE_PREPOSITIONS = new Set(['in', 'at', 'near', 'around', 'across']);
/** Currencies named by a word before a slash in a quoted pair ("Dolar/TL", "dollar/yen"). */
const PAIR_CURRENCY_WORDS = new Set(['dollar', 'dolar', 'euro', 'yen', 'sterling', 'pound', 'yuan', 'lira']);
/** Whether the word at `index` follows a currency's word or code and a slash, glued: "Dolar/TL", "USD/TRY". */
export function currencyPairEnd(ctx: Context, field: Field, index: number): boolean {
  if (tokenText(ctx, field, index - 1) !== '/') return false;
  const tokens = fieldsOf(ctx, field).field.tokens;
  if (tokens[index - 1]!.end !== tokens[index]!.start || tokens[index - 2]?.end !== tokens[index - 1]!.start)
    return false;
  const before = tokenText(ctx, field, index - 2);
  return CURRENCY_CODES.has(before) || PAIR_CURRENCY_WORDS.has(lowerCased(before));
}

/** Verbs of a share price's move: "Cheung Kong rose 1.50 dollars". */
const SHARE_MOVES = new Set(
  'rose fell gained lost added shed eased firmed slipped dropped climbed jumped dipped edged'.split(' '),
);
/** Units of a share price's move (no "percent": a leader's poll rating moves so; no "pounds": a weight). */
const PRICE_UNITS = new Set(
  'dollars dollar cents cent pence yen marks pfennigs pfennig francs centimes'.split(' '),
);
const FIGURE = /^\d[\d.,]*$/;
/** Small moves spelled out, as a London market report writes them: "Hanson fell six pence". */
const SPELLED_FIGURES = new Set(
  'one two three four five six seven eight nine ten eleven twelve fifteen twenty half'.split(' '),
);
/** A figure of a New York share's move in fractions of a dollar: the "1" and "8" of "Kmart fell 1/8 to 9-7/8". */
const DIGITS = /^\d{1,2}$/;
/**
 * "Cheung Kong rose 1.50 dollars", "Swire Pacific fell 25 cents": after the name ending at `index`, a verb of a
 * move, a figure and a unit of a price: a share's move, so the name is the listed firm's (orgs51, wild50 E11).
 */
export function shareMoveAfter(ctx: Context, field: Field, index: number): boolean {
  if (!SHARE_MOVES.has(lowerTokenText(ctx, field, index + 1))) return false;
  const figure = tokenText(ctx, field, index + 2);
  // ("Kmart fell 1/8 to 9-7/8", "rose 3/4 at 35": a fraction, split into its figures, and the price it moved to.)
  if (
    DIGITS.test(figure) &&
    tokenText(ctx, field, index + 3) === '/' &&
    DIGITS.test(tokenText(ctx, field, index + 4))
  ) {
    const after = lowerTokenText(ctx, field, index + 5);
    return (after === 'to' || after === 'at') && startsWithDigit(tokenText(ctx, field, index + 6));
  }
  if (!FIGURE.test(figure) && !SPELLED_FIGURES.has(lowerCased(figure))) return false;
  if (!PRICE_UNITS.has(lowerTokenText(ctx, field, index + 3))) return false;
  // "November Brent rose 20 cents to 21.50 dollars a barrel", "Urals fell 5 cents": an oil grade or a crop is priced
  // by its measure, a share is not (read51 R19).
  for (let i = index + 4; i <= index + COMMODITY_WINDOW; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (word === '' || word === '.' || word === ';') break;
    if (COMMODITY_MEASURES.has(word)) return false;
  }
  return true;
}
/** How far after the unit a commodity's measure is looked for: "… to 21.50 dollars a barrel". */
const COMMODITY_WINDOW = 9;
/** A commodity's measure after its price: "a barrel", "per tonne", "an ounce". */
const COMMODITY_MEASURES = new Set(
  'barrel barrels bbl tonne tonnes ton tons ounce ounces oz bushel bushels lb lbs gallon gallons'.split(' '),
);
