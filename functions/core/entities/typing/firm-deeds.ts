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
