import { codeUnitAt, lowerCased } from './chars.js';
import { lazyPattern } from './lazy-pattern.js';
import {
  hasMalayAffix,
  indonesianOrMalay,
  MALAY_COMMON_WORDS,
  MALAY_OR_INDONESIAN,
} from './malay-indonesian.js';
import { languageScores } from './trigrams.js';

// The trigrams (text/trigrams.ts) answer in ISO 639-3: franc-min's languages (those with 8M+ speakers), the
// European news languages it lacks (Danish, Finnish, Norwegian Bokmal, Slovak, Slovene, Lithuanian, Latvian,
// Estonian, Catalan, Albanian, Macedonian) and Hebrew by its script. The public result uses the shortest
// BCP 47 tag: ISO 639-1 where the language has one, else the 639-3 code.
const ISO_639_1: Readonly<Record<string, string>> = {
  als: 'sq',
  cat: 'ca',
  dan: 'da',
  ekk: 'et',
  fin: 'fi',
  heb: 'he',
  lit: 'lt',
  lvs: 'lv',
  mkd: 'mk',
  nob: 'nb',
  slk: 'sk',
  slv: 'sl',
  amh: 'am',
  arb: 'ar',
  azj: 'az',
  bel: 'be',
  ben: 'bn',
  bos: 'bs',
  bul: 'bg',
  ces: 'cs',
  ckb: 'ku',
  cmn: 'zh',
  deu: 'de',
  ell: 'el',
  eng: 'en',
  fra: 'fr',
  fuv: 'ff',
  guj: 'gu',
  hau: 'ha',
  hin: 'hi',
  hrv: 'hr',
  hun: 'hu',
  ibo: 'ig',
  ind: 'id',
  ita: 'it',
  jav: 'jv',
  jpn: 'ja',
  kan: 'kn',
  kaz: 'kk',
  kin: 'rw',
  koi: 'kv',
  kor: 'ko',
  lin: 'ln',
  mal: 'ml',
  mar: 'mr',
  mya: 'my',
  nld: 'nl',
  npi: 'ne',
  nya: 'ny',
  pan: 'pa',
  pbu: 'ps',
  pes: 'fa',
  plt: 'mg',
  pol: 'pl',
  por: 'pt',
  qug: 'qu',
  ron: 'ro',
  run: 'rn',
  rus: 'ru',
  sin: 'si',
  som: 'so',
  spa: 'es',
  srp: 'sr',
  sun: 'su',
  swe: 'sv',
  swh: 'sw',
  tam: 'ta',
  tel: 'te',
  tgl: 'tl',
  tha: 'th',
  tur: 'tr',
  ukr: 'uk',
  urd: 'ur',
  uzn: 'uz',
  vie: 'vi',
  yor: 'yo',
  zlm: 'ms',
  zul: 'zu',
  zyb: 'za',
};

/** Below this many Latin letters a trigram profile is noise; news in this project is mostly English. */
const MIN_LATIN_LETTERS = 60;
/**
 * A shorter text is still foreign when it has this many function words of the other European news
 * languages and no English one: "Der Kanzler ist nach Warschau gereist." (der, ist, nach).
 */
const MIN_SHORT_FOREIGN_WORDS = 2;

/**
 * A line under MIN_LATIN_LETTERS is English unless its function words say otherwise: two or more foreign
 * ones, none English, and one at least in lower case, as running text writes them — capitalised ones
 * open names ("De La Soul", "Die Zeit", "Der Spiegel" in an English brief).
 */
function shortForeign(foreign: number, foreignLowerCase: number, english: number, shared: number): boolean {
  return (
    foreign >= MIN_SHORT_FOREIGN_WORDS &&
    foreignLowerCase > 0 &&
    // ("Die GDL will ab Montag streiken, teilte die Gewerkschaft mit.": German "will" among German words, mendE44.)
    (english === 0 || (english === shared && foreign > english * 2))
  );
}
/**
 * English wins when its trigram score is this close to the best: short or capitalised English reads as
 * French or Portuguese to trigrams (scores ≥ .84 on wire headlines), real French or Dutch leave it ≤ .6.
 */
const ENGLISH_MARGIN = 0.8;
/**
 * On a longer text English needs to be closer: a French story full of names ("Emmanuel Macron", "AFP",
 * "Ukraine") gives English .83, while English text that is mostly tables or names, the only English that
 * gets this far, scores ≥ .95 from 150 letters on (measured on the dev sets).
 */
const LONG_TEXT_LETTERS = 150;
const ENGLISH_MARGIN_LONG = 0.9;
/** Enough text to tell a language; keeps detection cheap on long articles. */
const SAMPLE_CHARS = 1024;
/** How much of a text `detectLanguage` reads: callers may pass only this much. */
export const LANGUAGE_SAMPLE_CHARS = SAMPLE_CHARS;
/** Trigram comparison is the costly part; a few hundred characters already separate languages well. */
const TRIGRAM_SAMPLE_CHARS = 600;

// Function words frequent in English prose and rare as words in other Latin-script languages. When
// enough of the words are these, the text is English and the costly trigram comparison is skipped.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to is was for that with said says from by has have had are were it its this be will would at as an which he she they their who been not but or after than about'.split(
    ' ',
  ),
);
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));
/**
 * A word of up to LONGEST_FUNCTION_WORD letters a-z as one number (base 27, a = 1), so the function words
 * are looked up without slicing each short word out of the sample.
 */
function letterCode(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = codeUnitAt(text, i);
    if (c < 97 || c > 122) return -1;
    code = code * 27 + (c - 96);
  }
  return code;
}
const FUNCTION_WORD_CODES = new Set([...ENGLISH_FUNCTION_WORDS].map((w) => letterCode(w, 0, w.length)));
/**
 * English function words that the other news languages also write as their own: Portuguese "as" (the), Spanish
 * "he"/"has" (have), German "was"/"will". One of these is no sign of English beside accented words of another
 * language; one of the others is ("coup d'état … protégé arrested, state TV reports" stays English).
 */
const SHARED_FUNCTION_WORD_CODES = new Set(
  ['as', 'he', 'has', 'was', 'will', 'for', 'at'].map((w) => letterCode(w, 0, w.length)),
);
/**
 * Names carry no language: "Karnataka Chief Minister Venkataramaiah on Monday inaugurated a hospital in Hubballi."
 * reads as Quechua to trigrams of the whole line, and "on inaugurated a hospital in" as English. Where no function
 * word of the other European news languages and no accented word in lower case says otherwise, the words written
 * in lower case, this many letters of them at least, are asked again on their own.
 */
const MIN_LOWER_CASE_PROSE = 20;
/**
 * The words of `text` that open with a lower-case letter, joined by spaces: the prose around the names. Only asked
 * where the trigrams chose another language for a text with no foreign function word.
 */
function lowerCaseProse(text: string): string {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? codeUnitAt(text, i) : 32;
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (space && start >= 0) {
      const first = codeUnitAt(text, start);
      if (first >= 97 && first <= 122) words.push(text.slice(start, i));
      start = -1;
    } else if (!space && start < 0) start = i;
  }
  return words.join(' ');
}
/** Indonesian and Malay function words, numbered as `letterCode` numbers a word (8 letters: "tersebut"). */
const MALAY_FUNCTION_WORD_CODES = new Set(MALAY_COMMON_WORDS.map((w) => letterCode(w, 0, w.length)));
const LONGEST_MALAY_FUNCTION_WORD = Math.max(...MALAY_COMMON_WORDS.map((w) => w.length));
/**
 * Indonesian and Malay are told by their function words and verb affixes ("yang", "pada", "menaikkan"):
 * the trigrams read a short item as Sundanese, Javanese, Madurese or English, and Indonesian capitalises
 * its bodies and regions ("Badan Nasional Penanggulangan Bencana", "Jawa Barat"), so an item reads as a
 * list of names. Two such words in lower case, and more than twice as many as English function words,
 * make the text one of the two.
 */
const MIN_MALAY_WORDS = 2;
const DI = letterCode('di', 0, 2);

/**
 * Whether a text's words are those of Indonesian or Malay prose: two of theirs at least (one a word of
 * MALAY_COMMON_WORDS or an affixed verb; "di" counts as the second where no other foreign function word says
 * Italian), more than twice its English function words and more than its other foreign ones.
 */
function isMalayProse(malay: number, di: number, english: number, foreign: number): boolean {
  const inOnly = foreign === di ? di : 0;
  const words = malay + inOnly;
  return malay >= 1 && words >= MIN_MALAY_WORDS && words > english * 2 && words > foreign - inOnly;
}
// Function words of the other languages of European news (French, Spanish, Portuguese, Italian, German,
// Dutch), frequent there and rare in English prose ("die", "do", "per" are English words too, but never
// one word in eight of it), written without accents as `letterCode` reads them.
// Swedish and Polish words of the same kind follow, only those written in a-z (Polish "się", "że" are not).
// Then Danish and Norwegian, Finnish, Slovak and Latvian (lang46b): not "men", "var" (VAR), "par", "no", "po"
// or Latvian "un" (the UN; French "un" is in the list already), which English news writes. Words of up to
// LONGEST_FUNCTION_WORD (5) letters are counted.
const FOREIGN_FUNCTION_WORD_CODES = new Set(
  'le la les des du et est une un pour dans sur avec aux ont qui pas au sa son ses elle ils ce cette leur el los las del y por para con una que se en su sus fue es al tras em os da do das dos uma um ao na foi pelo pela il di che della per sono nel alla dei gli dal sul der die das und ist mit von den dem nicht auch sich im ein eine einen hat wird wurde zu auf bei nach gegen het een van zijn niet voor op bij heeft werd naar ook wordt de och att som inte med av ett vid efter nie jest oraz przez dla czy og ikke det af til fra har blev ble skal etter eller sagde siger sier blir havde hadde enn denne dette disse ja ei oli kun mutta joka ovat sanoi je aj ako pre aby bol bola bude sme ir ar ka kas uz bija lai tika tiek'
    .split(' ')
    .map((w) => letterCode(w, 0, w.length)),
);
/** The languages (ISO 639-3, as franc-min answers) whose function words are in the set above. */
const FUNCTION_WORD_LANGUAGES: ReadonlySet<string> = new Set([
  'fra',
  'spa',
  'por',
  'ita',
  'deu',
  'nld',
  'swe',
  'pol',
  'dan',
  'nob',
  'fin',
  'slk',
  'lvs',
]);
/**
 * Letters with diacritics (Latin-1 and Latin Extended, "ä", "ł", "ę") that make a text with no English function
 * word foreign although English trigrams come close: a short Swedish or Polish item full of names. English
 * copy with no function word at all is a table or a headline, and writes such letters only in a name or two.
 */
const MIN_DIACRITICS = 3;
const DIACRITIC_SHARE = 0.02;
const FIRST_ACCENTED_LETTER = 0xc0;
const ENGLISH_SHARE = 0.12;
/**
 * A text whose words are mostly capitalised is a list of names (a cabinet line-up, a team sheet, nominees):
 * trigrams of Japanese or Kenyan names read as Hausa or Ilocano, so such a list counts as English unless
 * its function words are foreign. German prose capitalises its nouns, about a third of its words.
 */
const NAME_LIST_SHARE = 0.6;
/**
 * A list of names writes its diacritics in the names; this many words in lower case with one ("Wcześniej Donald
 * Tusk przemawiał w Sejmie … mówiono") are the prose of a language that writes them, not an English list.
 */
const MIN_ACCENTED_LOWER_WORDS = 2;
/**
 * A short English line can have one English function word and trigrams that favour Portuguese ("Canada's
 * prime minister Mark Carney met Mexico's president in Ottawa to discuss trade.": English .75 of the best).
 * With no function word of the other European news languages, English within this share of the best wins.
 */
const ENGLISH_MARGIN_NO_FOREIGN = 0.7;
/** Asked only of characters beyond ASCII: made on first use, not at import. */
const LETTER = lazyPattern(() => /\p{L}/u);
/** Latin, Latin-1 Supplement and Latin Extended-A/B end here. */
const LAST_LATIN_CODE_UNIT = 0x24f;

/**
 * UTF-16 length of the letter (\p{L}) at `i` of a text of length `n`: 1, 2 for a letter outside the BMP,
 * 0 for a non-letter or past the end (never read there: see text/chars.ts).
 */
function letterLength(text: string, i: number, n: number): number {
  if (i >= n) return 0;
  const c = codeUnitAt(text, i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const next = codeUnitAt(text, i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(text[i] ?? '') ? 1 : 0;
}

/** Croatian, Bosnian and Serbian in Latin script: trigrams take a Czech story of names for one of them. */
const SOUTH_SLAVIC: ReadonlySet<string> = new Set(['hrv', 'bos', 'srp']);
/** Letters Czech writes and Croatian, Bosnian and Serbian never do: "ě", "ř", "ů". */
const CZECH_ONLY_LETTERS = '\u011b\u0159\u016f';
const MIN_CZECH_LETTERS = 2;

/**
 * Czech where the lower-cased sample writes Czech's own letters ("Předseda", "Babiše", "Číny", "schůzka"),
 * else the South Slavic language the trigrams chose: "jednal s premiérem Petrem Fialou" read as Bosnian.
 */
function czechOr(sample: string, trigramBest: string): string {
  let count = 0;
  for (let i = 0; i < sample.length && count < MIN_CZECH_LETTERS; i++)
    if (CZECH_ONLY_LETTERS.includes(sample[i]!)) count++;
  return count >= MIN_CZECH_LETTERS ? 'ces' : trigramBest;
}

/**
 * Slovene, whose trigrams come within a few hundredths of Serbian, Croatian and Bosnian on a short news paragraph
 * (.97): told by its own function words, "in" (and), "ki" (which), "bo"/"bodo" (will), "so" (are), "tudi" (also),
 * "lahko" (can), "kot" (as) — "i", "koji", "će", "su", "također", "kao" there — and by no "ć" or "đ", which the
 * three write and Slovene does not.
 */
const SLOVENE_WORDS: ReadonlySet<string> = new Set(['in', 'ki', 'bo', 'bodo', 'so', 'tudi', 'lahko', 'kot']);
const MIN_SLOVENE_WORDS = 2;
const SLOVENE_MARGIN = 0.9;
/** "ć", "đ". */
const SERBO_CROATIAN_LETTERS = '\u0107\u0111';
/** Words of a lower-cased sample in Latin letters (a-z, Latin-1 and Latin Extended-A/B). */
const LATIN_WORD = /[a-z\u00df-\u024f]+/g;

/** Slovene where its trigrams are close and its words say so, else the South Slavic language the trigrams chose. */
function sloveneOr(
  sample: string,
  candidates: readonly (readonly [string, number])[],
  trigramBest: string,
): string {
  const slovene = candidates.find(([code]) => code === 'slv');
  if (!slovene || slovene[1] < SLOVENE_MARGIN) return trigramBest;
  for (let i = 0; i < sample.length; i++) if (SERBO_CROATIAN_LETTERS.includes(sample[i]!)) return trigramBest;
  let count = 0;
  for (const word of sample.match(LATIN_WORD) ?? []) if (SLOVENE_WORDS.has(word)) count++;
  return count >= MIN_SLOVENE_WORDS ? 'slv' : trigramBest;
}

/**
 * Languages of the Hindi belt written in Devanagari (Maithili, Bhojpuri, Magahi) that franc-min gives for short
 * Hindi: a one-line "talks on a ceasefire between Russia and Ukraine" read as Bhojpuri, and a three-sentence
 * Hindi item as Magahi, so no country was read (wild40, finding 6).
 * Their profiles differ from Hindi's in a few frequent words that short news rarely writes; news in these
 * languages is rare beside Hindi's and names countries as Hindi does, and no country list has their names: they
 * are reported as Hindi. Marathi and Nepali, languages of their own press, stay.
 */
const HINDI_BELT: ReadonlySet<string> = new Set(['mai', 'bho', 'mag']);

/**
 * The languages written in Cyrillic that franc-min tells apart by trigrams alone (plus Bosnian, which it gives for
 * short Serbian Cyrillic). On one or two sentences they confuse one another: "Путин прибыл в Пекин с официальным
 * визитом." read as Ukrainian, "Армия Израиля нанесла удар по Газе." as Bulgarian, "Президент України зустрівся з
 * прем'єром Польщі." as Russian, so the wrong list of country names was read or none.
 */
const CYRILLIC_TRIGRAM_LANGUAGES: ReadonlySet<string> = new Set([
  'rus',
  'ukr',
  'bel',
  'bul',
  'srp',
  'mkd',
  'bos',
]);
/** Trigram answers for the South Slavic languages written in Cyrillic. */
const SOUTH_SLAVIC_CYRILLIC: ReadonlySet<string> = new Set(['srp', 'mkd', 'bos']);
/**
 * Letters each of these alphabets has and its neighbours lack, which any sentence of a few words writes:
 * Russian "ы", "э", "ё" (also Belarusian's); Ukrainian "ї", "є", "ґ" and "і" (also Belarusian's); Belarusian
 * "ў"; Serbian "ђ", "ћ"; Macedonian "ѓ", "ќ", "ѕ"; "ј", "љ", "њ", "џ" are both of the last two's. Bulgarian has
 * none of its own but writes "ъ" inside words, as Russian seldom does.
 */
const RUSSIAN_LETTERS = 'ыэё';
const UKRAINIAN_LETTERS = 'їєґ';
const UKRAINIAN_OR_BELARUSIAN = 'і';
const BELARUSIAN_LETTER = 'ў';
const SERBIAN_LETTERS = 'ђћ';
const MACEDONIAN_LETTERS = 'ѓќѕ';
const SERBIAN_OR_MACEDONIAN = 'јљњџ';
/** Letters of Russian's alphabet that Serbian's and Macedonian's lack: "й", "щ", "я", "ю", "ь". */
const EASTERN_LETTERS = 'йщяюь';
/** The lower-case letters "а" to "я" (U+0430–U+044F): Russian's alphabet but "ё", most of them shared by all. */
const FIRST_BASIC = 0x430;
const LAST_BASIC = 0x44f;
/** "ъ": Bulgarian writes it inside words. */
const HARD_SIGN = 0x44a;
/** The Cyrillic block, U+0400–U+04FF. */
const FIRST_CYRILLIC = 0x400;
const LAST_CYRILLIC = 0x4ff;

// What a letter of the Cyrillic block tells (`CYRILLIC_GROUPS`).
/** A letter of none of the alphabets above (Kazakh "қ", Tajik "ҳ", Mongolian "ө", a capital). */
const OTHER_ALPHABET = 0;
/** A letter "а"–"я" of no group below: every one of these alphabets writes it. */
const SHARED = 1;
const EASTERN = 2;
const RUSSIAN = 3;
const UKRAINIAN = 4;
/** "і": Ukrainian and Belarusian both write it. */
const UKRAINIAN_OR_BELARUSIAN_GROUP = 5;
const BELARUSIAN = 6;
const SERBIAN = 7;
const MACEDONIAN = 8;
const SERBIAN_OR_MACEDONIAN_GROUP = 9;
const GROUPS = 10;
/** The group of each letter of the Cyrillic block (index: the code point less FIRST_CYRILLIC), from the strings above. */
const CYRILLIC_GROUPS = ((): Uint8Array => {
  const groups = new Uint8Array(LAST_CYRILLIC - FIRST_CYRILLIC + 1); // OTHER_ALPHABET
  groups.fill(SHARED, FIRST_BASIC - FIRST_CYRILLIC, LAST_BASIC - FIRST_CYRILLIC + 1);
  const mark = (letters: string, group: number) => {
    for (let k = 0; k < letters.length; k++) groups[letters.charCodeAt(k) - FIRST_CYRILLIC] = group;
  };
  mark(EASTERN_LETTERS, EASTERN);
  mark(RUSSIAN_LETTERS, RUSSIAN);
  mark(UKRAINIAN_LETTERS, UKRAINIAN);
  mark(UKRAINIAN_OR_BELARUSIAN, UKRAINIAN_OR_BELARUSIAN_GROUP);
  mark(BELARUSIAN_LETTER, BELARUSIAN);
  mark(SERBIAN_LETTERS, SERBIAN);
  mark(MACEDONIAN_LETTERS, MACEDONIAN);
  mark(SERBIAN_OR_MACEDONIAN, SERBIAN_OR_MACEDONIAN_GROUP);
  return groups;
})();

/**
 * The Cyrillic-script language a lower-cased sample's letters show, else the trigrams' choice: mostly Cyrillic
 * text, a trigram answer among CYRILLIC_TRIGRAM_LANGUAGES, and no letter of another Cyrillic alphabet (Kazakh
 * "қ", Tajik "ҳ", Mongolian "ө" leave it to the trigrams). Russian by its own letters without "і"; Ukrainian by
 * its own letters, or by "і" without Russian's; Belarusian by "ў" or by "і" beside Russian's letters; Serbian
 * and Macedonian by theirs. Letters of none of these leave a Ukrainian or Belarusian guess, whose alphabets
 * always show, or a Serbian or Macedonian guess over "й", "щ", "я", "ю" or "ь", which those never write, to
 * Bulgarian where "ъ" stands inside a word and to Russian elsewhere.
 */
function cyrillicByLetters(sample: string, letters: number, trigramBest: string): string {
  if (!CYRILLIC_TRIGRAM_LANGUAGES.has(trigramBest)) return trigramBest;
  let cyrillic = 0;
  let hardSignInside = 0;
  /** Letters of each group of CYRILLIC_GROUPS. */
  const count = new Uint32Array(GROUPS);
  for (let k = 0; k < sample.length; k++) {
    const c = codeUnitAt(sample, k);
    if (c < FIRST_CYRILLIC || c > LAST_CYRILLIC) continue;
    cyrillic++;
    const group = CYRILLIC_GROUPS[c - FIRST_CYRILLIC]!;
    if (group === OTHER_ALPHABET) return trigramBest;
    count[group]!++;
    // "ъ" with a letter after it ("България", "сърце"), not a final one.
    if (c === HARD_SIGN) {
      const next = codeUnitAt(sample, k + 1);
      if (next >= FIRST_BASIC && next <= LAST_BASIC) hardSignInside++;
    }
  }
  const eastern = count[EASTERN]!;
  const russian = count[RUSSIAN]!;
  const ukrainian = count[UKRAINIAN]!;
  const ukrainianOrBelarusian = count[UKRAINIAN_OR_BELARUSIAN_GROUP]!;
  const belarusian = count[BELARUSIAN]!;
  const serbian = count[SERBIAN]!;
  const macedonian = count[MACEDONIAN]!;
  const serbianOrMacedonian = count[SERBIAN_OR_MACEDONIAN_GROUP]!;
  if (cyrillic * 2 < letters) return trigramBest;
  if (serbian + macedonian + serbianOrMacedonian > 0) {
    if (eastern + russian + ukrainian + ukrainianOrBelarusian + belarusian > 0) return trigramBest;
    if (macedonian > serbian) return 'mkd';
    if (serbian > macedonian) return 'srp';
    return trigramBest === 'mkd' ? 'mkd' : 'srp';
  }
  if (belarusian > 0 || (ukrainianOrBelarusian > 0 && russian > 0 && ukrainian === 0)) return 'bel';
  if (ukrainian > 0 || ukrainianOrBelarusian > 0) return russian > 0 ? trigramBest : 'ukr';
  if (russian > 0) return 'rus';
  // Serbian and Macedonian write none of "й", "щ", "я", "ю", "ь": a text that does is of the eastern alphabets.
  if (
    trigramBest === 'ukr' ||
    trigramBest === 'bel' ||
    (SOUTH_SLAVIC_CYRILLIC.has(trigramBest) && eastern > 0)
  )
    return hardSignInside > 0 ? 'bul' : 'rus';
  return trigramBest;
}

/** Whichever of Indonesian and Malay the trigrams rank first (they are close on any short text). */
function malayTrigramBest(sample: string): string {
  const candidates = languageScores(sample.slice(0, TRIGRAM_SAMPLE_CHARS), 3);
  return candidates.find(([code]) => code === 'ind' || code === 'zlm')?.[0] ?? 'ind';
}

/**
 * ISO 639-1 code of the text's language (ISO 639-3 for languages without one); "und" when there is
 * text but no language can be told. Defaults to English for text too short to judge. Deterministic;
 * looks at the first 1,024 characters only.
 */
export function detectLanguage(text: string): string {
  const original = text.slice(0, SAMPLE_CHARS);
  const sample = lowerCased(original);
  // Lower-casing keeps the offsets of almost every text ("İ" is one exception): capitals are counted then.
  const sameOffsets = original.length === sample.length;
  let capitalised = 0;
  let letters = 0;
  let latin = 0;
  let words = 0;
  let englishWords = 0;
  let foreignWords = 0;
  let foreignLowerCase = 0;
  let diacritics = 0;
  // Words in lower case with a diacritic ("przemawiał", "mówiono"): the language's own words, not names.
  let accentedLowerWords = 0;
  // English function words the other news languages write too (Portuguese "as").
  let sharedEnglishWords = 0;
  // Indonesian or Malay function words and affixed verbs in lower case.
  let malayWords = 0;
  // "di" in lower case: Indonesian and Malay "in", and Italian "of".
  let diWords = 0;
  // The words of \p{L}+, read by hand: a regex match per word cost more than the rest of detection.
  const n = sample.length;
  for (let i = 0; i < n; ) {
    let end = i + letterLength(sample, i, n);
    if (end === i) {
      i++;
      continue;
    }
    const before = diacritics;
    if (codeUnitAt(sample, i) >= FIRST_ACCENTED_LETTER) diacritics++;
    for (let step = letterLength(sample, end, n); step > 0; step = letterLength(sample, end, n)) {
      if (codeUnitAt(sample, end) >= FIRST_ACCENTED_LETTER) diacritics++;
      end += step;
    }
    const length = end - i;
    words++;
    letters += length;
    const upper = sameOffsets && codeUnitAt(original, i) !== codeUnitAt(sample, i);
    if (upper) capitalised++;
    else if (diacritics > before) accentedLowerWords++;
    if (codeUnitAt(sample, i) <= LAST_LATIN_CODE_UNIT) latin += length;
    const code = length <= LONGEST_MALAY_FUNCTION_WORD ? letterCode(sample, i, end) : -1;
    if (length <= LONGEST_FUNCTION_WORD) {
      if (FUNCTION_WORD_CODES.has(code)) {
        englishWords++;
        if (SHARED_FUNCTION_WORD_CODES.has(code)) sharedEnglishWords++;
      } else if (FOREIGN_FUNCTION_WORD_CODES.has(code)) {
        foreignWords++;
        if (!upper) foreignLowerCase++;
      }
    }
    if (!upper && (MALAY_FUNCTION_WORD_CODES.has(code) || hasMalayAffix(sample, i, end))) malayWords++;
    if (!upper && code === DI) diWords++;
    i = end;
  }
  if (letters === 0) return 'en';
  const mostlyLatin = latin * 2 >= letters;
  if (mostlyLatin && isMalayProse(malayWords, diWords, englishWords, foreignWords))
    return ISO_639_1[indonesianOrMalay(sample, malayTrigramBest(sample))]!;
  if (mostlyLatin) {
    if (
      latin < MIN_LATIN_LETTERS &&
      !shortForeign(foreignWords, foreignLowerCase, englishWords, sharedEnglishWords)
    )
      return 'en';
    // Only words other languages write too ("Die Regierung will … sparen", German "will") leave it to the trigrams
    // where a foreign function word stands beside them (mendE44).
    if (
      englishWords >= 2 &&
      englishWords >= words * ENGLISH_SHARE &&
      (englishWords > sharedEnglishWords || foreignWords === 0)
    )
      return 'en';
    if (
      capitalised >= words * NAME_LIST_SHARE &&
      foreignWords <= englishWords &&
      accentedLowerWords < MIN_ACCENTED_LOWER_WORDS
    )
      return 'en';
  }
  // Lower case: ALL-CAPS wire copy has the same trigrams, and franc's profiles are lower case.
  const candidates = languageScores(sample.slice(0, TRIGRAM_SAMPLE_CHARS), 3);
  const [trigramBest, bestScore] = candidates[0] ?? ['und', 0];
  if (trigramBest === 'und') return mostlyLatin ? 'en' : 'und';
  const best = !mostlyLatin
    ? HINDI_BELT.has(trigramBest)
      ? 'hin'
      : cyrillicByLetters(sample, letters, trigramBest)
    : MALAY_OR_INDONESIAN.has(trigramBest)
      ? indonesianOrMalay(sample, trigramBest)
      : SOUTH_SLAVIC.has(trigramBest)
        ? czechOr(sample, sloveneOr(sample, candidates, trigramBest))
        : trigramBest;
  // A sentence is too little for trigrams to tell Italian from Malagasy: the function words counted
  // were those of the European news languages, so the answer is the best of these.
  if (mostlyLatin && latin < MIN_LATIN_LETTERS) {
    const news = candidates.find(([code]) => FUNCTION_WORD_LANGUAGES.has(code));
    return ISO_639_1[news?.[0] ?? best] ?? best;
  }
  const english = candidates.find(([code]) => code === 'eng');
  const margin = letters >= LONG_TEXT_LETTERS ? ENGLISH_MARGIN_LONG : ENGLISH_MARGIN;
  // A French story full of names ("Emmanuel Macron", "Airbus", "Berlin") gives English .91, but its
  // function words are French: English close behind wins only where the text's own function words do
  // not say otherwise (wire tables of figures and names have few of either).
  // English words that other languages write too count for nothing beside their function words: "Kanzler Merz will
  // die Rente reformieren. Die Opposition ist dagegen." (German "will"; mendE44).
  const foreignProse =
    foreignWords >= words * ENGLISH_SHARE &&
    (foreignWords > englishWords * 4 || (englishWords === sharedEnglishWords && foreignWords > englishWords));
  // One English-looking word that another language writes too is no English prose where words in lower case carry
  // diacritics: Portuguese "as" (the), as in "O Governo aprovou o orçamento … defendeu as contas. A oposição criticou."
  // Two such words too: Danish "for" and "at" in "… finansloven for næste år. Finansministeren sagde, at …" (lang46b).
  const accented =
    (englishWords === 0 ||
      (englishWords <= 2 &&
        englishWords === sharedEnglishWords &&
        accentedLowerWords >= MIN_ACCENTED_LOWER_WORDS)) &&
    diacritics >= MIN_DIACRITICS &&
    diacritics >= latin * DIACRITIC_SHARE &&
    best !== 'eng';
  if (english && !foreignProse && !accented && english[1] >= bestScore * margin) return 'en';
  if (
    english &&
    !accented &&
    foreignWords === 0 &&
    englishWords >= 1 &&
    english[1] >= bestScore * ENGLISH_MARGIN_NO_FOREIGN
  )
    return 'en';
  if (mostlyLatin && foreignWords === 0 && !accented && accentedLowerWords === 0) {
    const prose = lowerCaseProse(original);
    if (prose.length >= MIN_LOWER_CASE_PROSE && languageScores(prose, 1)[0]?.[0] === 'eng') return 'en';
  }
  return ISO_639_1[best] ?? best;
}
