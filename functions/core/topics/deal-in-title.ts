import type { TopicNode } from './compile.js';
import { titleSubject } from './signals.js';

/** A headline's word of buying a company or merging: "TO BUY U.S. FIRM", "agrees takeover", "to merge". */
const BUYING =
  /\b(?:buys?|bought|acquir(?:e[sd]?|ing)|acquisitions?|takeover|takes? over|merge[sd]?|merger|buyout|stake)\b/i;
/**
 * Goods or securities bought, not a firm: "CHINA BUYS U.S. WHEAT, SOYBEANS", "TO BUY 1.5 MLN TONNES",
 * "Investors buy bonds" (read22 F12: grain and bond wires also tell of a takeover elsewhere in the story).
 */
const GOODS =
  /^(?:\s+(?:more|some|the|U\.S\.|US|EC|[\d.,/-]+|mln|bln|million|billion|tonnes?|tons?|bushels?|barrels?|bales?|ounces?|of))*\s+(?:wheat|grains?|corn|maize|soy\w*|sugar|rice|cotton|barley|oats|sorghum|oil|crude|gas|coal|gold|silver|copper|bonds?|treasur\w*|debt|gilts|notes|bills|dollars?|yen|euros?|currenc\w+|jets|planes|aircraft)\b/i;
/** A merger word this clear somewhere in the story (acquire, stake, takeover): a firm is bought, not wheat. */
const MIN_DEAL_WORD = 2;
/** How far above the strongest other economy subtopic the deal is put: a tenth of a weak word. */
const DEAL_FIRST_MARGIN = 0.1;

/**
 * A deal in the headline's subject ("BRITAIN'S RACAL TO BUY U.S. FIRM FOR 120 MLN DLRS", "Carlisle Foods to
 * acquire Baxter Dairy") of a story with a clear merger word is filed under merger or acquisition before
 * the target's profit and sales the story quotes, or the shares it moved (review21 r21-09): the deal node
 * and its ancestors below the top level are put just above every other economy subtopic, never above the
 * top level. A headline that buys wheat or bonds has no merger word in its story,
 * and a results report ("4TH QTR NET") no buying word in its headline. Only subtopics move.
 */
/** The headline's subject buys or merges a company, not goods or securities ("EA buys stake in Ubisoft"). */
export function dealInTitle(title: string): boolean {
  const head = titleSubject(title);
  const buying = BUYING.exec(head);
  return buying !== null && !GOODS.test(head.slice(buying.index + buying[0].length));
}

export function dealBeforeResults(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  strongest: Float64Array,
  deal: number,
  title: string,
): void {
  if ((strongest[deal] ?? 0) < MIN_DEAL_WORD || !dealInTitle(title)) return;
  const chain: number[] = [];
  let economy = deal;
  for (; (nodes[economy]?.parent ?? -1) >= 0; economy = nodes[economy]?.parent ?? -1) chain.push(economy);
  // The strongest economy subtopic off the deal's own chain.
  let other = 0;
  for (let i = 0; i < nodes.length; i++) {
    if ((raw[i] ?? 0) <= other || i === economy || chain.includes(i)) continue;
    let root = i;
    while ((nodes[root]?.parent ?? -1) >= 0) root = nodes[root]?.parent ?? -1;
    if (root === economy) other = raw[i] ?? 0;
  }
  const target = Math.min(raw[economy] ?? 0, other + DEAL_FIRST_MARGIN);
  for (const n of chain) if ((raw[n] ?? 0) < target) raw[n] = target;
}
