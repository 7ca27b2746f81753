import { compareText } from '../../text/compare.js';
import { sortInPlace } from '../../text/sort.js';
import type { LexiconEntry } from '../compile.js';
import type { PhraseHits } from '../match.js';
import { nodes } from './lexicon.js';
import { MAX_EVIDENCE, weightOfHits } from './weights.js';

/** One phrase's strongest contribution to a node, and the order in which that contribution came. */
interface Contribution {
  readonly surface: string;
  weight: number;
  order: number;
}

/**
 * Per node, the contributions found so far (a node's phrases are few: a list searched in order beats a
 * Map per node), reused by every call and emptied for the nodes the last call touched.
 */
const CONTRIBUTIONS: (Contribution[] | undefined)[] = new Array(nodes.length).fill(undefined);

const byStrength = (a: Contribution, b: Contribution): number =>
  b.weight - a.weight || compareText(a.surface, b.surface) || a.order - b.order;

/** Whether `node` is among the first `count` nodes given evidence (those of the topics' own words). */
function hasOwnWords(node: number, touched: readonly number[], count: number): boolean {
  for (let i = 0; i < count; i++) if (touched[i] === node) return true;
  return false;
}

/**
 * For each chosen node, the phrases that added most to it, strongest first (equal weights in collation
 * order, then in the order they came). Each phrase is listed once, at its strongest contribution.
 */
export function evidenceFor(
  chosen: ReadonlySet<number>,
  hits: ReadonlyMap<LexiconEntry, PhraseHits>,
  framedWeight: readonly [number, string, number][],
  offSense: ReadonlyMap<number, ReadonlySet<string>> | undefined,
): Map<number, string[]> {
  // Per node, each surface once: sorting every contribution and dropping repeats afterwards gave the same
  // list for several times the work.
  const found = CONTRIBUTIONS;
  const touched: number[] = [];
  let order = 0;
  const add = (node: number, surface: string, weight: number) => {
    let list = found[node];
    if (list === undefined) {
      list = [];
      found[node] = list;
      touched.push(node);
    }
    let known: Contribution | undefined;
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as Contribution;
      if (c.surface === surface) {
        known = c;
        break;
      }
    }
    if (!known) list.push({ surface, weight, order: order++ });
    else if (weight > known.weight) {
      known.weight = weight;
      known.order = order++;
    } else order++;
  };
  for (const [entry, h] of hits) {
    const { gains } = entry;
    let weight: number | undefined;
    for (let k = 0; k < gains.length; k += 2) {
      const node = gains[k] ?? -1;
      const gain = gains[k + 1] ?? 0;
      // A phrase of weight 0 ("his family said") only keeps its words from being read alone.
      if (gain === 0 || !chosen.has(node) || offSense?.get(node)?.has(entry.phrase)) continue;
      weight ??= weightOfHits(h);
      add(node, h.surface, weight * gain);
    }
  }
  // wild39a ★6: the evidence is read as the topic's reason, so a frame's moved words are listed only where the
  // topic has no word of its own: "tariffs", "analysts" and "cost" said of Apple moved weight to information
  // technology, but its reasons are "iPhone" and "Apple". A topic a frame alone raised (government policy
  // told through a minister's crime words) shows the moved words. Its ancestors were raised by the same
  // words, and show them on the same terms.
  const ownWords = touched.length;
  for (const [target, surface, weight] of framedWeight)
    for (let n = target; n >= 0; n = nodes[n]?.parent ?? -1)
      if (chosen.has(n) && !hasOwnWords(n, touched, ownWords)) add(n, surface, weight);
  const evidence = new Map<number, string[]>();
  for (const node of touched) {
    const list = found[node] as Contribution[];
    found[node] = undefined;
    if (list.length > 1) sortInPlace(list, byStrength);
    const words: string[] = [];
    for (let i = 0; i < list.length && i < MAX_EVIDENCE; i++) words.push((list[i] as Contribution).surface);
    evidence.set(node, words);
  }
  return evidence;
}
