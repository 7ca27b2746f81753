import { cityNamesakes, type PhraseEntry } from './gazetteer.js';

/**
 * Regions of ours whose name, with its marks folded as the phrase trie folds them, is also a city abroad that is
 * written with them: "Munster" is Ireland's province, "Münster" Germany's city (wild57). The trie meets both
 * spellings at one key; the marked one is the city, the region's namesake there (compile.ts `namesakesOf`). By the
 * name as written, lower case, with the city's country.
 */
const CITIES_WRITTEN_WITH_MARKS: ReadonlyMap<string, string> = new Map([['münster', 'DE']]);

/** The city abroad that `surface` ("Münster") spells with its marks, as a phrase entry; undefined for another name. */
export function markedCityAbroad(surface: string): PhraseEntry | undefined {
  const code = CITIES_WRITTEN_WITH_MARKS.get(surface.normalize('NFC').toLowerCase());
  const city = code === undefined ? undefined : cityNamesakes(surface).find((n) => n.countryCode === code);
  if (city === undefined) return undefined;
  return {
    kind: 'city',
    code: city.countryCode,
    capitalsOnly: false,
    ambiguous: false,
    place: {
      kind: 'city',
      name: surface,
      countryCode: city.countryCode,
      ...(city.geonamesId ? { geonamesId: city.geonamesId } : {}),
      ...(city.population ? { population: city.population } : {}),
    },
  };
}

/**
 * Names of other languages whose key, marks folded, is a word of that language: Brazil's "Irã" (Iran) folds to the
 * verb "irá" (will go) and the noun "ira" (anger), so the Portuguese list left it out and Brazilian Iran stories named
 * no Iran (wild58). By key, the name as written, lower case.
 */
const NAMES_WRITTEN_WITH_MARKS: ReadonlyMap<string, string> = new Map([['ira', 'irã']]);

/** Whether `surface`, found under the one-word key `key`, is a name read only with its marks and written without. */
export function writtenWithoutItsMarks(key: string, surface: string): boolean {
  const marked = NAMES_WRITTEN_WITH_MARKS.get(key);
  return marked !== undefined && surface.normalize('NFC').toLowerCase() !== marked;
}
