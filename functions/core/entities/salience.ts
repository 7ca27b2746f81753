import type { EntityType } from '../schema.js';

/** Early mentions count once more: the first 400 characters of the body hold the headline's lead. */
const LEAD_CHARS = 400;

/**
 * How prominent an entity is before scaling: its mentions, two more for a title mention, one more when
 * the body names it within its lead (`firstBodyOffset` is Infinity when the body does not). A people's
 * word ("Kenyan", "Chinese") describes the story's actors more than it names its subject: it counts half,
 * so it no longer tops the people and bodies it describes (review31 E14, review32 E16).
 */
export function entityScore(
  mentions: number,
  inTitle: boolean,
  firstBodyOffset: number,
  type?: EntityType,
): number {
  const score = mentions + (inTitle ? 2 : 0) + (firstBodyOffset < LEAD_CHARS ? 1 : 0);
  return type === 'nationality' ? score / 2 : score;
}

/** A score as a salience: a share of the article's highest score, to three decimals. */
export function salienceOf(score: number, maxScore: number): number {
  return Math.round((score / maxScore) * 1000) / 1000;
}
