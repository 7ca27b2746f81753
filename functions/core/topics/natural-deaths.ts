import { titleSubject } from './signals.js';

/**
 * A natural disaster that kills, named as the headline's subject noun and followed by its deaths: "Quake death
 * toll tops 3,000", "Cyclone death toll rises to 60 in Myanmar's Rakhine", "Landslide kills 40 in rebel-held
 * eastern Congo", "Floods in Valencia kill 211". At most four words stand between the disaster's word and its
 * deaths, so the disaster is what kills. A fire, a blaze or an explosion is left out: a war or a crime may set
 * it. Not "Airstrike kills 30 in Myanmar quake zone" (the airstrike kills), nor "Insurers face bill after floods
 * kill 200" (after the headline's subject, see `titleSubject`), nor "Political earthquake as …" (no deaths).
 */
const NATURAL_DEATHS =
  /\b(?:earthquakes?|quakes?|aftershocks?|floods?|flooding|floodwaters?|flash floods?|landslides?|mudslides?|landslips?|tsunamis?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|storms?|blizzards?|avalanches?|eruptions?|volcano(?:e?s)?|wildfires?|bushfires?|forest fires?|heatwaves?|heat waves?|droughts?|monsoon(?: rains?)?|torrential rains?|heavy rains?)(?:\s+[\w'\u2019-]+){0,4}?\s+(?:death tolls?|tolls?|kills?|killed|killing|leaves? (?:at least |more than |over )?[\d,]+ (?:people )?dead|dead|deaths|claims? (?:[\d,]+|hundreds of|thousands of|dozens of)? ?lives)\b/i;

/**
 * The headline's subject tells of a natural disaster's deaths (signals.ts `applyDeadlyDisaster`): then war and
 * crime are no rival readings of those deaths but the setting the disaster struck ("Myanmar junta says quake
 * death toll tops 3,000" led with war from the junta, the rebels and their airstrikes; read34 ★5).
 */
export function naturalDeathsInTitle(title: string): boolean {
  return NATURAL_DEATHS.test(titleSubject(title));
}
