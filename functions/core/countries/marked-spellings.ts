/**
 * Regions of ours whose name, with its marks folded as the phrase trie folds them, is also a city abroad that is
 * written with them: "Munster" is Ireland's province, "Münster" Germany's city (wild57). The trie meets both
 * spellings at one key; the marked one is not the region. By the name as written, lower case.
 */
const CITIES_WRITTEN_WITH_MARKS: ReadonlySet<string> = new Set(['münster']);

/** Whether `surface` ("Münster") spells, with its marks, a city abroad rather than the region its key finds. */
export function spellsMarkedCityAbroad(surface: string): boolean {
  return CITIES_WRITTEN_WITH_MARKS.has(surface.normalize('NFC').toLowerCase());
}
