import type { FieldText } from '../text/document.js';
import {
  bareWord,
  CASE_ANY,
  CASE_CAPITAL,
  type CaseRule,
  type CompiledLexicon,
  type LexiconEntry,
} from './compile.js';
import { stem } from './stem.js';

/** How often one lexicon phrase occurred, by field, and how it was first written. */
export interface PhraseHits {
  title: number;
  body: number;
  /** Per frame (see frames.ts), occurrences in a sentence that also names one of the frame's actors. */
  framed?: number[];
  surface: string;
}

// Per lexicon, each word seen with its stem and the entries starting with that stem: one Map lookup per
// word. Only a speed-up (the same word always gets the same answer); cleared when large, so memory stays
// bounded however many distinct words pass through.
interface KnownWord {
  readonly key: string;
  readonly entries: readonly LexiconEntry[] | undefined;
}
const wordCaches = new WeakMap<CompiledLexicon, Map<string, KnownWord>>();
const WORD_CACHE_LIMIT = 50_000;

function knownWord(cache: Map<string, KnownWord>, lexicon: CompiledLexicon, word: string): KnownWord {
  let known = cache.get(word);
  if (known === undefined) {
    const key = stem(bareWord(word));
    known = { key, entries: lexicon.index.get(key) };
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, known);
  }
  return known;
}

function isWordToken(text: string): boolean {
  if (text.length > 1) return true;
  const c = text.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(text))
  );
}

/**
 * The field's words, as parallel arrays of stems and surface forms; an empty string where punctuation
 * breaks a phrase. A hyphenated word the lexicon does not know is split into its parts.
 */
interface Words {
  readonly keys: string[];
  readonly texts: string[];
  /** Lexicon entries starting at each word. */
  readonly starts: (readonly LexiconEntry[] | undefined)[];
  /** Index of the sentence each word is in. */
  readonly sentences: number[];
}

function wordsOf(field: FieldText, lexicon: CompiledLexicon): Words {
  let cache = wordCaches.get(lexicon);
  if (!cache) {
    cache = new Map();
    wordCaches.set(lexicon, cache);
  }
  const keys: string[] = [];
  const texts: string[] = [];
  const starts: (readonly LexiconEntry[] | undefined)[] = [];
  const sentences: number[] = [];
  const sentenceOfToken = new Int32Array(field.tokens.length);
  field.sentences.forEach((s, n) => {
    sentenceOfToken.fill(n, s.firstToken, s.endToken);
  });
  const { tokens } = field;
  for (let t = 0; t < tokens.length; t++) {
    const text = tokens[t]?.text ?? '';
    const sentence = sentenceOfToken[t] ?? 0;
    if (!isWordToken(text)) {
      keys.push('');
      texts.push('');
      starts.push(undefined);
      sentences.push(sentence);
      continue;
    }
    const known = knownWord(cache, lexicon, text);
    if (text.includes('-') && !lexicon.hyphenated.has(known.key)) {
      for (const part of text.split('-')) {
        if (!part) continue;
        const piece = knownWord(cache, lexicon, part);
        keys.push(piece.key);
        texts.push(part);
        starts.push(piece.entries);
        sentences.push(sentence);
      }
      continue;
    }
    keys.push(known.key);
    texts.push(text);
    starts.push(known.entries);
    sentences.push(sentence);
  }
  return { keys, texts, starts, sentences };
}

function caseFits(rule: CaseRule | undefined, text: string, caseless: boolean): boolean {
  if (rule === undefined || rule === CASE_ANY) return true;
  // In a title in capitals, "IT" or "US" could be any word; longer acronyms are still safe.
  if (caseless) return rule === CASE_CAPITAL || text.length > 2;
  const first = text[0] ?? '';
  if (rule === CASE_CAPITAL) return first !== first.toLowerCase();
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase();
}

function matchAt(
  keys: string[],
  texts: string[],
  i: number,
  entry: LexiconEntry,
  caseless: boolean,
): boolean {
  const { rest, forms, cases } = entry;
  for (let k = 0; k < rest.length; k++) if (keys[i + 1 + k] !== rest[k]) return false;
  for (let k = 0; k <= rest.length; k++) {
    const text = texts[i + k] ?? '';
    if (!caseFits(cases[k], text, caseless)) return false;
    if (forms.length && bareWord(text).toLowerCase() !== forms[k]) return false;
  }
  return true;
}

/**
 * One pass over a field: at each word the longest lexicon phrase starting there is counted and skipped
 * over, so "prime minister" is not also counted as "minister". Phrases in a sentence that names a
 * frame's actor (`actorMask`: bit f for frame f), or that follows one, are also counted in `framed[f]`.
 * Returns the number of words.
 */
export function matchField(
  field: FieldText,
  lexicon: CompiledLexicon,
  caseless: boolean,
  into: Map<LexiconEntry, PhraseHits>,
  actorMask: ReadonlyMap<LexiconEntry, number> = new Map(),
  frameCount = 0,
): number {
  const { keys, texts, starts, sentences } = wordsOf(field, lexicon);
  let wordCount = 0;
  let sentence = -1;
  let inSentence: PhraseHits[] = [];
  let actorsSeen = 0;
  // An actor named in one sentence is often the "he" or "it" of the next: it frames that one too.
  let carried = 0;
  const closeSentence = () => {
    const frames = actorsSeen | carried;
    if (frames) {
      for (let f = 0; f < frameCount; f++) {
        if (!(frames & (1 << f))) continue;
        for (const hits of inSentence) {
          hits.framed ??= new Array<number>(frameCount).fill(0);
          hits.framed[f] = (hits.framed[f] ?? 0) + 1;
        }
      }
    }
    inSentence = [];
    carried = actorsSeen;
    actorsSeen = 0;
  };
  for (let i = 0; i < keys.length; ) {
    if (sentences[i] !== sentence) {
      closeSentence();
      sentence = sentences[i] ?? -1;
    }
    const key = keys[i] ?? '';
    if (!key) {
      i++;
      continue;
    }
    wordCount++;
    let advance = 1;
    const entries = starts[i];
    if (entries) {
      for (const entry of entries) {
        if (!matchAt(keys, texts, i, entry, caseless)) continue;
        let hits = into.get(entry);
        if (!hits) {
          const cased = entry.forms.length > 0 || entry.cases.some((c) => c !== CASE_ANY);
          const surface = texts.slice(i, i + entry.rest.length + 1).join(' ');
          hits = { title: 0, body: 0, surface: cased ? entry.phrase : surface.toLowerCase() };
          into.set(entry, hits);
        }
        if (field.field === 'title') hits.title++;
        else hits.body++;
        const mask = actorMask.get(entry);
        if (mask) actorsSeen |= mask;
        else inSentence.push(hits);
        advance = entry.rest.length + 1;
        wordCount += entry.rest.length;
        break;
      }
    }
    i += advance;
  }
  closeSentence();
  return wordCount;
}
