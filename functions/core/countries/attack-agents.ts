/**
 * "villages destroyed by Russian strikes last year", "sites damaged by Israeli and American strikes", "since
 * Israeli and U.S. strikes on its nuclear sites", "destroyed by Israel": the country behind an earlier attack,
 * named as the agent of a passive or in a "since"/"after" phrase that says what it hit, is the other side of the
 * country whose things were hit (review33 ★P1: such attackers were out of focus and unpaired, the act being no
 * verb of the clause). An attack told only as a time ("shares fell after Israeli strikes overnight") says nothing
 * of who was hit: it links the attacker with no country (read33 F6: an Egyptian market story paired EG-IL).
 */

import { MONTH_NAMES } from '../text/months.js';

/** Verbs of ruin: what an attack did to things, with the attacker or its country as the agent. */
const RUIN_VERBS = 'destroyed|damaged|flattened|levell?ed|razed|wrecked|shelled|bombed|ruined';
/** Verbs of harm, ruin's and those whose agent is an attack only ("hit by strikes", "killed by drones"). */
const HARM_VERBS = `${RUIN_VERBS}|hit|struck|targeted|killed|wounded|injured|knocked\\s+out`;
/** Nouns of an attack, which may be said to be on something. */
const ATTACK_NOUNS = 'strikes?|airstrikes?|attacks?|raids?|shelling|bombing|bombardment';
/** Nouns of an attack or of the force behind it, after the attacker's name ("Russian missiles", "Israeli fire"). */
const ATTACKER_NOUNS = `${ATTACK_NOUNS}|forces|troops|army|military|drones?|missiles?|rockets?|bombs?|invasion|offensive|fire`;
const CAPITALISED = '[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?';
/** Up to 40 characters within the clause: no comma, semicolon or full stop but an initial's ("U.S. strikes"). */
const IN_CLAUSE = '(?:[^,;.]|(?<=\\b[A-Z])\\.){0,40}?';
const MONTH_OR_DAY = `${MONTH_NAMES.join('|')}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`;

/** "destroyed by (the)", "damaged last year by": a verb of harm and its agent's "by" right before the mention. */
const HARMED_BY = new RegExp(`\\b(?:${HARM_VERBS})\\s+(?:\\w+\\s+){0,2}?by\\s+(?:the\\s+)?$`, 'i');
/** "destroyed by Israel last year": a country's own name may be the agent of a verb of ruin alone. */
const RUINED_BY = new RegExp(`\\b(?:${RUIN_VERBS})\\s+(?:\\w+\\s+){0,2}?by\\s+(?:the\\s+)?$`, 'i');
/** "since (the)", "after (the)": an earlier attack given as a time. */
const SINCE = /\b(?:since|after)\s+(?:the\s+)?$/i;
/** "destroyed by Israeli and" / "since Israeli and": the first of two coordinated agents before the mention. */
const FIRST_AGENT = new RegExp(`(?:\\s+${CAPITALISED}\\s+and\\s+(?:the\\s+)?)$`);
/** The attack word after the agent, with a second agent coordinated before it ("Israeli and U.S. strikes"). */
const ATTACK_AFTER = new RegExp(
  `^(?:['\\u2019]s)?(?:\\s+and\\s+(?:the\\s+)?${CAPITALISED})?\\s+(?:air\\s+|drone\\s+|missile\\s+|military\\s+|naval\\s+|artillery\\s+)?(?:${ATTACKER_NOUNS})\\b`,
  'i',
);
/**
 * "after U.S. strikes on Iran", "since Russian attacks on Kharkiv": the attack named with its own target, which
 * may be another's than the clause's subject ("Japan's Nikkei fell after U.S. strikes on Iran").
 */
const AIMED_AT_NAME = new RegExp(
  `^${IN_CLAUSE}\\b(?:${ATTACK_NOUNS}|invasion|offensive|fire)\\s+(?:on|against|in)\\s+(?:the\\s+)?(?!(?:${MONTH_OR_DAY})\\b)[A-Z]`,
);
/**
 * "strikes on its nuclear sites", "strikes that hit its power grid": the attack on the things of the country
 * named before.
 */
const AIMED_AT_ITS = new RegExp(
  `^${IN_CLAUSE}\\b(?:${ATTACK_NOUNS}|drones?|missiles?|rockets?)\\s+(?:(?:on|against)|(?:that\\s+|which\\s+)?(?:${HARM_VERBS}))\\s+(?:its|their)\\b`,
);

/** Where a mention starts and ends, and how it names its country ('name' for the country's own name) if known. */
export interface NamedMention {
  readonly start: number;
  readonly end: number;
  readonly kind?: string;
}

/**
 * Whether the mention names the country behind an attack — as a passive's agent, or after "since"/"after" when
 * the attack is said to be on "its"/"their" things — and the attack is not said to be on a named other place.
 */
export function namedAsAttacker(text: string, m: NamedMention): boolean {
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  const after = text.slice(m.end, m.end + 64);
  if (AIMED_AT_NAME.test(after)) return false;
  if (HARMED_BY.test(before))
    return ATTACK_AFTER.test(after) || (m.kind === 'name' && RUINED_BY.test(before));
  if (SINCE.test(before)) return ATTACK_AFTER.test(after) && AIMED_AT_ITS.test(after);
  // The second of two coordinated agents: the words before the first one.
  const first = FIRST_AGENT.exec(before);
  if (!first || !ATTACK_AFTER.test(after)) return false;
  const head = before.slice(0, first.index + 1);
  return HARMED_BY.test(head) || (SINCE.test(head) && AIMED_AT_ITS.test(after));
}

/** Whether the attack after the mention is on "its" or "their" things: the country named before it was hit. */
export function aimedAtIts(text: string, m: NamedMention): boolean {
  return AIMED_AT_ITS.test(text.slice(m.end, m.end + 64));
}
