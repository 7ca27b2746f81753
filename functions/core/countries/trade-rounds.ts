/**
 * "the Uruguay round of global trade talks", "the Doha round", "the Uruguay trade round": a round of
 * world trade talks is named after the place it was launched, and it is no more about that country than
 * the Paris Club is about France. The list of such places is closed (the GATT and WTO rounds that took a
 * place's name); "Round" capitalised is read by the curated names (curated.ts NOT_COUNTRIES), this reads it
 * with "trade" between, and in lower case only when the talks follow or "the" leads (a team can "round off" a
 * campaign). Measured on reuters-dev (session 28): 16 stories name the
 * Uruguay round, none is indexed under Uruguay, and the lower-case form put Uruguay in focus in four.
 */
const ROUND_PLACES: ReadonlySet<string> = new Set(['uruguay', 'doha']);

/** "Round" capitalised is the round's name; "trade round" is one in any case. */
const NAMED_ROUND = /^["'\u201d\u2019]?\s+(?:Round\b|(?:trade|TRADE)\s+(?:round|ROUND)\b)/;
/**
 * "round" in lower case is a trade round only when the talks follow ("round of global trade talks", "round of
 * talks", "round talks", "round agreement"): "Uruguay round off their qualifying campaign" is the team, and "the
 * Uruguay round of 64" a golfer's score.
 */
const ROUND_OF_TALKS =
  /^["'\u201d\u2019]?\s+round\b["'\u201d\u2019]?\s+(?:of\s+(?:talks|negotiations)\b|of\s+(?:[a-z-]+\s+){0,3}?(?:trade|tariffs?|gatt|wto|multilateral|general\s+agreement)\b|(?:talks|negotiations|negotiators?|agreements?|accords?|deal|pact|package|trade|tariffs?)\b)/i;
/** "the Uruguay round" ("progress in the Uruguay round.", "the Uruguay round was meant to"): the talks by their
 * name, unless a score follows ("the Uruguay round of 64" is a golfer's). */
const THE_BEFORE = /\bthe\s+["'\u201c\u2018]?$/i;
const ROUND_NO_SCORE = /^["'\u201d\u2019]?\s+round\b(?!["'\u201d\u2019]?\s+of\s+\d)/i;

/**
 * Whether the place named `norm` (a mention's normalised text) names a trade round, read from the text
 * `before` and `after` it.
 */
export function namesTradeRound(norm: string, after: string, before: string): boolean {
  if (!ROUND_PLACES.has(norm)) return false;
  if (NAMED_ROUND.test(after) || ROUND_OF_TALKS.test(after)) return true;
  return THE_BEFORE.test(before) && ROUND_NO_SCORE.test(after);
}
