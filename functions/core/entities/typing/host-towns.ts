// A town that hosts or stages an event is the place, not a side named after it (wild45 item 18).
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';

/** Verbs of a host town: "Abu Dhabi hosts", "Doha will stage", "Paris hosted". */
const HOST_VERBS = new Set(
  'host hosts hosted hosting stage stages staged staging welcome welcomes welcomed'.split(' '),
);

/** Words between the town and its verb: "Doha will stage", "Paris has hosted", "Doha is hosting". */
const VERB_HELPERS = new Set(
  'will would could can may to has have had is was will also again once'.split(' '),
);

/** Events a town hosts, which a club hosting a match or a rival does not name. */
const EVENT_NOUNS = new Set(
  `race races final finals tournament games olympics olympiad championship championships cup prix summit event events
  festival ceremony expo congress conference gala edition grand`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "Abu Dhabi hosts the final Formula One race", "Doha will stage the FIFA Intercontinental Cup final": the town after
 * `index` hosts or stages an event (a word of EVENT_NOUNS within six tokens of the verb), so it is the place, not the
 * side a sports page would make it ("Liverpool host Chelsea", "Leeds will host the second leg" stay the clubs).
 */
export function hostsEventAfter(ctx: Context, field: Field, index: number): boolean {
  let k = index + 1;
  for (let helpers = 0; helpers < 2 && VERB_HELPERS.has(lowerTokenText(ctx, field, k)); helpers++) k++;
  if (!HOST_VERBS.has(lowerTokenText(ctx, field, k))) return false;
  for (let j = k + 1; j <= k + 6; j++) {
    const token = lowerTokenText(ctx, field, j);
    if (token === '' || token === '.' || token === ',' || token === ';') return false;
    if (EVENT_NOUNS.has(token)) return true;
  }
  return false;
}
