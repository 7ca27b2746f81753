import { NATURAL } from './natural-deaths.js';

/**
 * The headline tells a disaster or an accident: a natural one (natural-deaths.ts `NATURAL`), a crash, a
 * derailment, a capsized or sunk boat, a stampede or crush, a bus or car off a road, a collapse, a fire. Then the
 * police of its story are mostly the teller of its toll ("..., police said"), not crime news (senses.ts, the
 * police row). A bomb threat, a clash or a protest in the headline is none: its police keep their crime, and
 * police who "fire tear gas" or "fire at" protesters start no fire, and protesters who "storm" a parliament are no storm.
 */
const ACCIDENT =
  '(?:crash(?:es|ed)?|collisions?|collided|derail(?:s|ed|ment)?|capsiz(?:es|ed)|sinks|sank|stampedes?|crush|plung(?:es|ed)|collapses?|collapsed|blaze|fires?(?!\\s+(?:tear|at|on|shots?|warning|rubber|water|live|missiles?|rockets?|bullets?|back|into)\\b))';
let disasterWord: RegExp | undefined;
/** "Protesters storm parliament": the verb after a plural subject, not the weather. */
const STORM_VERB = /\b\w+s\s+storm(?:s|ed)?\b/gi;

export function disasterInTitle(title: string): boolean {
  disasterWord ??= new RegExp(`\\b(?:${NATURAL}|${ACCIDENT})(?![\\w-])`, 'i');
  return disasterWord.test(title.replace(STORM_VERB, ''));
}
