import { leansToRival, type Sense, type SenseCue, senseUnder } from '../senses.js';
import { type PendingGain, vouchedInDoubt } from '../words-in-doubt.js';
import { sensesOf } from './lexicon.js';
import type { Scoring } from './scoring.js';
import { senseCueHolds } from './sense-cues.js';
import { weightOfHits } from './weights.js';

/**
 * Adds each matched word's weight to the nodes it names; returns the gains of words whose sense is not settled yet:
 * [entry, sense, node, weighted gain, gain].
 */
export function weighWords(s: Scoring): PendingGain[] | undefined {
  const { raw, strongest } = s;
  let pending: PendingGain[] | undefined;
  for (const [entry, h] of s.hits) {
    const weight = weightOfHits(h);
    const { gains } = entry;
    const senses = sensesOf(entry);
    for (let k = 0; k < gains.length; k += 2) {
      const node = gains[k] ?? 0;
      const gain = gains[k + 1] ?? 0;
      const sense = senses && senseUnder(senses, node);
      if (sense) {
        pending ??= [];
        pending.push([entry, sense, node, weight * gain, gain]);
        continue;
      }
      raw[node] = (raw[node] ?? 0) + weight * gain;
      if (gain > (strongest[node] ?? 0)) strongest[node] = gain;
    }
  }
  return pending;
}

/** Whether a story fact that settles a word's sense holds, read once per story. */
function cueHolds(s: Scoring, cue: SenseCue): boolean {
  let holds = s.cues.get(cue);
  if (holds === undefined) {
    holds = senseCueHolds(cue, s.doc, s.entities, s.countries, s.naturalDeaths);
    s.cues.set(cue, holds);
  }
  return holds;
}

function usableSense(s: Scoring, sense: Sense): boolean {
  return sense.onlyWhen === undefined || cueHolds(s, sense.onlyWhen);
}

/**
 * Gives the words in doubt their weight where the story keeps their sense; the others' nodes and phrases go to
 * `s.offSense`.
 */
export function settleSenses(s: Scoring, pending: PendingGain[] | undefined): void {
  const { raw, strongest } = s;
  const usable = (sense: Sense) => usableSense(s, sense);
  // A desk told only through words in doubt: they vouch for one another.
  const vouched = pending && vouchedInDoubt(pending, raw, usable);
  // Words a sport's disciplines share (senses.ts `undecided`) are weighed last, once the story's other words in doubt
  // ("aces", "served") have settled on their desks: "Top seed Sinner served 12 aces" keeps tennis for its seed.
  const settled = pending && [
    ...pending.filter((p) => !p[1].undecided),
    ...pending.filter((p) => p[1].undecided),
  ];
  for (const [entry, sense, node, weighted, gain] of settled ?? []) {
    if (
      !usable(sense) ||
      (!vouched?.get(sense)?.has(entry) &&
        leansToRival(raw, sense, 0, false, strongest) &&
        // A fact of the story keeps the sense against every rival, or those the row names (`keptAgainst`).
        !(sense.keptBy && cueHolds(s, sense.keptBy) && !leansToRival(raw, sense, 0, true, strongest)))
    ) {
      // By node, then phrase: a key string made per pair was hashed again at every look-up.
      s.offSense ??= new Map();
      let phrases = s.offSense.get(node);
      if (!phrases) {
        phrases = new Set();
        s.offSense.set(node, phrases);
      }
      phrases.add(entry.phrase);
      continue;
    }
    raw[node] = (raw[node] ?? 0) + weighted;
    if (gain > (strongest[node] ?? 0)) strongest[node] = gain;
  }
}
