import { datelineNamesakes } from './gazetteer.js';

/** A town's offices, written after its name and before their holder's ("Auckland Mayor Wayne Brown"). */
const TOWN_OFFICES: ReadonlySet<string> = new Set(['mayor', 'governor', 'councillor', 'councilor']);

/**
 * A namesake abroad this share of the town's size or more has an office of that name as often in the news: Alabama's
 * Birmingham (a fifth of England's) has a mayor and England's a lord mayor; Ontario's Kingston (an eighth of Jamaica's
 * capital) has a mayor too. The share namesakes.ts asks of a country written beside the town.
 */
const NAMESAKE_SHARE = 0.1;

/**
 * Whether `office` after the town `name` (of `population` people) is that town's own office and names its country:
 * "Auckland Mayor …", "Mombasa Governor …" (wild59). A town whose namesake abroad is of comparable size is left to
 * the rest of the story ("Birmingham Mayor Randall Woodfin", "Kingston Mayor …": no country from the title alone).
 */
export function namesTownOffice(office: string, name: string, population: number): boolean {
  if (!TOWN_OFFICES.has(office)) return false;
  return !datelineNamesakes(name).some((n) => n.population >= population * NAMESAKE_SHARE);
}
