import { NATURAL } from './natural-deaths.js';

/**
 * The headline tells a disaster or an accident: a natural one (natural-deaths.ts `NATURAL`), a crash, a
 * derailment, a capsized or sunk boat, a stampede or crush, a bus or car off a road, a collapse, a fire. Then the
 * police of its story are mostly the teller of its toll ("..., police said"), not crime news (senses.ts, the
 * police row). A bomb threat, a clash or a protest in the headline is none: its police keep their crime, and
 * police who "fire tear gas" or "fire at" protesters start no fire, and protesters who "storm" a parliament are no storm.
 */
// A vehicle that plunges off a road or into a river, a building or a bridge that collapses: not shares that "plunge"
// or a bank's "collapse" (read40).
const PLUNGE =
  'plung(?:es|ed)\\s+(?:off|down|over|from|into\\s+(?:an?\\s+|the\\s+)?(?:rivers?|ravines?|gorges?|sea|canals?|lakes?|valleys?|gull(?:y|ies)|cliffs?))';
const STRUCTURE =
  '(?:buildings?|bridges?|mines?|roofs?|walls?|dams?|tunnels?|stages?|stands?|hotels?|schools?|towers?|blocks?|houses?|homes?|churche?s?|mosques?|factor(?:y|ies)|apartments?|flyovers?|scaffolding|crane)';
const COLLAPSE = `(?:${STRUCTURE}\\s+collaps(?:es?|ed)|collapse\\s+of\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?${STRUCTURE})`;
const ACCIDENT = `(?:crash(?:es|ed)?|collisions?|collided|derail(?:s|ed|ment)?|capsiz(?:es|ed)|sinks|sank|stampedes?|crush|${PLUNGE}|${COLLAPSE}|blaze|fires?(?!\\s+(?:tear|at|on|shots?|warning|rubber|water|live|missiles?|rockets?|bullets?|back|into)\\b))`;
let disasterWord: RegExp | undefined;
/**
 * "Protesters storm parliament": the verb after a plural subject, not the weather. "as storm hits", "this storm",
 * "his storm chasers" are no subjects (read40: "Flights cancelled as storm hits Britain" lost its disaster).
 */
const STORM_VERB =
  /\b(?!(?:as|is|was|has|this|its|his|hers|yes|thus|us|plus|whereas)\b)\w+s\s+storm(?:s|ed)?\b/gi;

export function disasterInTitle(title: string): boolean {
  disasterWord ??= new RegExp(`\\b(?:${NATURAL}|${ACCIDENT})(?![\\w-])`, 'i');
  return disasterWord.test(title.replace(STORM_VERB, ''));
}
