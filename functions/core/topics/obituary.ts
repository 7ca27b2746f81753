import type { TagDocument } from '../text/document.js';
import type { TopicNode } from './compile.js';
import { topLevelsOf } from './top-levels.js';

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
/**
 * A headline that ends on the death of its subject (wild41 ★5): "Former Uruguay president Jose Mujica dies", "Former
 * senator John Doe has died", "Jazz pianist X dead", or the verb before a comma or a colon ("X dies; led Uruguay
 * ..."). "Dies after", "dies in crash" tell the death as news, and keep going.
 */
const DIES_AT_END =
  /\b(?:[Dd]ies|[Hh]as [Dd]ied|[Dd]ead|[Pp]asses [Aa]way|[Hh]as [Pp]assed [Aa]way|DIES|HAS DIED|DEAD|PASSES AWAY)\s*(?:[,;:]|$)/;
/**
 * The age told right after the death, as AP and most papers write an obituary's lead: "... died Tuesday. He was
 * 89.", "died on Sunday at his home in Des Moines. She was 91." (one sentence of at most 300 characters between).
 */
const AGE_AFTER_DEATH = /\bdied\b[^.!?]{0,300}[.!?]\s+(?:He|She) was (?:\d{2,3})\./;
/** How far into the body the obituary's lead tells the age. */
const LEAD_CHARS = 1200;
/** How far above the top level it displaces the obituary is put: a tenth of a weak word. */
const LIST_MARGIN = 0.1;

/**
 * The headline gives a death with the age, or it ends on the death and the lead gives the age ("He was 89."), or the
 * story ends with the family that survives.
 */
export function isObituary(doc: TagDocument): boolean {
  const title = doc.title.text;
  return (
    (DIES_AT_AGE.test(title) && !NAMELESS_SUBJECT.test(title)) ||
    (DIES_AT_END.test(title) &&
      !NAMELESS_SUBJECT.test(title) &&
      AGE_AFTER_DEATH.test(doc.body.text.slice(0, LEAD_CHARS))) ||
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
  for (const i of topLevelsOf(nodes)) if (i !== humanInterest && (raw[i] ?? 0) > 0) others.push(raw[i] ?? 0);
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
