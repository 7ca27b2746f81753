import { lookupPlace } from './gazetteer.js';

/**
 * "Police in Athens, Georgia, arrested a man", "A storm hit Rome, Georgia", "The University of Georgia", "Voters in
 * Georgia's Fulton County" (review32 ★C4): the US state by the way it is written, whatever else the story names. A
 * city of another country before ", Georgia" is the US convention "City, State" (Athens, Rome and Columbus have
 * namesakes there); "Tbilisi, Georgia", "Batumi, Georgia" keep the country, and so does a list of countries
 * ("Armenia, Georgia and Azerbaijan"): those names are the country's or countries.
 */
const CITY_COMMA_BEFORE = /(?:^|[^\w.'\u2019-])((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*),\s+$/;
/**
 * "Speaking in Ankara, Georgia's foreign minister", "After meetings in Vienna, Georgia signed" (read32 F15): the city
 * ends a clause that opens the sentence and Georgia is the main clause's subject; "City, State" sets the state off
 * by a comma or ends with it ("Police in Athens, Georgia, arrested").
 */
const OPENING_CLAUSE_BEFORE =
  /(?:^|[.!?]\s+|\n\s*|[-\u2014\u2013]\s+)(?:After|Before|While|When|At|In|From|On|[A-Z][a-z]+ing)\b[^,.;:!?\n]*\b(?:in|at|from|to)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*,\s+$/;
const STATE_SET_OFF_AFTER = /^(?:\s*[,.;:)!?]|\s*$)/;
const UNIVERSITY_BEFORE = /\bUniversity\s+of\s+$/;
const COUNTY_AFTER = /^['\u2019]s\s+(?:[A-Z][\w-]*\s+){1,2}County\b/;

/** Whether the "Georgia" at start…end of text is written as the US state. */
export function writtenAsUsGeorgia(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (UNIVERSITY_BEFORE.test(before) || COUNTY_AFTER.test(text.slice(end, end + 40))) return true;
  if (namesUsStateOffice(text, end)) return true;
  const city = CITY_COMMA_BEFORE.exec(before);
  if (!city || opensCountryList(text, end)) return false;
  if (
    OPENING_CLAUSE_BEFORE.test(text.slice(Math.max(0, start - 120), start)) &&
    !STATE_SET_OFF_AFTER.test(text.slice(end, end + 4))
  )
    return false;
  // "In Athens, Georgia, police …": a sentence's capitalised opener glued to the city is no part of it, and the
  // state is set off after it as in any opening clause ("In Vienna, Georgia signed a visa deal" is the country).
  const words = city[1]!.replace(OPENER, '');
  if (words !== city[1] && !STATE_SET_OFF_AFTER.test(text.slice(end, end + 4))) return false;
  const place = lookupPlace(words);
  return place !== undefined && place.kind === 'city' && place.countryCode !== 'GE';
}

const OPENER = /^(?:In|At|From|Near|Outside|Around)\s+/;

/**
 * "Georgia Governor Brian Kemp", "Georgia's Secretary of State Brad Raffensperger", "Georgia Attorney General Chris
 * Carr", "a Georgia state senator", "Georgia Republicans" (wild48 ★3): offices and bodies the US state has and the
 * country does not (its head is a president and a prime minister, its legislature a parliament; a governor heads
 * only a region, named as such: "the governor of Adjara").
 */
const STATE_OFFICE_AFTER =
  /^(?:['\u2019]s)?\s+(?:(?:Lt\.?|Lieutenant|lieutenant)\s+)?(?:Gov\.|Governor\b|governor\b|Secretary\s+of\s+State\b|secretary\s+of\s+state\b|Attorney\s+General\b|attorney\s+general\b|[Ss]tate\s+(?:Sen\.|Senator|senator|Senate|senate|Rep\.|Representative|representative|House|Capitol|lawmakers?|legislat(?:ors?|ure)|Supreme\s+Court|Election\s+Board|Patrol)\b|General\s+Assembly\b|Senate\b|House\s+of\s+Representatives\b|Republicans?\b|Democrats?\b|Public\s+Service\s+Commission\b)/;

/** Whether the "Georgia" ending at `end` is followed by an office or body of the US state ("Georgia Governor …"). */
export function namesUsStateOffice(text: string, end: number): boolean {
  return STATE_OFFICE_AFTER.test(text.slice(end, end + 40));
}

/**
 * "Police in Marietta, Georgia, arrested", "a school in Winder, Georgia, on Wednesday", "died in Buford, Georgia."
 * (wild48 ★3): a town the gazetteer does not know, after a place preposition, with Georgia set off after it — the
 * "City, State" convention, but the town may as well be a small Georgian one ("in Zestaponi, Georgia,"), so it is
 * one more word for the state, weighed with the story's others, not the reading of this mention by itself.
 */
const TOWN_COMMA_BEFORE =
  /\b(?:in|at|from|near|outside|of|to|through|across|around|into|suburban)\s+((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*),\s+$/;
/** "…, Georgia, Moldova and Ukraine": Georgia opens a list of countries, so the words before it are no town of a state. */
const LIST_AFTER = /^,?\s+(?:and\s+)?(?:the\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)/;

function opensCountryList(text: string, end: number): boolean {
  const next = LIST_AFTER.exec(text.slice(end, end + 40));
  return next !== null && lookupPlace(next[1]!)?.kind === 'country';
}

/** Whether the "Georgia" at start…end follows an unknown town as "Town, State" does (a word for the US state). */
export function townBeforeUsGeorgia(text: string, start: number, end: number): boolean {
  const town = TOWN_COMMA_BEFORE.exec(text.slice(Math.max(0, start - 48), start));
  return (
    town !== null &&
    STATE_SET_OFF_AFTER.test(text.slice(end, end + 4)) &&
    lookupPlace(town[1]!) === undefined &&
    !opensCountryList(text, end)
  );
}
