/**
 * "villages destroyed by Russian strikes last year", "sites damaged by Israeli and American strikes", "since
 * Israeli and U.S. strikes on its nuclear sites", "destroyed by Israel": the country behind an earlier attack,
 * named as the agent of a passive or in a "since" phrase, is the other side of the country whose things were hit
 * (review33 ★P1: such attackers were out of focus and unpaired, the act being no verb of the clause).
 */
const AGENT_BEFORE =
  /\b(?:(?:destroyed|damaged|hit|struck|flattened|levell?ed|razed|wrecked|targeted|killed|wounded|injured|knocked\s+out|shelled|bombed|ruined)\s+(?:\w+\s+){0,2}?by|since|after)\s+(?:the\s+)?$/i;
/** The attack word after the agent, with a second agent coordinated before it ("Israeli and U.S. strikes"). */
const ATTACK_AFTER =
  /^(?:['\u2019]s)?(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:air\s+|drone\s+|missile\s+|military\s+|naval\s+|artillery\s+)?(?:strikes?|airstrikes?|attacks?|raids?|forces|troops|army|military|drones?|missiles?|rockets?|shelling|bombing|bombardment|bombs?|invasion|offensive|fire)\b/i;
/**
 * "after U.S. strikes on Iran", "since Russian attacks on Kharkiv": the attack named with its own target, which
 * may be another's than the clause's subject ("Japan's Nikkei fell after U.S. strikes on Iran").
 */
const AIMED_AT_NAME =
  /^[^,;.]{0,40}?\b(?:strikes?|airstrikes?|attacks?|raids?|shelling|bombing|bombardment|invasion|offensive|fire)\s+(?:on|against|in)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z]/;
/** "strikes on its nuclear sites": the attack on the things of the country named before. */
const AIMED_AT_ITS =
  /^[^,;.]{0,40}?\b(?:strikes?|airstrikes?|attacks?|raids?|shelling|bombing|bombardment)\s+(?:on|against)\s+(?:its|their)\b/;

/** "destroyed by Israel last year": a country's own name as the agent of a verb of ruin. */
const RUIN_BY_BEFORE =
  /\b(?:destroyed|damaged|flattened|levell?ed|razed|wrecked|shelled|bombed|ruined)\s+(?:\w+\s+){0,2}?by\s+(?:the\s+)?$/i;
/** "Israeli and U.S. strikes": the second agent, coordinated with a first one after the agent's words. */
const COORDINATED_AGENT_BEFORE =
  /\b(?:(?:destroyed|damaged|hit|struck|flattened|levell?ed|razed|wrecked|targeted|killed|wounded|injured|knocked\s+out|shelled|bombed|ruined)\s+(?:\w+\s+){0,2}?by|since|after)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+and\s+(?:the\s+)?$/i;

/** Where a mention starts and ends, and how it names its country ('name' for the country's own name) if known. */
export interface NamedMention {
  readonly start: number;
  readonly end: number;
  readonly kind?: string;
}

/**
 * Whether the mention names the country behind an attack, as a passive's agent or after "since"/"after", and the
 * attack is not said to be on a named other place.
 */
export function namedAsAttacker(text: string, m: NamedMention): boolean {
  const before = text.slice(Math.max(0, m.start - 64), m.start);
  const after = text.slice(m.end, m.end + 64);
  if (AIMED_AT_NAME.test(after)) return false;
  if (AGENT_BEFORE.test(before))
    return ATTACK_AFTER.test(after) || (m.kind === 'name' && RUIN_BY_BEFORE.test(before));
  return COORDINATED_AGENT_BEFORE.test(before) && ATTACK_AFTER.test(after);
}

/** Whether the attack after the mention is on "its" or "their" things: the country named before it was hit. */
export function aimedAtIts(text: string, m: NamedMention): boolean {
  return AIMED_AT_ITS.test(text.slice(m.end, m.end + 64));
}
