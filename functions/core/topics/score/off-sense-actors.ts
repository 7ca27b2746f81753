import type { LexiconEntry } from '../compile.js';
import { ACTOR_BITS, type ActorMasks } from '../frames.js';
import type { PhraseHits } from '../match.js';
import { COMPILED_FRAMES, nodes } from './lexicon.js';

/**
 * An actor whose sense the story did not take ("defense" in a murder trial is the defence counsel, "Nvidia"
 * in a fund's results a share) frames nothing: where the article has such an actor, it is matched again
 * with those actors masked out, and the framed counts of that pass replace the first pass's. Only such
 * articles pay the second pass. An actor is masked only for the frames whose target lies under a top level
 * it lost its sense in: drones that are no technology in a war story still frame the refinery they struck as
 * war news (topics41).
 */
export function reframeWithoutOffSenseActors(
  hits: Map<LexiconEntry, PhraseHits>,
  offSense: ReadonlyMap<number, ReadonlySet<string>>,
  actorMask: ActorMasks,
  matchAll: (into: Map<LexiconEntry, PhraseHits>, masks: ActorMasks) => unknown,
): void {
  // Per off-sense actor, the actor bits of the frames it no longer frames.
  let offActors: Map<LexiconEntry, number> | undefined;
  for (const entry of hits.keys()) {
    const bits = (actorMask.get(entry) ?? 0) & ACTOR_BITS;
    if (!bits) continue;
    let off = 0;
    for (const [node, phrases] of offSense)
      if (phrases.has(entry.phrase)) off |= framesUnder(topLevelOf(node)) & bits;
    if (off) {
      offActors ??= new Map();
      offActors.set(entry, off);
    }
  }
  if (!offActors) return;
  const skip = offActors;
  const again = new Map<LexiconEntry, PhraseHits>();
  matchAll(again, {
    get: (entry) => {
      const mask = actorMask.get(entry);
      // An off-sense actor keeps its blocker bits and the frames of the senses it kept.
      const off = skip.get(entry);
      return mask !== undefined && off ? mask & ~off || undefined : mask;
    },
  });
  for (const [entry, h] of hits) {
    const framed = again.get(entry)?.framed;
    if (framed) h.framed = framed;
    else delete h.framed;
  }
}

/** A node's top level. */
function topLevelOf(node: number): number {
  let top = node;
  while ((nodes[top]?.parent ?? -1) >= 0) top = nodes[top]?.parent ?? -1;
  return top;
}

/** Actor bits of the frames whose target lies under `top`. */
function framesUnder(top: number): number {
  let bits = 0;
  COMPILED_FRAMES.targetTops.forEach((t, f) => {
    if (t === top) bits |= 1 << f;
  });
  return bits;
}
