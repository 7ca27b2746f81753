/**
 * Polish writes a country's or a city's name in seven cases: "z Białorusią" (with Belarus), "w Warszawie"
 * (in Warsaw), "do Rosji" (to Russia), "na Ukrainie", "w Chinach". The gazetteer lists the nominative only
 * (Białoruś, Warszawa, Rosja), so the other forms are made from its keys by the regular endings of the
 * noun's declension, as keys of the Polish trie (gazetteer.ts). Keys are normalised (no marks: "ę" and "ą"
 * are "e" and "a", so "Ukrainę" is "ukraine" and "Polską" is "polska"). One word, or a noun and its
 * adjective (pairForms); a form two names would make, or one a name already is, is left out. Stem changes ("Polsce", "Kanadzie", "Niemczech")
 * are not made.
 */

/** The endings of a noun in -a (Rosja, Ukraina, Warszawa): genitive, dative and locative, accusative. */
const A_ENDINGS = ['y', 'i', 'e', 'ie'] as const;
/** A noun in -ia / -ja (Belgia, Francja): genitive, dative and locative "-ii", "-ji"; accusative "-ię", "-ję". */
const IA_ENDINGS = ['i', 'e'] as const;
/** A plural in -y / -ie (Chiny, Czechy, Indie): dative, instrumental, locative. */
const PLURAL_ENDINGS = ['om', 'ami', 'ach'] as const;
/** A noun ending in a consonant (Irak, Izrael, Białoruś): genitive, dative, instrumental, locative. */
const CONSONANT_ENDINGS = ['u', 'a', 'owi', 'em', 'ie', 'i', 'ia'] as const;

const VOWELS = 'aeiouy';

/**
 * "Korea Południowa" → "Korei Południowej", "Wielka Brytania" → "Wielkiej Brytanii", "Nowa Zelandia" →
 * "Nowej Zelandii": a feminine noun and its adjective (in -a, "-ą" when normalised) share the genitive, dative
 * and locative; the adjective takes "-ej" ("-iej" after k or g), the noun its oblique ending. Either word can
 * be the adjective, so both readings are made (the wrong one keys nothing a text writes).
 */
function pairForms(key: string): readonly string[] {
  const space = key.indexOf(' ');
  if (space < 0 || key.indexOf(' ', space + 1) >= 0) return [];
  const first = key.slice(0, space);
  const second = key.slice(space + 1);
  if (!first.endsWith('a') || !second.endsWith('a') || first.length < 4 || second.length < 4) return [];
  return [
    ...nounOblique(first).map((n) => `${n} ${adjectiveOblique(second)}`),
    ...nounOblique(second).map((n) => `${adjectiveOblique(first)} ${n}`),
  ];
}

function adjectiveOblique(word: string): string {
  const stem = word.slice(0, -1);
  return stem.endsWith('k') || stem.endsWith('g') ? `${stem}iej` : `${stem}ej`;
}

function nounOblique(word: string): readonly string[] {
  const stem = word.slice(0, -1);
  return stem.endsWith('i') || stem.endsWith('j') ? [`${stem}i`] : [`${stem}i`, `${stem}y`];
}

/** The case forms of a normalised one- or two-word key, other than the key itself. */
export function polishCaseForms(key: string): readonly string[] {
  if (key.includes(' ')) return pairForms(key);
  if (key.length < 4) return [];
  const last = key[key.length - 1]!;
  if (last === 'a') {
    const stem = key.slice(0, -1);
    const soft = stem.endsWith('i') || stem.endsWith('j');
    return (soft ? IA_ENDINGS : A_ENDINGS).map((e) => stem + e);
  }
  // "Chiny" → "Chin", "Chinach"; "Indie" → "Indii", "Indiach".
  if (last === 'y') {
    const stem = key.slice(0, -1);
    return [stem, ...PLURAL_ENDINGS.map((e) => stem + e)];
  }
  if (key.endsWith('ie')) {
    const stem = key.slice(0, -1);
    return [`${stem}i`, ...PLURAL_ENDINGS.map((e) => stem + e)];
  }
  if (!VOWELS.includes(last)) return CONSONANT_ENDINGS.map((e) => key + e);
  return [];
}

/**
 * Adds the case forms of the one-word keys to a language's entries: each form points to its name's entry.
 * A form made by two names ("Gwinea" and another "-a" name sharing a stem) or already a key stays out.
 */
export function addPolishCases<E>(entries: Map<string, E>, prefixes: Set<string>): void {
  const made = new Map<string, E | null>();
  for (const [key, entry] of entries) {
    for (const form of polishCaseForms(key)) {
      if (entries.has(form)) continue;
      made.set(form, made.has(form) && made.get(form) !== entry ? null : entry);
    }
  }
  for (const [form, entry] of made) {
    if (entry === null) continue;
    entries.set(form, entry);
    const space = form.indexOf(' ');
    if (space > 0) prefixes.add(form.slice(0, space));
  }
}
