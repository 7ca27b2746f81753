/**
 * Where a nationality adjective of other languages' news names a language or a set phrase, not its country
 * (read33 F1): "lessen Duits en Frans", "języka rosyjskiego", "de Duitse taal" are languages; "Turks fruit",
 * "Chinees restaurant", "Spaanse griep", "Japanse duizendknoop", "klucz francuski" are a sweet, a kind of
 * restaurant, a disease, a plant and a tool. local-demonyms.ts asks this before reading the word as a country.
 *
 * Words are as normalizeWord writes them (lower case, marks gone; Polish "ł" kept, so no list below has it).
 */

/**
 * Nouns that make a set phrase or a language with the adjective next to them: the language's own word for
 * "language" and food, plant, tool and disease names of the "adjective + noun" kind. Dutch puts the adjective
 * before the noun, so only the word after is asked; Polish puts it on either side ("grypa hiszpańska",
 * "hiszpańska grypa"), and its nouns are inflected, so the Polish list holds stems ("jezyk" for język, języka,
 * językiem ...), but "klucz" whole with its endings: "kluczowe rosyjskie rafinerie" are key Russian refineries.
 */
const SET_NOUNS: Readonly<Record<string, RegExp>> = {
  nl: /^(?:taal|talen|les|lessen|griep|duizendknoop|fruit|restaurants?|eten|sleutel|roulette|slag|pizza|wafels?|peper|drop|bed)$/,
  pl: /^(?:jezyk|lektorat|filologi|gryp|rulet|klucz(?:a|e|em|u|y)?$|rdestow|sa\u0142atk|piesek|piesk)/,
  // "im Indischen Ozean"; "im dominikanischen Kloster", "der Dominikanerorden": the Order of Preachers (review59).
  de: /^(?:sprache|ubersetzung|grippe|ozean|kloster|klosters|orden|ordens|monch|monche|pater)$/,
};

/**
 * Nouns before the adjective that make a name of it in the languages that put the adjective after its noun: "l'océan
 * Indien", "l'oceano Indiano" are a sea; "un moine dominicain", "l'ordre dominicain" the Order of Preachers, not the
 * Dominican Republic.
 */
const NOUNS_BEFORE: Readonly<Record<string, RegExp>> = {
  // "yaourt grec", "iogurte grego" are a kind of yogurt; Brazil's "relógio paraguaio" a fake watch (review59).
  fr: /^(?:l'ocean|ocean|moines?|freres?|pere|ordre|l'ordre|religieux|religieuses?|soeurs?|yaourts?|yogourts?)$/,
  es: /^(?:oceano|fray|frailes?|orden|monjes?|yogures?)$/,
  pt: /^(?:oceano|frei|frades?|ordem|monges?|iogurtes?|relogios?)$/,
  it: /^(?:l'oceano|oceano|frate|frati|ordine|l'ordine|monaci|monaco)$/,
};

/**
 * Words after a bare Dutch adjective ("Duits", "Turks", "Chinees") that show it is the language, a noun: a
 * conjunction, preposition, pronoun or verb of speaking follows a noun, where an adjective used as one is
 * followed by its noun ("een Duits bedrijf", "Russisch gas").
 */
const AFTER_DUTCH_NOUN = new Set(
  (
    'en of om te is was zijn wordt werd worden kan kunnen moet moeten heeft hebben had als dan dat die dit maar ' +
    'ook niet nog wel op in aan bij met van voor naar uit door tot over onder zoals want omdat terwijl hij zij ze ' +
    'we wij het de een spreken spreekt sprak gesproken leren leert praten schrijven lezen verstaan vertaald ' +
    'ondertiteld vloeiend'
  ).split(' '),
);

/** A lower-case word (a Dutch noun): "bedrijf", not "Timmermans" or a punctuation mark. */
const LOWER_WORD = /^[a-z]/;

/**
 * Whether `word` (a nationality adjective of `language`) names a language or a set phrase here: `previous` and
 * `next` are the normalised words on either side ("" at a field's edge), `nextRaw` the next token as written.
 */
export function namesNoCountry(
  language: string,
  word: string,
  previous: string,
  next: string,
  nextRaw: string,
): boolean {
  const nouns = SET_NOUNS[language];
  if (nouns?.test(next) || (language === 'pl' && nouns?.test(previous))) return true;
  if (NOUNS_BEFORE[language]?.test(previous)) return true;
  // A bare Dutch form (every inflected one ends in "-e") is an adjective only before its noun.
  if (language === 'nl' && !word.endsWith('e'))
    return !LOWER_WORD.test(nextRaw) || AFTER_DUTCH_NOUN.has(next);
  return false;
}
