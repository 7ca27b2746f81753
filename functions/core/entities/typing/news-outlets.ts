// News outlets named by a word as the source of a report ("Dawn reported on Monday that …", "Punch reported that",
// "The Star reported …"), which no list holds: papers, sites and channels of every country are named by ordinary
// words, given names or words no list knows (wild59: they were dropped or typed as people).
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';
import { personPronounNext } from './pronouns.js';
import { CALENDAR_WORD, tokenBits } from './token-bits.js';

/** What follows an outlet's "reported": what it reported, when, from whom, or the attribution's end. */
const AFTER_REPORTED = new Set(['that', 'late', 'earlier', 'last', 'citing', 'quoting', ',', '.']);
/**
 * Words that report as no one outlet: the kinds of media ("Television reported that", "State media reported"), and
 * what opens a noun phrase of reports ("Press reports that …", "Other reports said": read only "reported" for that).
 */
const NO_OUTLET = new Set(
  'television tv radio press media newspapers papers state local other some many market officials police'.split(
    ' ',
  ),
);

/**
 * Whether the name ending at token `index` reports as an outlet does: "Dawn reported on Monday that", "Punch
 * reported that", "…, Vanguard reported." ("Kamau reported a loss of his cattle", "Smith reported him to the
 * police": a person reports something or someone; "Jones reported that his car was stolen" is taken up as one).
 */
export function outletReportsAfter(ctx: Context, field: Field, index: number): boolean {
  if (
    lowerTokenText(ctx, field, index + 1) !== 'reported' ||
    NO_OUTLET.has(lowerTokenText(ctx, field, index))
  )
    return false;
  const next = lowerTokenText(ctx, field, index + 2);
  // "reported on Monday that", "reported on Friday," (not "reported on the fire": what it covered may be a person's).
  const reportsAsOutlet =
    AFTER_REPORTED.has(next) || (next === 'on' && (tokenBits(ctx, field, index + 3) & CALENDAR_WORD) !== 0);
  return reportsAsOutlet && !personPronounNext(ctx, field, index);
}
