import type { TagDocument } from '../text/document.js';
import type { TopicNode } from './compile.js';

/**
 * A death with the age in a headline: "SPIRO AGNEW DIES AT 77", "Novelist dies aged 91", "dead at 84", and
 * with the place or a comma between (review31 ★7): "dies in London aged 82", "dies in Santiago at 77", "has
 * died, aged 79", "passes away at 90". The place is a capitalised name, so the pattern takes no /i flag (read31
 * F9: with it, "dies in police custody aged 34" read as an obituary); the other words are spelled in each case.
 */
const DIES_AT_AGE =
  /\b(?:[Dd]ies|[Dd]ied|[Dd]ead|[Pp]ass(?:es|ed) [Aa]way|DIES|DIED|DEAD|PASS(?:ES|ED) AWAY)(?:\s+(?:in|In|IN)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?,?\s+(?:[Aa]t|[Aa]ged|AT|AGED)\s+\d{2,3}\b/;
/**
 * A headline whose subject is nobody named ("Man dies in custody aged 34", "Woman, 81, died after a 40-hour
 * wait") reports a death as news, not a life: no obituary.
 */
const NAMELESS_SUBJECT =
  /^(?:an?\s+|the\s+)?(?:man|woman|boy|girl|child|baby|toddler|teen(?:ager)?|patient|prisoner|inmate|pensioner|worker|pupil|student|driver|cyclist|pedestrian|tourist|hiker|migrant)\b/i;
/** The family an obituary ends with: "He is survived by his wife and two daughters". */
const SURVIVED_BY = /\bsurvived by (?:his|her|their|a|two|three|four|five|six)\b/;
/** How far above the top level it displaces the obituary is put: a tenth of a weak word. */
const LIST_MARGIN = 0.1;

/** The headline gives a death with the age, or the story ends with the family that survives. */
export function isObituary(doc: TagDocument): boolean {
  return (
    (DIES_AT_AGE.test(doc.title.text) && !NAMELESS_SUBJECT.test(doc.title.text)) ||
    (doc.body.text.includes('survived by') && SURVIVED_BY.test(doc.body.text))
  );
}

/**
 * An obituary is a human-interest story whatever the life it tells (review21 r21-20: a vice president's
 * death had politics, health, economy and crime, and no human interest, whose few words came fifth). Human
 * interest is put just above the `listed`-th strongest other top level, so it is listed, but never at or
 * above the strongest: the life's own desk (politics, the arts) still leads.
 */
export function listObituary(
  raw: Float64Array,
  nodes: readonly TopicNode[],
  humanInterest: number,
  listed: number,
  minRaw: number,
  minShare: number,
): void {
  const others: number[] = [];
  for (let i = 0; i < nodes.length; i++)
    if (i !== humanInterest && nodes[i]?.level === 1 && (raw[i] ?? 0) > 0) others.push(raw[i] ?? 0);
  others.sort((a, b) => b - a);
  const first = others[0] ?? 0;
  // Where no other desk has the weight to be listed (a brief whose other words were the hospital it ended
  // in and a "president" of the past), the obituary is the story's own desk.
  const target =
    first <= minRaw
      ? minRaw
      : Math.min(
          first - LIST_MARGIN,
          Math.max(minRaw, minShare * first, (others[listed - 1] ?? 0) + LIST_MARGIN),
        );
  if ((raw[humanInterest] ?? 0) < target) raw[humanInterest] = target;
}
