// The firm a deal or an analyst's note is about: "a bid for Ashanti Goldfields", "its offer for Thomson Multimedia",
// "raised its rating on Elf Aquitaine".
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';

/**
 * What one firm makes for another: "a bid", "an offer", "a counterbid" (wild53 Y2). Company news names the
 * target right after "for" ("no plans to bid for Hanson", "a rival offer for Purolator"); a sports page's
 * bids are for players, and are left to the sports rules.
 */
const TAKEOVER_NOUNS = new Set([
  'bid',
  'bids',
  'offer',
  'offers',
  'counterbid',
  'counter-bid',
  'counteroffer',
  'counter-offer',
  'takeover',
]);

/** An analyst's or an agency's grade of a firm's shares or debt: "raised its rating on", "ratings on". */
const RATING_NOUNS = new Set(['rating', 'ratings']);

/**
 * Whether the token at `index` ends "bid for" or "offer for" ("for" at `index`), or "rating on" ("on" at `index`;
 * not an "approval rating"), on a page that is no sports page: the name after it is the firm bid for or rated.
 */
export function takeoverObjectAfter(ctx: Context, field: Field, index: number): boolean {
  if (ctx.sports) return false;
  const word = lowerTokenText(ctx, field, index);
  if (word === 'for') return TAKEOVER_NOUNS.has(lowerTokenText(ctx, field, index - 1));
  return (
    word === 'on' &&
    RATING_NOUNS.has(lowerTokenText(ctx, field, index - 1)) &&
    lowerTokenText(ctx, field, index - 2) !== 'approval'
  );
}
