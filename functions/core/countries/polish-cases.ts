/**
 * Polish writes a city's name in seven cases: "w Warszawie" (in Warsaw), "z Krakowa", "do Londynu", "w
 * Moskwie". The gazetteer's local names list the nominative only (Warszawa, Kraków, Londyn), so the other
 * forms are made from its city keys by the regular endings of the noun's declension, as keys of the Polish
 * trie (gazetteer.ts). Countries' declined names are read by inflected-names.ts, after the trie. Keys are
 * normalised (no marks: "ę" and "ą" are "e" and "a", so "Warszawę" is "warszawe"). One-word names only; a
 * form two names would make, or one a name already is, is left out. Stem changes ("Pradze" of "Praga") are
 * not made.
 */

/** The endings of a name in -a (Warszawa, Moskwa): genitive, dative and locative, accusative. */
const A_ENDINGS = ['y', 'i', 'e', 'ie'] as const;
/** A name in -ia / -ja: genitive, dative and locative "-ii", "-ji"; accusative "-ię", "-ję". */
const IA_ENDINGS = ['i', 'e'] as const;
/** A name ending in a consonant (Kraków, Londyn, Paryż): genitive, dative, instrumental, locative. */
const CONSONANT_ENDINGS = ['u', 'a', 'owi', 'em', 'ie', 'i', 'ia'] as const;

const VOWELS = 'aeiouy';

/** The case forms of a normalised one-word key, other than the key itself. */
export function polishCaseForms(key: string): readonly string[] {
  if (key.length < 4 || key.includes(' ')) return [];
  const last = key[key.length - 1]!;
  if (last === 'a') {
    const stem = key.slice(0, -1);
    const soft = stem.endsWith('i') || stem.endsWith('j');
    return (soft ? IA_ENDINGS : A_ENDINGS).map((e) => stem + e);
  }
  if (!VOWELS.includes(last)) return CONSONANT_ENDINGS.map((e) => key + e);
  return [];
}

/**
 * Adds the case forms of the one-word keys of the entries `declined` picks (the cities) to a language's
 * entries: each form points to its name's entry. A form made by two names or already a key stays out.
 */
export function addPolishCases<E>(entries: Map<string, E>, declined: (entry: E) => boolean): void {
  const made = new Map<string, E | null>();
  for (const [key, entry] of entries) {
    if (!declined(entry)) continue;
    for (const form of polishCaseForms(key)) {
      if (entries.has(form)) continue;
      made.set(form, made.has(form) && made.get(form) !== entry ? null : entry);
    }
  }
  for (const [form, entry] of made) if (entry !== null) entries.set(form, entry);
}

/**
 * The nominatives a one-word Polish case form may be read back to by the same regular endings, longest
 * ending first: "Gdańsku" → Gdańsk, "Berlinie" → Berlin, "Krakowie" → Krakow (the gazetteer's key drops the
 * mark), "Genewie" → Genewa. For cities whose Polish name is the English one, which the Polish trie leaves to
 * the English phrases and so makes no case forms of.
 */
export function polishNominatives(word: string): string[] {
  const out: string[] = [];
  if (word.length < 5 || word.includes(' ')) return out;
  for (const ending of ['owi', 'ie', 'em', 'ia', 'u', 'a', 'i']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= 3 && !VOWELS.includes(stem[stem.length - 1]!.toLowerCase())) out.push(stem);
  }
  for (const ending of ['ie', 'y', 'e', 'i']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length >= 3) out.push(`${stem}a`);
  }
  return out;
}
