import { type TagDocument, toldIn } from '../text/document.js';

/**
 * The story names a natural hazard or an outbreak (topics47, wild46 item 17): a flood, a quake, a wildfire or a
 * blaze, a storm, a hurricane, a landslide, an eruption, a drought, an epidemic. A "state of emergency" declared
 * over one is the disaster desk's emergency response however many ministers the story quotes; one declared over
 * protests, a governor's suspension or a fuel crisis is not (senses.ts, the emergency row). Lower case only, and no
 * bare "fire" (troops "opened fire" on protesters) or "stormed" (protesters stormed parliament).
 */
const HAZARD =
  /\b(?:floods?|flooding|flooded|flash floods?|earthquakes?|quakes?|aftershocks?|tremors?|wildfires?|bushfires?|forest fires?|fires|blazes?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|blizzards?|snowstorms?|heavy snow|heavy rains?|rainfall|monsoon|landslides?|mudslides?|avalanches?|tsunamis?|eruptions?|volcano(?:e?s)?|droughts?|heatwaves?|outbreaks?|epidemics?|pandemic)\b/;

export function hazardNamed(doc: TagDocument): boolean {
  return toldIn(doc, HAZARD);
}
