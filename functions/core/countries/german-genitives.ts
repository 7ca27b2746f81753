/**
 * German writes a country's or a city's genitive with "-s": "Chinas Regierung", "Russlands Außenministerium",
 * "Frankreichs Präsident", "der Präsident Ruandas", "Moskaus Bürgermeister". The gazetteer's German names hold the
 * nominative only, so a German story naming countries so read none of them (wild58 ★2: an article on Iran named
 * China, Russia and France and gave IR and IL alone). The "-s" form of each German name ("Sri Lankas" on its last
 * word) is added to the German phrase trie (gazetteer.ts `localPhraseRoot`), as polish-cases.ts adds Polish cases. A
 * name ending in a hiss ("Laos", "Belarus", "die Schweiz") or in "-e", "-ei" ("die Ukraine", "die Türkei": feminine
 * names take no "-s") makes none, nor does a form that is already a key. The prefixes of a name's words stay those
 * of its nominative.
 */

/** Last letters after which German writes no genitive "-s" (a hiss; feminine "-e", "-ei"). Keys carry no marks. */
const NO_GENITIVE = /(?:s|\u00df|x|z|e|ei)$/;

/**
 * "-s" forms that are also words of the English text German stories quote: "Islands" of the Cayman or Faroe Islands
 * is no genitive of Island (Iceland).
 */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(['islands']);

/** The genitive of a normalised German name ("china" → "chinas"), or undefined when it takes none. */
export function germanGenitive(key: string): string | undefined {
  if (key.length - key.lastIndexOf(' ') <= 3 || NO_GENITIVE.test(key)) return undefined;
  const form = `${key}s`;
  return ENGLISH_WORDS.has(form) ? undefined : form;
}

/** Adds the genitive of each key to a language's entries: each form points to its name's entry. */
export function addGermanGenitives<E>(entries: Map<string, E>): void {
  const made: [string, E][] = [];
  for (const [key, entry] of entries) {
    const form = germanGenitive(key);
    if (form !== undefined && !entries.has(form)) made.push([form, entry]);
  }
  for (const [form, entry] of made) entries.set(form, entry);
}
