import type { Country } from '../schema.js';
import { isVenue } from './place-kind.js';

/**
 * On the sports page national teams are named by their countries ("Brazil and Morocco qualified"); a
 * country the story names only through its cities or states ("a 1-1 draw in New Jersey") is where the
 * match was played, not a side in it. When two or more countries are named as themselves, a country
 * named only as a venue is listed out of focus. A league story naming no country as a team ("the Lakers
 * beat the Celtics in Boston") keeps its country in focus.
 */
export function venuesOutOfFocus(countries: Country[]): Country[] {
  const venueOnly = (c: Country) => c.mentions.every(isVenue);
  let teams = 0;
  for (const c of countries) if (!venueOnly(c)) teams++;
  if (teams < 2 || !countries.some((c) => c.focus && venueOnly(c))) return countries;
  return countries.map((c) => (c.focus && venueOnly(c) ? { ...c, focus: false } : c));
}
