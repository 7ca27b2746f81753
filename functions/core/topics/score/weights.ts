// What a matched word weighs in the article, and what a topic needs to be reported.
import type { PhraseHits } from '../match.js';

/** A title word says more about the story than a body word. */
export const TITLE_WEIGHT = 2.5;

/**
 * The lead (the body's first sentence) says what the story is about: its words count 1.5 times. On
 * bbc-dev, 1.5 for one sentence gained on both halves; 2, or two or three sentences, lost.
 */
const LEAD_EXTRA = 0.5;

/** Below this raw weight a topic is not reported (about one clear word, or two weak ones). */
export const MIN_RAW_TOP = 2;
export const MIN_RAW_SUB = 3;
export const MIN_STRONGEST_SUB = 2;

/** A second top level must have this share of the first one's weight. */
export const MIN_SHARE_TOP = 0.15;

/** A subtopic needs this much evidence for the article's length (see `saturation`). */
export const MIN_SATURATION_SUB = 0.3;

export const MAX_TOP_LEVELS = 4;
export const MAX_SUBTOPICS = 24;
export const MAX_EVIDENCE = 6;

/** Repeats of one phrase count with diminishing returns, so one word repeated cannot carry a story. */
export function damp(count: number): number {
  return count <= 1 ? count : 1 + Math.log(count);
}

/** A matched phrase's weight in the article. */
export function weightOfHits(h: PhraseHits): number {
  return damp(h.body + LEAD_EXTRA * h.lead + TITLE_WEIGHT * h.title);
}
