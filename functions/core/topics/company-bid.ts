import { type TagDocument, toldIn } from '../text/document.js';

/**
 * A bid for a company: a takeover, a buyout, an acquisition, a merger, or bids, bidding or offers "for" (or the sale of) a
 * studio, a company, a business, a unit or its shares ("Comcast has joined the bidding for Warner Bros Discovery's film studio").
 * An auction's bidders compete for a painting, a lot or a house: none of these.
 */
const COMPANY_BID =
  /\b(?:takeover|take-over|buyout|buy-out|acquisition|merger|(?:(?:bids?|bidding|offers?)\s+for|sale of)\s+(?:[\w'\u2019&.-]+\s+){0,5}?(?:studios?|company|companies|business|group|firm|unit|division|network|chain|assets|stake|shares|operator|maker|owner))\b/i;

/**
 * The story tells a bid for a company (read33 F10): a film studio's bidders are a takeover's even where the films
 * make the arts lead (senses.ts keeps "bidder(s)" in business then).
 */
export function companyBidTold(doc: TagDocument): boolean {
  return toldIn(doc, COMPANY_BID);
}
