import type { Topic } from '../../schema.js';
import { sortInPlace } from '../../text/sort.js';
import { orderTopics } from '../order.js';
import { strongestTopLevel } from '../signals.js';
import { evidenceFor } from './evidence-for.js';
import { addFactsToEvidence } from './facts-in-evidence.js';
import { nodes } from './lexicon.js';
import type { Scoring, StoryEvidence } from './scoring.js';
import {
  MAX_SUBTOPICS,
  MAX_TOP_LEVELS,
  MIN_RAW_SUB,
  MIN_RAW_TOP,
  MIN_SATURATION_SUB,
  MIN_SHARE_TOP,
  MIN_STRONGEST_SUB,
} from './weights.js';

/** How much evidence a node has for the article's length (its words against `scale`), from 0 towards 1. */
function saturationOf(raw: Float64Array, i: number, scale: number): number {
  return 1 - Math.exp(-(raw[i] ?? 0) / scale);
}

/** The topics the weights choose, with their scores and evidence, in the order of `orderTopics`. */
export function topicsOf(
  s: Scoring,
  evidence: StoryEvidence,
  words: number,
  framedWeight: readonly [number, string, number][],
): Topic[] {
  const { raw } = s;
  const maxTop = strongestTopLevel(raw, nodes);
  if (maxTop < MIN_RAW_TOP) return [];
  const scale = 3 + words / 250;
  const chosen = chosenNodes(s, maxTop, scale);
  const wordsOf = evidenceFor(chosen, s.hits, framedWeight, s.offSense);
  const roots: string[] = [];
  const topics: Topic[] = [];
  for (const i of chosen) {
    let root = i;
    while ((nodes[root]?.parent ?? -1) >= 0) root = nodes[root]?.parent ?? -1;
    roots.push(nodes[root]?.id ?? '');
    const node = nodes[i] as (typeof nodes)[number];
    const reasons = wordsOf.get(i) ?? [];
    addFactsToEvidence(reasons, i, node, chosen, evidence);
    const score = saturationOf(raw, i, scale) * (0.5 + 0.5 * Math.min(1, (raw[i] ?? 0) / maxTop));
    const topic: Topic = {
      id: node.id,
      label: node.label,
      level: node.level,
      score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000,
    };
    // Set after, not spread into the literal: a spread after other properties is a slow generic copy.
    if (reasons.length) topic.evidence = reasons;
    topics.push(topic);
  }
  return orderTopics(topics, roots);
}

/**
 * The nodes reported, strongest first: up to `MAX_TOP_LEVELS` top levels with a share of the strongest, and up to
 * `MAX_SUBTOPICS` subtopics with one clear word and enough evidence, each with its ancestors.
 */
function chosenNodes(s: Scoring, maxTop: number, scale: number): Set<number> {
  const { raw, strongest } = s;
  const chosen = new Set<number>();
  const ranked: number[] = [];
  for (let i = 0; i < raw.length; i++) if ((raw[i] ?? 0) >= MIN_RAW_TOP) ranked.push(i);
  sortInPlace(ranked, (a, b) => (raw[b] ?? 0) - (raw[a] ?? 0));
  let tops = 0;
  let subs = 0;
  for (let k = 0; k < ranked.length; k++) {
    const i = ranked[k] ?? -1;
    const node = nodes[i];
    if (!node) continue;
    const r = raw[i] ?? 0;
    if (node.level === 1) {
      if (tops < MAX_TOP_LEVELS && r >= MIN_RAW_TOP && r >= MIN_SHARE_TOP * maxTop) {
        chosen.add(i);
        tops++;
      }
    } else if (
      subs < MAX_SUBTOPICS &&
      r >= MIN_RAW_SUB &&
      (strongest[i] ?? 0) >= MIN_STRONGEST_SUB &&
      saturationOf(raw, i, scale) >= MIN_SATURATION_SUB
    ) {
      // Every ancestor comes along, so a subtopic is never listed without its top level.
      for (let n = i; n >= 0; n = nodes[n]?.parent ?? -1) chosen.add(n);
      subs++;
    }
  }
  return chosen;
}
