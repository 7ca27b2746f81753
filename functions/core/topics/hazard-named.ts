import type { TagDocument } from '../text/document.js';
import { NATURAL } from './natural-deaths.js';

/**
 * The story names a natural hazard or an outbreak (topics47, wild46 item 17): a flood, a quake, a wildfire, a storm,
 * a hurricane, a landslide, an eruption, a drought (natural-deaths.ts `NATURAL`), an epidemic or a disease's
 * outbreak. A "state of emergency" declared over one is the disaster desk's emergency response however many
 * ministers the story quotes; one declared over protests, a governor's suspension or a fuel crisis is not (senses.ts,
 * the emergency row). A fire or a blaze is left out, as in `NATURAL`: a riot may set it.
 *
 * The idioms of unrest name no hazard (read47 on 09beddb2): "an outbreak of violence", "a storm of criticism";
 * and `NATURAL` has no "flooded" ("protesters flooded the streets"). Lower case only, so that a name ("Storm" model agency) tells none, except in a
 * headline written in capitals ("STATE OF EMERGENCY DECLARED AFTER FLOODS"), which is read lowered.
 */
const HAZARD = new RegExp(
  String.raw`\b(?:(?!storms?\s+of\b)${NATURAL}|(?:epidemics?|pandemic|outbreaks?)(?!\s+of\s+(?:violence|fighting|unrest|protests?|rioting|riots?|clashes|hostilities|looting|anger|war)\b))(?!\w)`,
);

export function hazardNamed(doc: TagDocument): boolean {
  const title = doc.titleIsAllCaps ? doc.title.text.toLowerCase() : doc.title.text;
  return HAZARD.test(title) || HAZARD.test(doc.body.text);
}
