// Firms by what they do beside their name: report results ("Hindustan Unilever reported a 5% rise in profit"),
// make or own things (", which makes the K2 tank"), have shares (", whose shares"), deal with other firms
// ("Google pays Apple"). Moved from classify.ts (session 45).
import type { Field } from '../../schema.js';
import { endsWithText, lowerCased } from '../../text/chars.js';
import { GAZETTEER, isBrandWord } from '../lexicon.js';
import { type Context, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { FIRM_PRODUCTS } from './products-and-models.js';
import { SENTENCE_END, tokenBits } from './token-bits.js';

/** Whether ", whose" and a firm's shares or results follow the word at `index` ("Apple, whose shares rose"). */
export function firmsWhoseAfter(ctx: Context, field: Field, index: number): boolean {
  return (
    tokenText(ctx, field, index + 1) === ',' &&
    lowerTokenText(ctx, field, index + 2) === 'whose' &&
    FIRM_PRODUCTS.has(lowerTokenText(ctx, field, index + 3))
  );
}
/** Verbs a firm reports its results by. */
const RESULTS_VERBS = new Set('reported reports posted posts booked books'.split(' '));
const NOUN_PREPOSITIONS = new Set(['from', 'of', 'about', 'on', 'that', 'in', 'by']);
/** A firm's results. */
const FIRM_RESULTS = new Set(
  'profit profits revenue revenues earnings sales loss losses turnover ebitda'.split(' '),
);
/**
 * "Safaricom reported a 12% rise in half-year profit": a verb of reporting results right after the name at
 * `index`, and a firm's result before the clause ends (within ten tokens).
 */
export function firmResultsAfter(ctx: Context, field: Field, index: number): boolean {
  const verb = lowerTokenText(ctx, field, index + 1);
  if (!RESULTS_VERBS.has(verb)) return false;
  // ("Dismal reports from the retail trade about Christmas sales": the plural noun before its preposition.)
  if (endsWithText(verb, 's') && NOUN_PREPOSITIONS.has(lowerTokenText(ctx, field, index + 2))) return false;
  for (let i = index + 2; i < index + 12; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (FIRM_RESULTS.has(word)) return true;
    if (word === ',' || word === '' || tokenBits(ctx, field, i) & SENTENCE_END) return false;
  }
  return false;
}
/**
 * What a firm plans, does or reports to what it owns, right after its name: "Velran plans to cut its roster",
 * "Kelvane expects its sales to rise", "Kelvane agreed to sell its unit", "Kelvane raised its dividend".
 */
export const FIRM_OWNER_VERBS = new Set(
  `plans planned intends intended expects expected aims agreed wants hopes raised lowered cut boosted sold bought
  closed completed launched increased reduced posted reported doubled halved suspended`.split(/\s+/),
);
/**
 * What a firm owns, sells or reports, after its "its": a town raises "its council tax" and a state cuts "its interest
 * rates" too (read55), so only these make the owner a firm.
 */
const FIRM_OBJECTS = new Set(
  `prices dividend dividends forecast forecasts outlook guidance stake stakes holding holdings shares jobs workforce
  staff output production sales earnings profit profits revenue revenues unit units subsidiary subsidiaries plant
  plants factory factories stores shops branches offer bid suppliers products brand brands customers capacity`.split(
    /\s+/,
  ),
);
/**
 * "Velran plans to cut its roster of 2,300 suppliers", "Kelvane expects its sales to rise": the first "its" within
 * eight tokens after the name at `index`, then a firm's object within five tokens of it, in the same clause.
 */
export function firmObjectOfIts(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; i < index + 9; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (word === ',' || word === '' || tokenBits(ctx, field, i) & SENTENCE_END) return false;
    if (word !== 'its') continue;
    for (let j = i + 1; j < i + 6; j++) {
      const object = lowerTokenText(ctx, field, j);
      if (FIRM_OBJECTS.has(object)) return true;
      if (object === ',' || object === '' || tokenBits(ctx, field, j) & SENTENCE_END) return false;
    }
    return false;
  }
  return false;
}
/** Verbs of making a bid: "launched a hostile bid", "made a $2 billion offer". */
const BID_VERBS = new Set('launched launches made makes lodged tabled submitted'.split(' '));
const BIDS = new Set(['bid', 'offer']);
/**
 * "Kelvane launched a hostile bid for Dorvan", "Kelvane made a $2 billion offer for Dorvan Corp": right after the
 * name at `index`, a verb of making a bid, the bid (within six tokens of its clause) and "for" a capitalised name
 * ("launched a bid for the leadership" is a politician's).
 */
export function bidForFirmAfter(ctx: Context, field: Field, index: number): boolean {
  if (!BID_VERBS.has(lowerTokenText(ctx, field, index + 1))) return false;
  for (let i = index + 2; i < index + 8; i++) {
    const word = lowerTokenText(ctx, field, i);
    if (BIDS.has(word))
      return lowerTokenText(ctx, field, i + 1) === 'for' && startsWithCapital(tokenText(ctx, field, i + 2));
    if (word === ',' || word === '' || tokenBits(ctx, field, i) & SENTENCE_END) return false;
  }
  return false;
}

/** What a maker does, after ", which": "which makes the K2 tank", "which owns Zara". */
const MAKER_VERBS = new Set(
  'makes made produces produced builds built manufactures manufactured owns owned operates runs sells supplies designs develops'.split(
    ' ',
  ),
);
/**
 * "Hyundai Rotem, which makes the K2 tank,": ", which" and a verb of what a firm makes, owns or runs after the
 * name at `index` (a person is taken up by "who"; a place does not make things).
 */
export function makerClauseAfter(ctx: Context, field: Field, index: number): boolean {
  return (
    tokenText(ctx, field, index + 1) === ',' &&
    lowerTokenText(ctx, field, index + 2) === 'which' &&
    MAKER_VERBS.has(lowerTokenText(ctx, field, index + 3))
  );
}
/** What one firm does to another: "Google pays Apple", "Microsoft sued Google", "Samsung supplies Apple". */
const FIRM_DEALINGS = new Set(
  'pays paid sues sued supplies supplied acquires acquired buys bought licenses licensed overtook overtakes'.split(
    ' ',
  ),
);
/**
 * "Google pays Apple billions of dollars a year": a brand named by an ordinary word right after what one firm
 * does to another, done by a firm the lists know or a brand, is a firm too (Apple was dropped as the word).
 */
export function firmDealsWithBrand(ctx: Context, field: Field, index: number): boolean {
  if (!FIRM_DEALINGS.has(lowerTokenText(ctx, field, index - 1))) return false;
  const doer = tokenText(ctx, field, index - 2);
  if (!startsWithCapital(doer)) return false;
  return isBrandWord(doer) || GAZETTEER.get(lowerCased(doer))?.kind === 'organization';
}

/** Who trades shares in a market report: "Investors sold Apple", "Traders bought Kelvane". */
const MARKET_TRADERS = new Set('investors traders funds speculators dealers'.split(' '));
/** What traders do to a firm's shares. */
const TRADING_VERBS = new Set(
  'sold bought dumped shunned favoured favored sell buy dump shun favour favor'.split(' '),
);
/**
 * "Investors sold Mercedes and Apple", "Traders bought Kelvane, Dorvan and Orlin": the names right after market
 * traders and a verb of trading (the first, or a later one of the list it opens) are the firms whose shares change
 * hands; people are not bought or sold there.
 */
export function tradedByInvestors(ctx: Context, field: Field, index: number): boolean {
  let i = index - 1;
  // Back over the earlier names of a list: "Mercedes and", "Kelvane ,".
  for (let k = 0; k < 4; k++) {
    const before = lowerTokenText(ctx, field, i);
    if (before !== 'and' && before !== ',') break;
    i--;
    while (i >= 0 && startsWithCapital(tokenText(ctx, field, i)) && index - i < 12) i--;
  }
  return (
    TRADING_VERBS.has(lowerTokenText(ctx, field, i)) && MARKET_TRADERS.has(lowerTokenText(ctx, field, i - 1))
  );
}
