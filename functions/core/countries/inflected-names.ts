/**
 * Country names of the Latin-script languages that decline them: Polish, Czech, Croatian and Bosnian write
 * "z Ukrainą", "do Rosji", "Stanów Zjednoczonych", "na Ukrajině", "u Hrvatskoj", where the country lists (and
 * so the phrase trie of mentions.ts) hold the nominative only ("Ukraina", "Rosja", "Stany Zjednoczone"). A
 * capitalised run the trie left unread is tried here word by word: each word less one case ending against
 * the names' stems (the nominative less its final vowel). The Polish locative's consonant changes ("w Kanadzie",
 * "w Egipcie", "w Katarze") are undone first, and the few irregular forms the press writes every day ("Niemiec",
 * "w Niemczech", "na Węgrzech", "we Włoszech", Czech "v Číně") are listed. Built on the first article in such a
 * language: English text never builds it.
 */
import type { FieldText } from '../text/document.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';
import { startsUpper } from '../text/letters.js';
import { overlapsAny } from '../text/overlaps.js';
import { localNameEntries } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { normalizeWord } from './normalize.js';
import { firstKnown, mentionOf } from './script-names.js';

/** The languages read here (ISO 639-1). */
export const INFLECTED_LATIN: ReadonlySet<string> = new Set(['pl', 'cs', 'hr', 'bs']);

/**
 * Case endings of nouns and adjectives in these languages as `normalizeWord` writes them (no diacritics:
 * Polish "ę", "ą", "ów", Czech "ě", "ů", "ých", "ího" are "e", "a", "ow", "e", "u", "ych", "iho"), shortest
 * first: "Nigerii" is Nigeria less "i" before it is Niger less "ii".
 */
const ENDINGS = 'e y i a u o ow um em om ej ie ii ji ou oj ih im ym ach ami iej ych ich iach'.split(' ');
/**
 * Adjectives' masculine and neuter genitive endings (Polish "Południowego", Czech "Jižního", Croatian "Južnog"),
 * read on a name's later words only: an adjective follows the noun, and "Daniego" (of Dani, a man) is no Dania.
 */
const ADJECTIVE_ENDINGS = [...ENDINGS, 'ho', 'og', 'ego', 'iho', 'iego'];
/** A nominative's final vowel, dropped to make the stem both forms share ("Ukraina" → "ukrain"). */
const FINAL_VOWEL = /[aeiouy]$/;
/** Shorter stems match given names and words ("Per" of Peru, "Kub" of Kuba): those names are read whole only. */
const MIN_STEM = 4;
/**
 * Countries whose name is also a given name in these languages ("Dominika Cibulková", "Kuba Wojewódzki"):
 * read declined only after a preposition ("z Dominiki", "na Kubie").
 */
const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['dominika', 'kuba']);
/** Prepositions before a place in Polish, Czech, Croatian and Bosnian ("w Danii", "na Ukrajině", "u Njemačkoj"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'w we z ze do na u v ve od dla wobec przez po przeciw ku k ke iz o nad pod przed za s sa prema kod'.split(
    ' ',
  ),
);

/**
 * Polish locative and dative endings that change the stem's last consonant: "Kanada" → "Kanadzie", "Egipt" →
 * "Egipcie", "Katar" → "Katarze", "Ameryka" → "Ameryce"; each ending → the consonant it stands for. Czech
 * writes "v Americe" (k → c) the same way.
 */
const ALTERNATIONS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  pl: [
    ['dzie', 'd'],
    ['cie', 't'],
    ['rze', 'r'],
    ['dze', 'g'],
    ['ce', 'k'],
  ],
  cs: [['ce', 'k']],
};

/**
 * Irregular forms of country names as `normalizeWord` writes them (no marks; "ł" stays), per language: the
 * genitive plural with a vowel put in ("Niemiec" of "Niemcy", "Węgier" of "Węgry", also the nouns for a German or a Hungarian, which name the
 * country too), locatives with a changed stem ("Niemczech", "Węgrzech", "Włoszech"), Belarus's instrumental, and Czech "Čína", whose
 * stem is too short to be read declined ("Číně", "Číny", "Čínou").
 */
const IRREGULAR: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // "z Białorusią": the instrumental of the one country whose name ends in a soft consonant (Białoruś).
  pl: {
    niemiec: 'DE',
    niemczech: 'DE',
    wegier: 'HU',
    wegrzech: 'HU',
    'w\u0142oszech': 'IT',
    'bia\u0142orusia': 'BY',
  },
  cs: { cine: 'CN', ciny: 'CN', cinou: 'CN', cinu: 'CN' },
};

interface StemIndex {
  /** A name's words' stems joined by single spaces → its ISO code. */
  readonly codes: ReadonlyMap<string, string>;
  /**
   * Words read as they are: the stem of a plural name ("Chiny", "Czechy": "z Chin", "do Czech") and a name
   * word with no vowel to drop ("Izrael", "Sri"). A bare word that is only the stem of "Samoa" or "Dania" is
   * a word ("Samo", "Dani"), not the country.
   */
  readonly bare: ReadonlySet<string>;
  /** Stems of the names in GIVEN_NAME_COUNTRIES. */
  readonly givenNames: ReadonlySet<string>;
  readonly maxWords: number;
  /** The language's stem changes to undo (ALTERNATIONS). */
  readonly alternations: readonly (readonly [string, string])[];
}

function stemOf(word: string): string {
  const stem = word.replace(FINAL_VOWEL, '');
  return stem.length >= MIN_STEM ? stem : word;
}

function buildIndex(language: string): StemIndex {
  const codes = new Map<string, string>();
  const bare = new Set<string>();
  const givenNames = new Set<string>();
  let maxWords = 1;
  for (const [key, code] of localNameEntries(language)) {
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    const stems = words.map(stemOf);
    words.forEach((word, i) => {
      if (word === stems[i] || word.endsWith('y')) bare.add(stems[i]!);
    });
    if (GIVEN_NAME_COUNTRIES.has(key)) givenNames.add(stems[0]!);
    const joined = stems.join(' ');
    if (!codes.has(joined)) codes.set(joined, code);
  }
  for (const [form, code] of Object.entries(IRREGULAR[language] ?? {})) {
    if (codes.has(form)) continue;
    codes.set(form, code);
    bare.add(form);
  }
  return { codes, bare, givenNames, maxWords, alternations: ALTERNATIONS[language] ?? [] };
}

const INDEXES = new Map<string, StemIndex>();

function indexOf(language: string): StemIndex {
  let index = INDEXES.get(language);
  if (index === undefined) {
    index = buildIndex(language);
    INDEXES.set(language, index);
  }
  return index;
}

/** The stems a word of text may be declined from ("Izraela" → "izrael"; "Chin" → "chin" as it is). */
function formsOf(word: string, index: StemIndex, endings: readonly string[] = ENDINGS): string[] {
  const forms = index.bare.has(word) ? [word] : [];
  for (const ending of endings)
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending))
      forms.push(word.slice(0, -ending.length));
  for (const [ending, consonant] of index.alternations)
    if (word.length - ending.length + consonant.length >= MIN_STEM && word.endsWith(ending))
      forms.push(word.slice(0, -ending.length) + consonant);
  return forms;
}

const WORD = lazyPatternOf('[\\p{L}\\p{M}]+', 'gu');

/** The country a whole name declined in `language` names ("Rosji" → RU), for the entity pass. */
export function inflectedCountryNamed(name: string, language: string): string | undefined {
  if (!INFLECTED_LATIN.has(language)) return undefined;
  const index = indexOf(language);
  const words = name.split(' ').map((w) => textWord(normalizeWord(w), 0, 0, index));
  if (words.length > index.maxWords) return undefined;
  // A given name alone ("Dominiki") is the person's, wherever the entity pass asks.
  return words[0]!.forms.some((f) => index.givenNames.has(f)) ? undefined : firstCode(index, words);
}

interface TextWord {
  readonly start: number;
  readonly end: number;
  /** The forms as a name's first word. */
  readonly forms: readonly string[];
  /** The forms as a later word, adjectives' endings too. */
  readonly laterForms: readonly string[];
}

/** The code of the first combination of the words' forms the index holds (script-names.ts reads the same way). */
function firstCode(index: StemIndex, words: readonly TextWord[]): string | undefined {
  return firstKnown(
    index,
    words.map((w, k) => (k === 0 ? w.forms : w.laterForms)),
  )?.[0];
}

function textWord(normalized: string, start: number, end: number, index: StemIndex): TextWord {
  return {
    start,
    end,
    forms: formsOf(normalized, index),
    laterForms: formsOf(normalized, index, ADJECTIVE_ENDINGS),
  };
}

/**
 * Whether the word at `start` opens a sentence, a quotation or a line (its capital says nothing); finnish-cases.ts
 * reads its words so too.
 */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  // . ! ? : " ' newline, dashes, opening quotes
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 58 ||
    c === 34 ||
    c === 10 ||
    c === 45 ||
    c === 0x2013 ||
    c === 0x2014 ||
    c === 0x201e ||
    c === 0x201c ||
    c === 0x201d
  );
}

/**
 * Declined country names of `field` in `language`, outside the spans already `found` (the trie's mentions);
 * every word of a name starts with a capital, as these languages write them. People's names are not
 * avoided: the English recogniser joins a declined country to the name after it ("Ukrainy Wołodymyrem
 * Zełenskim", president of Ukraine Volodymyr Zelensky), and no declined country's stem is a surname's.
 */
export function inflectedCountryMentions(
  field: FieldText,
  language: string,
  found: readonly CountryMention[],
): CountryMention[] {
  const text = field.text;
  if (!INFLECTED_LATIN.has(language) || text === '') return [];
  // Asked of every capitalised word and the words after it: a search of the found spans, not a scan.
  const taken = overlapsAny(found.filter((m) => m.field === field.field));
  const free = (start: number, end: number): boolean => !taken(start, end);
  const index = indexOf(language);
  const all = [...text.matchAll(WORD)];
  const words: TextWord[] = [];
  const before: (RegExpExecArray | RegExpMatchArray | undefined)[] = [];
  all.forEach((m, k) => {
    if (!startsUpper(m[0])) return;
    words.push(textWord(normalizeWord(m[0]), m.index!, m.index! + m[0].length, index));
    before.push(all[k - 1]);
  });
  const mentions: CountryMention[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    const previous = before[i];
    const preposition = previous !== undefined && PREPOSITIONS.has(previous[0].toLowerCase());
    // "Hong Kongu", "Dani Olmo": a capitalised word right before, inside a sentence, opens a name of its own.
    const insideName =
      previous !== undefined &&
      !preposition &&
      startsUpper(previous[0]) &&
      text.slice(previous.index! + previous[0].length, words[i]!.start) === ' ' &&
      !opensSentence(text, previous.index!);
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !matched && !insideName; n--) {
      const span = words.slice(i, i + n);
      // One name: its words written one space apart.
      if (span.some((w, k) => k > 0 && text.slice(span[k - 1]!.end, w.start) !== ' ')) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      if (!free(start, end)) continue;
      if (!preposition && span[0]!.forms.some((f) => index.givenNames.has(f))) continue;
      const code = firstCode(index, span);
      if (!code) continue;
      mentions.push(mentionOf(field.field, text, start, end, code));
      matched = n;
    }
    i += matched || 1;
  }
  return mentions;
}
