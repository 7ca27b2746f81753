import type { Country, Mention } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { isVenue } from './place-kind.js';

/** A tournament named after the country that hosts it: the "U.S. Open", the "Japanese Grand Prix". */
const HOSTED_EVENT_AFTER = /^\s+(?:Open|Grand\s+Prix|Masters|Classic|Championships?)\b/;

/**
 * On the sports page national teams are named by their countries ("Brazil and Morocco qualified"); a
 * country the story names only through its cities or states ("a 1-1 draw in New Jersey") or through a
 * tournament it hosts ("won the U.S. Open") is where the match was played, not a side in it. When two or
 * more countries are named as themselves, a country named only as a venue is listed out of focus. A
 * league story naming no country as a team ("the Lakers beat the Celtics in Boston") keeps its country.
 */
export function venuesOutOfFocus(doc: TagDocument, countries: Country[]): Country[] {
  const venue = (m: Mention) => isVenue(m) || hostsEvent(doc, m);
  const venueOnly = (c: Country) => c.mentions.every(venue);
  let teams = 0;
  for (const c of countries) if (!venueOnly(c)) teams++;
  if (teams < 2 || !countries.some((c) => c.focus && venueOnly(c))) return countries;
  return countries.map((c) => (c.focus && venueOnly(c) ? { ...c, focus: false } : c));
}

function hostsEvent(doc: TagDocument, m: Mention): boolean {
  const text = (m.field === 'title' ? doc.title : doc.body).text;
  return HOSTED_EVENT_AFTER.test(text.slice(m.end, m.end + 20));
}
