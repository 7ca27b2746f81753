/** Early mentions count once more: the first 400 characters of the body hold the headline's lead. */
const LEAD_CHARS = 400;

/**
 * How prominent an entity is before scaling: its mentions, two more for a title mention, one more when
 * the body names it within its lead (`firstBodyOffset` is Infinity when the body does not).
 */
export function entityScore(mentions: number, inTitle: boolean, firstBodyOffset: number): number {
  return mentions + (inTitle ? 2 : 0) + (firstBodyOffset < LEAD_CHARS ? 1 : 0);
}

/** A score as a salience: a share of the article's highest score, to three decimals. */
export function salienceOf(score: number, maxScore: number): number {
  return Math.round((score / maxScore) * 1000) / 1000;
}
