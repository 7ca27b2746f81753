/**
 * Country names in languages not written in Latin script (Arabic, Persian, Russian, Ukrainian, Hindi,
 * Korean, Chinese, Japanese), for articles in those languages. The word trie of `mentions.ts` cannot read
 * them: Chinese and Japanese put no space between words (美国总统特朗普表示 is one token), Arabic glues
 * "and", "with", "to" onto the name (والولايات، بروسيا، للصين), Korean its particles (미국과), Russian and
 * Ukrainian inflect it (России, Францию), and none of these scripts but Cyrillic has capitals to start a
 * phrase. Spaced languages are read word by word against a Map of the names (each word's possible forms
 * tried); Chinese and Japanese by one regular expression over the names, longest first. Both are built
 * the first time a text in that language is tagged: an English article builds neither.
 */
import type { Field } from '../schema.js';
import type { FieldText } from '../text/document.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';
import { startsUpper } from '../text/letters.js';
import { localNameEntries } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { abbreviationSpans } from './script-abbreviations.js';
import { ARABIC_SCRIPT, INFLECTED, NO_SPACES, SCRIPT_LANGUAGES, scriptKey } from './script-key.js';

// Case endings of Russian and Ukrainian nouns and adjectives after the stem (the name without its
// final vowels, й or ь): Россия → Росси-и, -ю, -ей; Китай → Кита-я, -е, -ем; Соединённые → -ых.
const ENDINGS = (
  'ами ями ого его ому ему ыми ими ой ей ом ем ию ии ия ью ая яя ую юю ые ие ых их ым им ий ый ах ях ам ям ' +
  'ов ев а я у ю е и ы о ь й і ї є'
).split(' ');
// а я й ь е о ы и у і ї є (escaped: raw letters in a regex make the bundle two-byte text).
const CYRILLIC_STEM_END = /[\u0430\u044f\u0439\u044c\u0435\u043e\u044b\u0438\u0443\u0456\u0457\u0454]+$/u;

/** The stem a Cyrillic name's word is indexed under; an all-capitals word ("США", "КНДР") is not declined. */
function stemOf(word: string): string {
  if (word === word.toUpperCase()) return word;
  const stem = word.replace(CYRILLIC_STEM_END, '');
  return stem.length >= 3 ? stem : word;
}

/** The forms a word of text may be indexed under, most likely first. */
type FormsOf = (word: string, first: boolean, last: boolean) => string[];

/**
 * Russian, Ukrainian: the word itself, or less one case ending ("Кубок" keeps "ок": no Куба), or its stem as a
 * name is indexed (`stemOf`): a stem ending in a vowel or "й" loses it there, so "Китай" (Кит-) and "Сирией"
 * (Сир-) are read, which no single ending gave.
 */
const cyrillicForms: FormsOf = (word) => {
  const forms = [word];
  for (const ending of ENDINGS)
    if (word.length - ending.length >= 3 && word.endsWith(ending)) forms.push(word.slice(0, -ending.length));
  const stem = stemOf(word);
  if (!forms.includes(stem)) forms.push(stem);
  return forms;
};

/**
 * Arabic and Persian: the first word of a name may carry "and"/"so" (و، ف) and then "with"/"to"/"like"
 * (ب، ل، ك); ل before the article ال drops its alef (ل + الصين → للصين).
 */
const arabicForms: FormsOf = (word, first) => {
  if (!first) return [word];
  const forms = [word];
  // و ف
  const bases = /^[\u0648\u0641]/.test(word) && word.length > 3 ? [word, word.slice(1)] : [word];
  for (const base of bases) {
    if (base !== word) forms.push(base);
    if (base.startsWith('لل')) forms.push(`ا${base.slice(1)}`);
    // ب ل ك
    if (/^[\u0628\u0644\u0643]/.test(base) && base.length > 3) forms.push(base.slice(1));
  }
  return forms;
};

/** Korean: particles follow the last word of a name in the same word (미국과, 중국의, 한국에서). */
const koreanForms: FormsOf = (word, _first, last) => {
  if (!last) return [word];
  const forms: string[] = [];
  for (let end = word.length; end >= 2; end--) forms.push(word.slice(0, end));
  return forms;
};

/** Hebrew's one-letter prefixes: "and", "the", "in", "to", "from", "that", "as" (ו ה ב ל מ ש כ). */
const HEBREW_PREFIX = /^[\u05d5\u05d4\u05d1\u05dc\u05de\u05e9\u05db]/;

/** Hebrew: the first word of a name may carry one or two prefixes ("וירדן" and Jordan, "ובישראל" and in Israel). */
const hebrewForms: FormsOf = (word, first) => {
  const forms = [word];
  if (!first) return forms;
  for (let base = word; base.length > 3 && HEBREW_PREFIX.test(base) && forms.length < 3; ) {
    base = base.slice(1);
    forms.push(base);
  }
  return forms;
};

const wordItself: FormsOf = (word) => [word];

function formsFor(language: string): FormsOf {
  if (INFLECTED.has(language)) return cyrillicForms;
  if (ARABIC_SCRIPT.has(language)) return arabicForms;
  if (language === 'he') return hebrewForms;
  return language === 'ko' ? koreanForms : wordItself;
}

/** Names of a spaced language by their words' keys, joined by single spaces. */
interface WordIndex {
  readonly codes: ReadonlyMap<string, string>;
  readonly maxWords: number;
  readonly formsOf: FormsOf;
  /** Cyrillic names start with a capital; the other scripts have none. */
  readonly capitalised: boolean;
}

function buildWordIndex(language: string): WordIndex | undefined {
  const entries = localNameEntries(language);
  if (!entries.length) return undefined;
  const inflected = INFLECTED.has(language);
  const codes = new Map<string, string>();
  let maxWords = 1;
  for (const [name, code] of entries) {
    const words = name.split(' ');
    maxWords = Math.max(maxWords, words.length);
    const key = inflected ? words.map(stemOf).join(' ') : name;
    if (!codes.has(key)) codes.set(key, code);
  }
  return { codes, maxWords, formsOf: formsFor(language), capitalised: inflected };
}

const WORD = lazyPatternOf('[\\p{L}\\p{M}]+', 'gu');

/** Runs of one to `maxWords` words, longest first, whose forms name a country. */
function wordMentions(field: FieldText, text: string, index: WordIndex): CountryMention[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const mentions: CountryMention[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    if (!index.capitalised || startsUpper(words[i]!.text)) {
      for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !matched; n--) {
        const span = words.slice(i, i + n);
        if (span.some((w, k) => k > 0 && text.slice(span[k - 1]!.end, w.start) !== ' ')) continue;
        const forms = span.map((w, k) => index.formsOf(w.text, k === 0, k === n - 1));
        const found = firstKnown(index, forms);
        if (!found) continue;
        // The mention is the name's own letters: a proclitic or particle stays outside it.
        // (Cyrillic forms are stems: there the mention is the whole words, endings and all.)
        const [code, first, last] = found;
        const head = span[0]!;
        const tail = span[n - 1]!;
        const start = head.end - first.length;
        const afterProclitic = !index.capitalised && text.startsWith(first, start);
        const beforeParticle = !index.capitalised && text.startsWith(last, tail.start);
        const end = beforeParticle ? tail.start + last.length : tail.end;
        mentions.push(mentionOf(field.field, field.text, afterProclitic ? start : head.start, end, code));
        matched = n;
      }
    }
    i += matched || 1;
  }
  return mentions;
}

/** The code of the first combination of the words' forms the index holds, with its first and last form. */
export function firstKnown(
  index: { readonly codes: ReadonlyMap<string, string> },
  forms: readonly (readonly string[])[],
): [string, string, string] | undefined {
  const walk = (k: number, key: string, first: string): [string, string, string] | undefined => {
    for (const form of forms[k]!) {
      const next = k === 0 ? form : `${key} ${form}`;
      const head = k === 0 ? form : first;
      if (k === forms.length - 1) {
        const code = index.codes.get(next);
        if (code) return [code, head, form];
      } else {
        const found = walk(k + 1, next, head);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(0, '', '');
}

/** A Japanese name in katakana is no name inside a longer katakana word (マリ in マリアさん, Ms Maria). */
// ー (long vowel mark) and ・ (name separator) belong to katakana words.
const KATAKANA = lazyPatternOf('^[\\p{Script=Katakana}\\u30fc\\u30fb]+$', 'u');
const NOT_KATAKANA_BEFORE = '(?<![\\p{Script=Katakana}ー])';
const NOT_KATAKANA_AFTER = '(?![\\p{Script=Katakana}ー])';

interface Matcher {
  readonly pattern: RegExp;
  /** The country of each capture group: every name is a group of its own. */
  readonly codes: readonly string[];
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Chinese, Japanese: one alternation of the names, longest first (印度尼西亚 before 印度). */
function buildMatcher(language: string): Matcher | undefined {
  const entries = localNameEntries(language);
  if (!entries.length) return undefined;
  const byName = new Map(entries);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const codes: string[] = [''];
  // Groups are numbered in the order they open in the pattern.
  const groups = (list: readonly string[]): string =>
    list
      .map((name) => {
        codes.push(byName.get(name) ?? '');
        return `(${literal(name)})`;
      })
      .join('|');
  const katakana = names.filter((n) => KATAKANA.test(n));
  let source = groups(names.filter((n) => !KATAKANA.test(n)));
  if (katakana.length) source += `|${NOT_KATAKANA_BEFORE}(?:${groups(katakana)})${NOT_KATAKANA_AFTER}`;
  return { pattern: new RegExp(source, 'dgu'), codes };
}

/**
 * Chinese names read inside a longer word with the character before: 南美国家 is "South American
 * countries" (南美 + 国家), not 美国; likewise 北美 (North America), 拉美 (Latin America).
 */
const NOT_AFTER: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: { 美国: '南北拉' },
};

function substringMentions(
  field: FieldText,
  text: string,
  matcher: Matcher,
  language: string,
): CountryMention[] {
  const mentions: CountryMention[] = [];
  const { pattern } = matcher;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const span = m.indices?.[group];
    const code = matcher.codes[group];
    if (!span || !code) continue;
    const before = NOT_AFTER[language]?.[m[group]!];
    if (before !== undefined && span[0] > 0 && before.includes(text[span[0] - 1]!)) continue;
    mentions.push(mentionOf(field.field, field.text, span[0], span[1], code));
  }
  return mentions;
}

type Reader = { readonly words: WordIndex } | { readonly matcher: Matcher };
const READERS = new Map<string, Reader | undefined>();

function readerOf(language: string): Reader | undefined {
  if (!SCRIPT_LANGUAGES.has(language)) return undefined;
  if (!READERS.has(language)) {
    const built = NO_SPACES.has(language) ? buildMatcher(language) : buildWordIndex(language);
    const reader = built && ('pattern' in built ? { matcher: built } : { words: built });
    READERS.set(language, reader);
  }
  return READERS.get(language);
}

/**
 * The country one word names in Russian or Ukrainian, in any case form ("России", "Белоруссии", "Украины"): the
 * entity pass asks it of the word opening a run it read as a person's name.
 */
export function cyrillicCountryNamed(word: string, language: string): string | undefined {
  if (!INFLECTED.has(language)) return undefined;
  const reader = readerOf(language);
  if (!reader || !('words' in reader) || !startsUpper(word)) return undefined;
  return firstKnown(reader.words, [reader.words.formsOf(scriptKey(word), true, true)])?.[0];
}

/** Whether `language` (ISO 639-1) is read by `scriptCountryMentions` and has names to read with. */
export function readsScript(language: string): boolean {
  return readerOf(language) !== undefined;
}

/**
 * The country mentions of one field of an article in `language`, by name only (no demonyms, cities or
 * codes, as for the other languages).
 */
export function scriptCountryMentions(field: FieldText, language: string): CountryMention[] {
  const reader = readerOf(language);
  if (!reader || field.text === '') return [];
  const text = scriptKey(field.text);
  const named =
    'words' in reader
      ? wordMentions(field, text, reader.words)
      : substringMentions(field, text, reader.matcher, language);
  // 中美, 日米, 한일 (script-abbreviations.ts), where no name was read.
  const abbreviated = abbreviationSpans(text, language).filter(
    ([start, end]) => !named.some((m) => m.start < end && start < m.end),
  );
  if (abbreviated.length === 0) return named;
  return [
    ...named,
    ...abbreviated.map(([start, end, code]) => mentionOf(field.field, field.text, start, end, code)),
  ].sort((a, b) => a.start - b.start);
}

/** A mention of a country by its name. */
export function mentionOf(
  field: Field,
  text: string,
  start: number,
  end: number,
  code: string,
): CountryMention {
  return {
    code,
    kind: 'name',
    field,
    start,
    end,
    text: text.slice(start, end),
    ambiguous: false,
    currency: false,
    needsConfirmation: false,
  };
}
