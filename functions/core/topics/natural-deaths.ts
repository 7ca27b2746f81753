import { titleSubject } from './signals.js';

/** A natural disaster's word (a regex source). A fire, a blaze or an explosion is left out: a war or a crime may set it. */
export const NATURAL =
  '(?:earthquakes?|quakes?|aftershocks?|floods?|flooding|floodwaters?|flash floods?|landslides?|mudslides?|landslips?|tsunamis?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|storms?|blizzards?|avalanches?|eruptions?|volcano(?:e?s)?|wildfires?|bushfires?|forest fires?|heatwaves?|heat waves?|droughts?|monsoon(?: rains?)?|torrential rains?|heavy rains?)';
/** Its deaths. */
const DEATHS =
  '(?:death tolls?|tolls?|kills?|killed|killing|leaves? (?:at least |more than |over )?[\\d,]+ (?:people )?dead|dead|deaths|claims? (?:[\\d,]+|hundreds of|thousands of|dozens of)? ?lives)';
/** Determiners and names before the disaster's word: "the", "last week's", "Myanmar", "Cyclone Remal's". */
const BEFORE_NOUN = "(?:(?:the|a|an|last|this|week's|weekend's|month's|[A-Z][\\w'\\u2019-]*)\\s+){0,3}?";
/**
 * Words between them, or the colon of a headline that names its subject first ("Myanmar earthquake: death toll …"),
 * or the comma before a participle ("Landslide buries village in Sudan's Darfur, killing 1,000": topics40 probe).
 */
const BETWEEN = "(?:\\s+[\\w'\\u2019-]+){0,5}?(?:,?\\s+|\\s*:\\s*)";
/**
 * The disaster followed by its deaths within five words: "Quake death toll tops 3,000", "Landslide kills 40 in
 * rebel-held eastern Congo", "Floods in Valencia kill 211", "Myanmar earthquake: death toll passes 3,000". Read in
 * the headline's subject (see `titleSubject`): not "Insurers face bill after floods kill 200". Not "Airstrike kills
 * 30 in Myanmar quake zone" (the airstrike kills), nor "Political earthquake as …" (no deaths).
 */
const DISASTER_KILLS = new RegExp(`\\b${NATURAL}${BETWEEN}${DEATHS}\\b`, 'i');
/**
 * The deaths first, then the disaster they come from, opening the headline: "Death toll from Myanmar earthquake
 * passes 3,000", "Hundreds dead after cyclone hits Rakhine" (its adjunct names the cause, so the whole headline is
 * read). Only names and determiners stand between: "Death toll from airstrikes in quake zone" is the airstrikes'.
 * Case-sensitive, so that a capital tells a name.
 */
const DEATHS_FROM = new RegExp(
  `^(?:[\\w'\\u2019,-]+\\s+){0,3}?(?:[Dd]eath [Tt]olls?|[Dd]eaths|[Dd]ead|[Tt]oll)\\s+(?:from|after|in)\\s+${BEFORE_NOUN}${NATURAL}(?![\\w-])`,
);

/**
 * A letter run every deaths word of both patterns holds ("kills", "toll", "dead", "deaths", "lives"; `titleSubject`
 * is the headline's start). Most headlines have none, and then neither long pattern runs: V8 compiles a pattern
 * the first time it runs, and these two cost ~3 ms of a fresh process's first article (~1/50 of import + first tag).
 */
const DEATHS_WORD = /kill|toll|dea[dt]|lives/i;

/**
 * The headline's subject tells of a natural disaster's deaths (signals.ts `applyDeadlyDisaster`): then war and
 * crime are no rival readings of those deaths but the setting the disaster struck ("Myanmar junta says quake
 * death toll tops 3,000" led with war from the junta, the rebels and their airstrikes; read34 ★5).
 */
export function naturalDeathsInTitle(title: string): boolean {
  return DEATHS_WORD.test(title) && (DISASTER_KILLS.test(titleSubject(title)) || DEATHS_FROM.test(title));
}

/** The headline opens with deaths that come from a natural disaster: its adjunct names the subject's cause. */
export function deathsFromDisaster(title: string): boolean {
  return DEATHS_WORD.test(title) && DEATHS_FROM.test(title);
}
