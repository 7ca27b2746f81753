/**
 * Words that say two countries named in one sentence act on each other or are compared; since
 * 2026-12-01 also war and arms ("Russian strikes hit Kharkiv", "shot down 40 Ukrainian drones", "China
 * is Pakistan's main arms supplier", "Chinese-made jets"), which war briefs say instead of "attack"; since
 * 2026-12-03 a bailout, swap line or credit line one arranges for the other ("arranged a $20 billion currency
 * swap line for Argentina", review27 #47); since 2026-12-06 a truce or ceasefire, an accusation and arming ("accusing
 * Abu Dhabi of arming the RSF", wild49 C3). Read by the pairs (pairs.ts) and by the lead's focus (lead-focus.ts).
 */
/**
 * Fire two sides exchange (session 44, wild43 m4): "exchanged fire across the Line of Control", "traded artillery
 * fire", "an exchange of gunfire", skirmishes. A relation of the two (RELATION_CUE), as "clashes" is. One side's fire
 * is no relation of two countries a sentence coordinates ("Britain and Japan, where gunfire is rare", "fled as gunfire
 * erupted", "a film shot in Morocco and Spain, full of gunfights": read44), so bare gunfire, gunfights and firefights
 * are no cue at all; nor is "fired on/at" ("Stellantis fired on Monday the head of its plants", "questions were fired
 * at the ministers").
 */
const FIRE_EXCHANGE =
  '(?:exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing))\\s+(?:of\\s+)?(?:heavy\\s+|cross-border\\s+)?(?:(?:gun|artillery|mortar|rocket|tank|small[- ]arms)\\s*)?fire|exchanges?\\s+of\\s+(?:heavy\\s+)?(?:(?:gun|artillery|mortar|rocket|tank)\\s*)?fire|skirmish(?:es|ed)?';
const CUE_WORDS =
  `${FIRE_EXCHANGE}|` +
  'talks?|trade|trading|tariffs?|deals?|agree(?:d|ment|s)?|accord|pact|treaty|truce|ceasefire|cease-fire|accus(?:e|es|ed|ing|ation|ations)|arming|sanctions?|relations?|ties|exports?|exported|imports?|imported|shipments?|sold|sell|sells|buy|buys|bought|visit(?:s|ed)?|met|meet(?:s|ing)?|summit|compared|dispute|war|invad\\w*|attack\\w*|border|bilateral|joint|allies|ally|envoy|embassy|ambassador|negotiat\\w*|loans?|debt|aid|bailouts?|swap lines?|credit lines?|tensions?|rivals?|partners?|surplus|deficit|(?:air)?strikes?|struck|shot down|downed|shell(?:s|ed|ing)|bomb(?:s|ed|ing|ings|ers?)?|drones?|missiles?|troops|military (?:action|intervention|operations?)|arms|weapons|suppl(?:ier|iers|ied|ies|y)|-made';
/** Prepositions that link two parties ("talks with", "exports to", "stronger than"). */
const CUE_PREPOSITIONS = 'between|against|versus|vs|with|from|to|than';

/** The cue words without the prepositions, which link only the phrase they open (lead-focus.ts). */
export const CUE_WORD = new RegExp(`\\b(?:${CUE_WORDS})\\b`, 'i');
const CUE_PREPOSITION = new RegExp(`\\b(?:${CUE_PREPOSITIONS})\\b`, 'i');

/**
 * Whether the text holds a cue word or a linking preposition. The short pattern of prepositions first: most
 * sentences have one, and the long one of words (~3.5 ms to compile, which V8 does on first use) is then not run.
 */
export function hasCue(text: string): boolean {
  return CUE_PREPOSITION.test(text) || CUE_WORD.test(text);
}
/** A linking preposition right before a country: "fled to India", "a case against the US bank". */
export const CUE_PREPOSITION_BEFORE = new RegExp(`\\b(?:${CUE_PREPOSITIONS}|into)\\s+(?:the\\s+)?$`, 'i');

/** Words of a relation between two parties, not of trade flows or lists ("exports to X and Y"). */
export const RELATION_CUE = new RegExp(
  `\\b(?:talks|deal|agree(?:d|ment|s)?|accord|pact|treaty|sanctions|relations|ties|summit|dispute|war|border|bilateral|tensions?|ceasefire|truce|peace|conflict|clash(?:es|ed)?|fighting|rivalry|alliance|normali[sz]\\w*|${FIRE_EXCHANGE})\\b`,
  'i',
);

/**
 * An apposition that states a relation between the country before it and the one after ("The United States, a
 * treaty ally of the Philippines, condemned the attack", "Japan, a close partner of South Korea"): the text between
 * the two mentions, up to "of (the)". The comma closes no clause there (wild41 item 14).
 */
export const RELATION_APPOSITION =
  /^\s*,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:ally|partner|neighbou?r|rival|foe|enemy|adversary|backer|protector|patron)\s+of\s+(?:the\s+)?$/i;
