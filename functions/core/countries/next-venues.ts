import type { Country } from '../schema.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';

/**
 * "Both sides agreed to meet again in Rome later this month", "the next regular board session will be in Indonesia
 * June 1-5", "next round in Rome" (a headline): the venue of a meeting still to come, after the one the story
 * reports, hosts no part of what the story says (wild42 ★5). Named only so, a country pairs with no one: IT-IR and
 * IT-OM scored .80 in a story on talks in Muscat, and a commodity council's next session put Indonesia in 14 pairs
 * on reuters-dev. The story's own meeting ("ministers to meet in Bahrain", "due to meet in Vienna") is not a later
 * one and keeps its venue.
 */
const NEXT_VENUE_BEFORE =
  /\b(?:meet(?:ing)?\s+again|reconven(?:e|es|ed|ing)|(?:next|another|further)\s+(?:[a-z]+\s+){0,2}?(?:round|meeting|session|summit|talks|negotiations)(?:\s+of\s+(?:talks|negotiations))?(?:\s+(?:will|would|is\s+to|is\s+due\s+to|are\s+to|is\s+expected\s+to|to)\s+be)?(?:\s+held)?)\s+(?:in|at)\s+(?:the\s+)?$/i;
/** A word every match of NEXT_VENUE_BEFORE holds, asked first: a text without one never compiles the long pattern. */
const LATER_WORD = /again|reconven|next|another|further/i;

/** Whether every mention of the country, outside the dateline, names the venue of a later meeting. */
export function namedOnlyAsNextVenue(doc: TagDocument, c: Country): boolean {
  let named = false;
  for (const m of c.mentions) {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    const text = fieldOf(doc, m.field).text;
    const before = text.slice(Math.max(0, m.start - 90), m.start);
    if (!LATER_WORD.test(before) || !NEXT_VENUE_BEFORE.test(before)) return false;
    named = true;
  }
  return named;
}
