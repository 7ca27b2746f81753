/**
 * "the Uruguay round of global trade talks", "the Doha round", "the Uruguay trade round": a round of
 * world trade talks is named after the place it was launched, and it is no more about that country than
 * the Paris Club is about France. The list of such places is closed (the GATT and WTO rounds that took a
 * place's name); "Round" capitalised is read by the curated names (curated.ts NOT_COUNTRIES), this reads it
 * in lower case too and with "trade" between. Measured on reuters-dev (session 28): 16 stories name the
 * Uruguay round, none is indexed under Uruguay, and the lower-case form put Uruguay in focus in four.
 */
const ROUND_PLACES: ReadonlySet<string> = new Set(['uruguay', 'doha']);

/** What follows a round's place: "round", or "trade round" (any case), before or after a closing quote. */
const ROUND_AFTER = /^(?:["'\u201d\u2019]?\s+(?:trade\s+)?)round\b/i;

/** Whether the place named `norm` (a mention's normalised text), followed by `after`, names a trade round. */
export function namesTradeRound(norm: string, after: string): boolean {
  return ROUND_PLACES.has(norm) && ROUND_AFTER.test(after);
}
