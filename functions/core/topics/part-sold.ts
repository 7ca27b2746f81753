import type { TagDocument } from '../text/document.js';
import { sentenceTextOf } from '../text/sentences.js';

/**
 * A firm's part changing hands: a verb of selling or buying, up to four words, then a unit, division,
 * subsidiary, business, operations, assets, plant, stake or interest ("TO SELL UNIT TO VICON", "sold its
 * subsidiaries engaged in pipeline operations", "agreed to buy a 34 pct interest in", "the sale of its
 * Cambridge, Ohio, business"), or a firm's studios ("Netflix Agrees To Buy Warner Bros Studios": a takeover before
 * the films they make); one studio only after film/game/animation/TV ("buys game studio"), as a lone "studio" is
 * a product or a home ("buy the Mac Studio", "bought a studio in Brooklyn"). Not a firm as the object: "buy dollars by companies" is the currency's; not a studio
 * flat or apartment (a home). Not the first word of a hyphened compound ("sells plant-based burgers",
 * "interest-rate futures").
 * topics49 (wild49 T1): a stake "snapped up", a business spun off ("will spin off its ice cream business": a demerger), a
 * share written with a per cent sign ("buy a 49% stake in").
 * Groups: 1 the verb, 2 the words between, 3 the part.
 */
const PART_SOLD =
  /\b(sells?|sold|selling|sale of|buys?|bought|buying|purchased?|purchases|purchasing|snap(?:s|ped)? up|spin(?:s|ning)? off|spun off)\s+((?:[\w.'&%-]+,?\s+){0,4}?)(units?|divisions?|subsidiar(?:y|ies)|business(?:es)?|operations|assets|plants?|stake|interest|studios|(?<=\b(?:film|games?|gaming|animation|television|tv|movie)\s)studio)\b(?!-|\s+(?:rates?|flats?|apartments?)\b)/gi;

/**
 * A count before "units", at most two words between (not "of its"): items sold, not a firm's unit ("sold 1.2 million units",
 * "sold 780,000 units", "sold more units", "sold 4.0 million equivalent album units"); "sold its 80 pct-owned
 * unit" keeps its unit.
 */
const COUNT_BEFORE =
  /(?:^|\s)(?:[\d.,]*\d|hundreds?|thousands?|millions?|billions?|mln|bln|more|fewer)\s+(?:(?!(?:of|its|their|the)\s|[\w-]*(?:pct|percent|owned))[\w'-]+\s+){0,2}$/i;

/**
 * Markets' and sales desks' words, not a part sold: "buying interest" and "selling interest" (demand in a
 * market report; a stake bought is "a 30 percent interest", "its interest", or a headline's "sells interest
 * in"), and units counted ("sold 2.4 million units").
 */
function isMarketOrSalesWords(verb: string, between: string, part: string): boolean {
  const first = part.charCodeAt(0) | 0x20;
  if (first === 0x69 /* i */) return between === '' && verb.toLowerCase().endsWith('ing');
  if (first === 0x75 /* u */) return between !== '' && COUNT_BEFORE.test(between);
  return false;
}

/** The start of each of PART_SOLD's verbs. */
const SALE_VERB = /\b(?:sel|sol|sale|buy|bought|purchas|snap|spin|spun)/i;

function partSoldIn(text: string): string | undefined {
  // Without a verb the long pattern is not run (nor compiled: V8 compiles a pattern the first time it runs).
  if (!SALE_VERB.test(text)) return undefined;
  for (const match of text.matchAll(PART_SOLD)) {
    if (!isMarketOrSalesWords(match[1] ?? '', match[2] ?? '', match[3] ?? '')) return match[0];
  }
  return undefined;
}

/**
 * The headline or the lead tells of a firm's part sold or bought: a merger or acquisition as a desk files
 * it (divestments and stake purchases included) where the story has none of the merger words (acquire,
 * takeover, merger). Returns the words, quoted as written, or undefined.
 */
export function partSoldInTitleOrLead(doc: TagDocument, lead: number): string | undefined {
  const inTitle = partSoldIn(doc.title.text);
  if (inTitle) return inTitle;
  return partSoldIn(sentenceTextOf(doc.body, lead));
}
