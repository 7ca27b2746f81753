import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import type { CountryMention } from './mentions.js';

/**
 * "WASHINGTON — Trump approves Nippon Steel's takeover of U.S. Steel", "NEW DELHI — Toyota Motor will buy a 20%
 * stake in India's Mahindra & Mahindra": a foreign firm that buys, bids for or merges with a firm of the country
 * the story was filed from is one side of a cross-border deal, and its home is the other country of the story
 * (read34 ★4). A firm abroad that only reports its own business still gives nothing (resolve.ts
 * withoutFirmsAbroad: "LONDON — Sumitomo Bank launched a eurobond").
 */
const TAKEOVER =
  /\b(?:takeovers?|take\s+over|acquisitions?|acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|merg(?:e|es|ed|er|ers|ing)|bids?\s+for|offers?\s+for|tender\s+offer|buyout|stake\s+in)\b/i;

/** The words between the firm and the other side: one clause ("Nippon Steel's $14.9 billion acquisition of U.S. Steel"). */
const MAX_GAP = 90;

/** "buy back shares": the firm buys its own. */
const BUYBACK = /\bbuy(?:ing|s)?[\s-]?backs?\b|\bbought\s+back\b/i;

/**
 * Whether a firm mention abroad is a side of a takeover, merger or stake purchase that the headline or the lead
 * sentence tells, with the country filed from named in the same sentence (its firm, its government, its people).
 */
export function isTakeoverParty(
  doc: TagDocument,
  m: CountryMention,
  found: readonly CountryMention[],
  datelineCode: string,
): boolean {
  const field = fieldOf(doc, m.field);
  let from = 0;
  let to = field.text.length;
  if (m.field === 'body') {
    const lead = sentenceAt(field.sentences, doc.storyStart);
    const sentence = sentenceAt(field.sentences, m.start);
    if (lead === undefined || sentence !== lead) return false;
    from = lead.start;
    to = lead.end;
  }
  return found.some((o) => {
    if (o.code !== datelineCode || o.field !== m.field || o.start < from || o.end > to) return false;
    if (isInInlineDateline(doc.dateline, o.field, o.start)) return false;
    // The deal word stands between the two sides: "Toyota cut its forecast as U.S. tariffs bite, and said it
    // would buy back shares" names a deal word, but no deal between Toyota and the U.S.; "Sony's U.S. unit agreed
    // to buy …" is the firm's own branch there.
    const gap = o.start >= m.end ? field.text.slice(m.end, o.start) : field.text.slice(o.end, m.start);
    return gap.length <= MAX_GAP && TAKEOVER.test(gap) && !BUYBACK.test(gap);
  });
}
