import type { FieldText } from '../text/document.js';
import {
  CASE_ANY,
  CASE_CAPITAL,
  type CaseRule,
  type CompiledLexicon,
  exactKey,
  type LexiconEntry,
  wordKey,
} from './compile.js';

/** How often one lexicon phrase occurred, by field, and how it was first written. */
export interface PhraseHits {
  title: number;
  body: number;
  surface: string;
}

interface Word {
  readonly key: string;
  readonly exact: string;
  readonly text: string;
}

function word(text: string, key = wordKey(text)): Word {
  return { key, exact: exactKey(text), text };
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** The field's words as stems, a `null` where punctuation breaks a phrase; unknown hyphenated words split. */
function wordsOf(field: FieldText, lexicon: CompiledLexicon): (Word | null)[] {
  const words: (Word | null)[] = [];
  for (const token of field.tokens) {
    const text = token.text;
    if (!HAS_WORD_CHAR.test(text)) {
      words.push(null);
      continue;
    }
    if (text.includes('-')) {
      const key = wordKey(text);
      if (lexicon.hyphenated.has(key)) {
        words.push(word(text, key));
        continue;
      }
      for (const part of text.split('-')) if (part) words.push(word(part));
      continue;
    }
    words.push(word(text));
  }
  return words;
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
  words: readonly (Word | null)[],
  i: number,
  entry: LexiconEntry,
  caseless: boolean,
): boolean {
  const first = words[i];
  if (!first || !caseFits(entry.cases[0], first.text, caseless)) return false;
  for (let k = 0; k < entry.rest.length; k++) {
    const w = words[i + 1 + k];
    const want = entry.rest[k];
    if (!w || (w.key !== want && w.exact !== want) || !caseFits(entry.cases[k + 1], w.text, caseless))
      return false;
  }
  return true;
}

/** Entries starting with this word, by stem or as written, longest first. */
function candidates(lexicon: CompiledLexicon, w: Word): readonly LexiconEntry[] | undefined {
  const stemmed = lexicon.index.get(w.key);
  const exact = lexicon.index.get(w.exact);
  if (!exact) return stemmed;
  if (!stemmed) return exact;
  return [...stemmed, ...exact].sort((a, b) => b.rest.length - a.rest.length);
}

/**
 * One pass over a field: at each word the longest lexicon phrase starting there is counted and skipped
 * over, so "prime minister" is not also counted as "minister".
 */
export function matchField(
  field: FieldText,
  lexicon: CompiledLexicon,
  caseless: boolean,
  into: Map<LexiconEntry, PhraseHits>,
): number {
  const words = wordsOf(field, lexicon);
  let wordCount = 0;
  for (let i = 0; i < words.length; ) {
    const here = words[i];
    if (!here) {
      i++;
      continue;
    }
    wordCount++;
    let advance = 1;
    const entries = candidates(lexicon, here);
    if (entries) {
      for (const entry of entries) {
        if (!matchAt(words, i, entry, caseless)) continue;
        let hits = into.get(entry);
        if (!hits) {
          const end = i + entry.rest.length;
          const surface = words
            .slice(i, end + 1)
            .map((w) => w?.text ?? '')
            .join(' ');
          const cased = entry.cases.some((c) => c !== CASE_ANY);
          hits = { title: 0, body: 0, surface: cased ? entry.phrase : surface.toLowerCase() };
          into.set(entry, hits);
        }
        if (field.field === 'title') hits.title++;
        else hits.body++;
        advance = entry.rest.length + 1;
        wordCount += entry.rest.length;
        break;
      }
    }
    i += advance;
  }
  return wordCount;
}
