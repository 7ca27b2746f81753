import type { LexiconEntry } from './compile.js';
import { leansToRival, type Sense } from './senses.js';

/** A gain whose sense is not settled yet: [entry, sense, node, weighted gain, gain] (score.ts). */
export type PendingGain = [LexiconEntry, Sense, number, number, number];

/** Only clear words of a desk (lexicon weight ≥ 2) vouch for one another. */
const MIN_GAIN = 2;

/**
 * Words in doubt that vouch for one another (review30 T1). A word whose sense the story decides (senses.ts)
 * keeps it where the rest of the article does not lean to a rival more than to the word's own desk. When
 * every word of that desk is such a word — "Indian and Chinese troops clashed on the disputed border,
 * leaving 20 soldiers injured": troops, soldiers, clashed — the rest holds nothing of the desk, and any
 * rival word took them all (the disaster's "injured" took the troops, the politics of "disputed" took
 * "clashed"), so the story had no conflict topic. There, the desk's other clear words in doubt stand in for
 * the rest: a word keeps its sense when no rival outweighs them (the spellings of one word, a sense row's
 * words, vouch for nothing). A word whose rivals do outweigh them drops
 * out, and the others are weighed again without it, so words that are all in another sense (a tennis
 * report's "game" and "net") do not hold one another up.
 *
 * Returns, per sense, the lexicon entries the story's other words vouched for; `usable` says whether a
 * sense may keep its words at all (its `onlyWhen` cue).
 */
export function vouchedInDoubt(
  pending: readonly PendingGain[],
  raw: Float64Array,
  usable: (sense: Sense) => boolean,
): Map<Sense, Set<LexiconEntry>> | undefined {
  let desks: Map<number, PendingGain[]> | undefined;
  for (const gain of pending) {
    const [, sense, node, , weight] = gain;
    // The word's gain on its desk itself, where the rest of the article holds nothing of that desk.
    if (node !== sense.topic || weight < MIN_GAIN || (raw[node] ?? 0) > 0 || !usable(sense)) continue;
    desks ??= new Map();
    const words = desks.get(node);
    if (words) words.push(gain);
    else desks.set(node, [gain]);
  }
  if (!desks) return undefined;
  let vouched: Map<Sense, Set<LexiconEntry>> | undefined;
  for (let words of desks.values()) {
    for (;;) {
      // By sense row: the spellings of one word ("injury", "injured") do not vouch for one another.
      const bySense = new Map<Sense, number>();
      let total = 0;
      for (const [, sense, , weighted] of words) {
        total += weighted;
        bySense.set(sense, (bySense.get(sense) ?? 0) + weighted);
      }
      if (bySense.size < 2) {
        words = [];
        break;
      }
      const kept = words.filter(([, sense]) => !leansToRival(raw, sense, total - (bySense.get(sense) ?? 0)));
      if (kept.length === words.length) break;
      words = kept;
    }
    if (words.length === 0) continue;
    vouched ??= new Map();
    for (const [entry, sense] of words) {
      const entries = vouched.get(sense);
      if (entries) entries.add(entry);
      else vouched.set(sense, new Set([entry]));
    }
  }
  return vouched;
}
