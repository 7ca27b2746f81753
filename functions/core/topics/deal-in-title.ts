import type { TopicNode } from './compile.js';
import { TITLE_ADJUNCT } from './signals.js';

/** A headline's word of buying a company or merging: "TO BUY U.S. FIRM", "agrees takeover", "to merge". */
const BUYING =
  /\b(?:buys?|bought|acquir(?:e[sd]?|ing)|acquisitions?|takeover|takes? over|merge[sd]?|merger|buyout|stake)\b/i;
/** A merger word this clear somewhere in the story (acquire, stake, takeover): a firm is bought, not wheat. */
const MIN_DEAL_WORD = 2;
/** How far above the strongest other economy subtopic the deal is put: a tenth of a weak word. */
const DEAL_FIRST_MARGIN = 0.1;

function rootOf(nodes: readonly TopicNode[], node: number): number {
  let root = node;
  while ((nodes[root]?.parent ?? -1) >= 0) root = nodes[root]?.parent ?? -1;
  return root;
}

/**
 * A deal in the headline's subject ("BRITAIN'S RACAL TO BUY U.S. FIRM FOR 120 MLN DLRS", "Carlisle Foods to
 * acquire Baxter Dairy") of a story with a clear merger word is filed under merger or acquisition before
 * the target's profit and sales the story quotes, or the shares it moved (review21 r21-09): where economy
 * leads, the deal node and its ancestors below the top level are put just above every other economy
 * subtopic, never above the top level. A headline that buys wheat or bonds has no merger word in its story,
 * and a results report ("4TH QTR NET") no buying word in its headline. Only subtopics move.
 */
export function dealBeforeResults(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  strongest: Float64Array,
  deal: number,
  title: string,
): void {
  if ((strongest[deal] ?? 0) < MIN_DEAL_WORD) return;
  const economy = rootOf(nodes, deal);
  const top = raw[economy] ?? 0;
  for (let i = 0; i < nodes.length; i++) if (nodes[i]?.level === 1 && (raw[i] ?? 0) > top) return;
  // The headline's subject: "Shares jump after rival's takeover bid" is about the shares.
  const adjunct = TITLE_ADJUNCT.exec(title);
  if (!BUYING.test(adjunct ? title.slice(0, adjunct.index) : title)) return;
  const chain = new Set<number>();
  for (let n = deal; n >= 0 && n !== economy; n = nodes[n]?.parent ?? -1) chain.add(n);
  let other = 0;
  for (let i = 0; i < nodes.length; i++)
    if ((raw[i] ?? 0) > other && (nodes[i]?.level ?? 1) > 1 && !chain.has(i) && rootOf(nodes, i) === economy)
      other = raw[i] ?? 0;
  const target = Math.min(top, other + DEAL_FIRST_MARGIN);
  for (const n of chain) if ((raw[n] ?? 0) < target) raw[n] = target;
}
