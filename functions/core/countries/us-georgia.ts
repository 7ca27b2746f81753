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
  const city = CITY_COMMA_BEFORE.exec(before);
  if (!city) return false;
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
