import type { TagDocument } from '../text/document.js';

/**
 * A turkey pardoned or spared in the headline: "Trump pardons turkeys Gobble and Waddle", "Biden pardons his
 * final Thanksgiving turkeys", "Turkeys named Liberty and Bell spared by president", "turkey pardon".
 * The words between the verb and the bird are a count, a determiner or the occasion; a name between the
 * bird and "spared" is at most five words.
 */
const TURKEY_PARDON =
  /\b(?:pardon(?:s|ed|ing)?|spare[sd]?)\s+(?:(?:the|a|two|his|her|its|their|this|final|last|annual|national|Thanksgiving|year's)\s+){0,4}turkeys?\b(?!['\u2019])|\bturkeys?\b(?:\s+\S+){0,5}?\s+(?:pardoned|spared)\b|\bturkey[- ]pardon/i;
/** What each reading of `TURKEY_PARDON` holds. */
const TURKEY = /turkey/i;

/**
 * The story tells of the holiday bird, not of the country Turkey or of poultry farming: Thanksgiving or a gobbler.
 * "Bird" and "poultry" are no sign of it: "Turkey spared as bird flu sweeps Europe's poultry farms" is the country
 * (read35 ★1).
 */
const THE_HOLIDAY_BIRD = /\bThanksgiving\b|\bgobblers?\b/i;
/** A story of bird flu or culls, where turkeys "spared" are flocks a disease left alone. */
const FLOCKS_AT_RISK = /\bbird flu\b|\bavian\b|\bH5N\d|\bcull(?:s|ed|ing)?\b/i;

/**
 * A president's turkey pardon is a light tradition a desk files under human interest (animal), not the
 * politics of the president and the White House who perform it: true where the headline pardons or spares
 * a turkey and the story names Thanksgiving or a gobbler, and no bird flu or cull. "Erdogan pardons Turkey's jailed
 * editors" has no bird, "Trump pardons former congressman" no turkey.
 */
export function turkeyPardonInTitle(doc: TagDocument): boolean {
  // Each reading holds "turkey": a headline without it skips the long pattern (V8 compiles it on first use).
  if (!TURKEY.test(doc.title.text) || !TURKEY_PARDON.test(doc.title.text)) return false;
  const story = `${doc.title.text}\n${doc.body.text}`;
  return THE_HOLIDAY_BIRD.test(story) && !FLOCKS_AT_RISK.test(story);
}
