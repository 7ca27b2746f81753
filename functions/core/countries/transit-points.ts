/**
 * "The miner ships its ore through Mombasa", "cargo routed via Durban", "exported 2,000 tonnes through Beira and
 * Walvis Bay": a city that goods or travellers pass through on their way elsewhere is a route, not a party to the
 * story. A landlocked country's exports name its neighbours' ports again and again (wild60 ★3: once "Dar es Salaam"
 * was read, two transport stories on another country put Tanzania in focus by its port alone). Such a mention
 * weighs as little as the seat of a firm (resolve.ts) and places its country in no sentence for pairing (pairs.ts).
 * After "through"/"via" only with a word of goods or travel moving before it in the clause: "Protesters marched
 * through Nairobi" and "a storm swept through Havana" are the news. A route's end is one too: "rail routes to
 * Beira", "the pipeline to Ceyhan".
 */

/**
 * "through", "via" or a route's "… to", then an optional "the port(s) of", right before the city or the first of a
 * list of them.
 */
const ROUTE_WORD =
  /\b(?:through|via|(?:routes?|line|railway|railroad|corridor|pipeline)\s+to)\s+(?:the\s+)?(?:(?:port|ports|harbour|harbor)\s+of\s+)?/gi;
/** The route words that need goods or travellers moving before them ("marched through" is no route). */
const PASSING = /^(?:through|via)\b/i;
/**
 * Between the route word and a later city of its list: other names and their joints ("Beira and ", "Lobito, ").
 * Words in capitals, the particles inside names, commas, "and"/"or"; nothing else.
 */
const LIST_BETWEEN =
  /^(?:(?:[A-Z][\w'\u2019.-]*|es|el|al|de|da|do|of|la|le|du|ez|bin)\s*,?\s+)+(?:and|or)?\s*$/;
/** Goods or travellers moving, before the route word in its clause; not "sent shockwaves through Paris". */
const MOVING =
  /\b(?:export(?:s|ed|ing)?|import(?:s|ed|ing)?|ship(?:s|ped|ping|ments?)?|cargo(?:es)?|freight|goods|consignments?|routes?|rout(?:ed|ing)|re-?routed|transit(?:ed|ing)?|channell?(?:ed|ing)|divert(?:s|ed|ing)|transport(?:s|ed|ing)?|haul(?:s|ed|ing)?|trucked|smuggl(?:ed|ing)|pipelines?|flights?|fl(?:y|ies|ew|own|ying)|travell?(?:ed|ing)|transshipp?(?:ed|ing|ment)|sen(?:d|ds|t|ding)(?!\s+(?:shock\s?waves|ripples|chills|shivers|tremors)\b)|carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing|y|ies)?)\b/i;
/** How far back a clause is read: a long sentence's earlier clauses say nothing of this route. */
const WINDOW = 140;
/** The clause's opening before the route word: the last sentence end, semicolon or paragraph break. */
const CLAUSE_BREAK = /[.;!?]\s|\n\s*\n/g;

/** Whether the city at `start` in `text` is named as a route goods or travellers pass through. */
export function isTransitPoint(text: string, start: number): boolean {
  const from = Math.max(0, start - WINDOW);
  const before = text.slice(from, start);
  let clauseStart = 0;
  for (const b of before.matchAll(CLAUSE_BREAK)) clauseStart = (b.index ?? 0) + b[0].length;
  const clause = before.slice(clauseStart);
  let route: RegExpMatchArray | undefined;
  for (const r of clause.matchAll(ROUTE_WORD)) route = r;
  if (!route || route.index === undefined) return false;
  const routeEnd = route.index + route[0].length;
  const between = clause.slice(routeEnd);
  if (between !== '' && (between.length > 48 || !LIST_BETWEEN.test(between))) return false;
  return !PASSING.test(route[0]) || MOVING.test(clause.slice(0, route.index));
}
