/**
 * Country names of the Latin-script languages that decline them: Polish, Czech, Croatian and Bosnian write
 * "z Ukrainą", "do Rosji", "Stanów Zjednoczonych", "na Ukrajině", "u Hrvatskoj", where the country lists (and
 * so the phrase trie of mentions.ts) hold the nominative only ("Ukraina", "Rosja", "Stany Zjednoczone"). A
 * capitalised run the trie left unread is tried here word by word: each word less one case ending against
 * the names' stems (the nominative less its final vowel). Irregular forms ("Niemiec" of "Niemcy", "Kanadzie"
 * of "Kanada") stay unread. Built on the first article in such a language: English text never builds it.
 */
import type { Field } from '../schema.js';
import type { FieldText } from '../text/document.js';
import { startsUpper } from '../text/letters.js';
import { localNameEntries } from './gazetteer.js';
import type { CountryMention } from './mentions.js';
import { normalizeWord } from './normalize.js';

/** The languages read here (ISO 639-1). */
export const INFLECTED_LATIN: ReadonlySet<string> = new Set(['pl', 'cs', 'hr', 'bs']);

/**
 * Case endings of nouns and adjectives in these languages as `normalizeWord` writes them (no diacritics:
 * Polish "ę", "ą", "ów", Czech "ě", "ů", "ých" are "e", "a", "ow", "e", "u", "ych"), longest first.
 */
const ENDINGS = 'iach ach ami iej ych ich ow um em om ej ie ii ji ou oj ih im ym e y i a u o'.split(' ');
/** A nominative's final vowel, dropped to make the stem both forms share ("Ukraina" → "ukrain"). */
const FINAL_VOWEL = /[aeiouy]$/;
/** Shorter stems match given names and words ("Per" of Peru, "Kub" of Kuba): those names are read whole only. */
const MIN_STEM = 4;

interface StemIndex {
  /** A name's words' stems joined by single spaces → its ISO code. */
  readonly codes: ReadonlyMap<string, string>;
  readonly maxWords: number;
}

function stemOf(word: string): string {
  const stem = word.replace(FINAL_VOWEL, '');
  return stem.length >= MIN_STEM ? stem : word;
}

function buildIndex(language: string): StemIndex {
  const codes = new Map<string, string>();
  let maxWords = 1;
  for (const [key, code] of localNameEntries(language)) {
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    const stems = words.map(stemOf).join(' ');
    if (!codes.has(stems)) codes.set(stems, code);
  }
  return { codes, maxWords };
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

/** The stems a word of text may be declined from, the word itself first ("Izraela" → "izraela", "izrael"). */
function formsOf(word: string): string[] {
  const forms = [word];
  for (const ending of ENDINGS)
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending))
      forms.push(word.slice(0, -ending.length));
  return forms;
}

const WORD = /[\p{L}\p{M}]+/gu;

/** The country a whole name declined in `language` names ("Rosji" → RU), for the entity pass. */
export function inflectedCountryNamed(name: string, language: string): string | undefined {
  if (!INFLECTED_LATIN.has(language)) return undefined;
  const words = name.split(' ').map((w) => ({ start: 0, end: 0, forms: formsOf(normalizeWord(w)) }));
  return words.length <= indexOf(language).maxWords ? firstKnown(indexOf(language), words) : undefined;
}

interface TextWord {
  readonly start: number;
  readonly end: number;
  readonly forms: readonly string[];
}

/** The code of the first combination of the words' forms the index holds. */
function firstKnown(index: StemIndex, words: readonly TextWord[]): string | undefined {
  const walk = (k: number, key: string): string | undefined => {
    for (const form of words[k]!.forms) {
      const next = k === 0 ? form : `${key} ${form}`;
      if (k === words.length - 1) {
        const code = index.codes.get(next);
        if (code) return code;
      } else {
        const found = walk(k + 1, next);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(0, '');
}

function mentionOf(field: Field, text: string, start: number, end: number, code: string): CountryMention {
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
  const taken = found.filter((m) => m.field === field.field);
  const free = (start: number, end: number): boolean => !taken.some((m) => start < m.end && m.start < end);
  const index = indexOf(language);
  const words: TextWord[] = [];
  for (const m of text.matchAll(WORD)) {
    if (!startsUpper(m[0])) continue;
    const end = m.index + m[0].length;
    words.push({ start: m.index, end, forms: formsOf(normalizeWord(m[0])) });
  }
  const mentions: CountryMention[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let n = Math.min(index.maxWords, words.length - i); n >= 1 && !matched; n--) {
      const span = words.slice(i, i + n);
      // One name: its words written one space apart.
      if (span.some((w, k) => k > 0 && text.slice(span[k - 1]!.end, w.start) !== ' ')) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      if (!free(start, end)) continue;
      const code = firstKnown(index, span);
      if (!code) continue;
      mentions.push(mentionOf(field.field, text, start, end, code));
      matched = n;
    }
    i += matched || 1;
  }
  return mentions;
}
