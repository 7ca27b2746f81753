/** An amount right before a mention: "50 mln U.S. dlrs", "65.80 U.S. cents", "1,000 Canadian dollars". */
const AMOUNT_BEFORE = /\d(?:\s*(?:mln|million|bln|billion|m|bn))?\s+$/i;
/** How far back an amount's number and its word may reach ("1.5 billion "). */
const AMOUNT_REACH = 16;

/**
 * The countries whose money the world counts amounts in: other currencies, commodities and deals abroad are priced
 * in U.S. dollars and cents, so "fell to 65.80 U.S. cents" or "for 6.3 mln U.S. dlrs" says nothing of the United
 * States. Another currency after an amount is the story's own money ("a 50 mln Australian dlr bond",
 * "denominations of 1,000 Australian dlrs": reuters-dev's gold keeps Australia there).
 */
const WORLD_UNITS: ReadonlySet<string> = new Set(['US']);

/** Whether an amount comes right before `start`. */
export function followsAmount(text: string, start: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - AMOUNT_REACH), start));
}

/**
 * Whether the currency mention at `start` is the unit an amount is counted in, the world's (WORLD_UNITS): "The
 * Australian dollar fell 0.5% to 65.80 U.S. cents" is about the Australian dollar (wild57).
 */
export function isWorldUnitOfAmount(text: string, code: string, start: number): boolean {
  return WORLD_UNITS.has(code) && followsAmount(text, start);
}
