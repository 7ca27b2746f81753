import type { TagDocument } from '../text/document.js';

/**
 * A firm's part changing hands: a verb of selling or buying, up to four words, then a unit, division,
 * subsidiary, business, operations, assets, plant, stake or interest ("TO SELL UNIT TO VICON", "sold its
 * subsidiaries engaged in pipeline operations", "agreed to buy a 34 pct interest in", "the sale of its
 * Cambridge, Ohio, business"). Not a firm as the object: "buy dollars by companies" is the currency's.
 */
const PART_SOLD =
  /\b(?:sells?|sold|selling|sale of|buys?|bought|buying|purchased?|purchases|purchasing)\s+(?:[\w.'&-]+,?\s+){0,4}?(?:units?|divisions?|subsidiar(?:y|ies)|business(?:es)?|operations|assets|plants?|stake|interest)\b(?!\s+rates?\b)/i;

/**
 * The headline or the lead tells of a firm's part sold or bought: a merger or acquisition as a desk files
 * it (divestments and stake purchases included) where the story has none of the merger words (acquire,
 * takeover, merger). Returns the words, quoted as written, or undefined.
 */
export function partSoldInTitleOrLead(doc: TagDocument, lead: number): string | undefined {
  const inTitle = PART_SOLD.exec(doc.title.text);
  if (inTitle) return inTitle[0];
  const sentence = doc.body.sentences[lead];
  if (!sentence) return undefined;
  return PART_SOLD.exec(doc.body.text.slice(sentence.start, sentence.end))?.[0];
}
