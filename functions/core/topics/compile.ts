import { endsWithText, lowerCased } from '../text/chars.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { letterPattern } from '../text/letters.js';
import { tokenize } from '../text/tokens.js';
import type { TermTable } from './lexicon/types.js';
import { isAcronym } from './spelled-names.js';
import { stem } from './stem.js';
import { TAXONOMY } from './taxonomy.js';

/**
 * How a lexicon word constrains the case of the text word it matches: 0 any case; 1 written with an
 * initial capital, so the text word must start with one; 2 written in capitals, so the text word must be too.
 */
export type CaseRule = 0 | 1 | 2;
export const CASE_ANY: CaseRule = 0;
export const CASE_CAPITAL: CaseRule = 1;
export const CASE_UPPER: CaseRule = 2;

/** One lexicon phrase, with what a match adds to each topic node (the topics it names and their ancestors). */
export interface LexiconEntry {
  readonly phrase: string;
  /** Stems of the words after the first. */
  readonly rest: readonly string[];
  /** For a phrase matched as written ("=shares"), the lower-case form of each word; else empty. */
  readonly forms: readonly string[];
  readonly cases: readonly CaseRule[];
  /** Pairs of node index and weight, flattened: [node, weight, node, weight, …]. */
  readonly gains: readonly number[];
}

export interface TopicNode {
  readonly id: string;
  readonly label: string;
  readonly level: number;
  /** Index of the parent node, or -1 for a top level. */
  readonly parent: number;
}

export interface CompiledLexicon {
  readonly nodes: readonly TopicNode[];
  /** First-word stem → entries starting with it, longest first. */
  readonly index: ReadonlyMap<string, readonly LexiconEntry[]>;
  /** Whole hyphenated words the lexicon knows ("cease-fire"), so the text keeps them whole. */
  readonly hyphenated: ReadonlySet<string>;
  readonly nodeIndex: ReadonlyMap<string, number>;
}

export function buildNodes(): { nodes: TopicNode[]; nodeIndex: Map<string, number> } {
  const nodeIndex = new Map<string, number>();
  TAXONOMY.forEach(([id], i) => {
    nodeIndex.set(id, i);
  });
  const nodes = TAXONOMY.map(([id, label, parent, level]) => ({
    id,
    label,
    level,
    parent: parent === null ? -1 : (nodeIndex.get(parent) ?? -1),
  }));
  return { nodes, nodeIndex };
}

/** The word key used on both sides: stem without a trailing abbreviation period. */
export function wordKey(word: string): string {
  return stem(bareWord(word));
}

// Regular expressions with \p{…} at module level: esbuild (target node20) turns such a literal into a
// `new RegExp(…)` built on every call.
const ABBREVIATION_END = lazyPattern(() => /\.\p{L}\.$/u);

/** A word without the period that ends a sentence or an abbreviation ("Inc." → "Inc", but "U.S." stays). */
export function bareWord(word: string): string {
  return word.length > 1 && endsWithText(word, '.') && !ABBREVIATION_END.test(word)
    ? word.slice(0, -1)
    : word;
}

const NOT_LETTERS = letterPattern(String.raw`[^\p{L}]`, 'gu');

export function caseRuleOf(word: string): CaseRule {
  const first = word[0] ?? '';
  if (first === lowerCased(first)) return CASE_ANY;
  const letters = word.replace(NOT_LETTERS, '');
  return letters.length > 1 && letters === letters.toUpperCase() ? CASE_UPPER : CASE_CAPITAL;
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** Parses the term tables into one index keyed by first-word stem. Throws on an unknown topic id. */
export function compileLexicon(tables: readonly TermTable[]): CompiledLexicon {
  const keys = new Map<string, string>();
  const cachedKey = (word: string): string => {
    let key = keys.get(word);
    if (key === undefined) {
      key = wordKey(word);
      keys.set(word, key);
    }
    return key;
  };
  const { nodes, nodeIndex } = buildNodes();
  // phrase (as stems, forms and case rules) → topic node → weight
  const byPhrase = new Map<
    string,
    { words: string[]; forms: string[]; cases: CaseRule[]; phrase: string; topics: Map<number, number> }
  >();
  const hyphenated = new Set<string>();
  for (const table of tables) {
    for (const [code, list] of Object.entries(table)) {
      const node = nodeIndex.get(`medtop:${code}`);
      if (node === undefined) throw new Error(`topic lexicon: unknown IPTC id medtop:${code}`);
      for (const raw of list.split(/[,\n]/)) {
        const item = raw.trim();
        if (!item) continue;
        // "phrase 2.5": a trailing number is the weight (parsed by hand: this runs ~7,000 times at import).
        const space = item.lastIndexOf(' ');
        const tail = space > 0 ? Number(item.slice(space + 1)) : Number.NaN;
        const written = Number.isNaN(tail) ? item : item.slice(0, space);
        const weight = Number.isNaN(tail) ? 1 : tail;
        // "=shares" matches only that form, where stemming would join unrelated words ("shared").
        const exact = written.startsWith('=');
        const phrase = exact ? written.slice(1) : written;
        // Most terms are plain words: split them without the tokeniser (import time matters).
        const texts = PLAIN.test(phrase)
          ? phrase.split(' ')
          : tokenize(phrase)
              .map((t) => t.text)
              .filter((t) => /[\p{L}\p{N}]/u.test(t));
        if (texts.length === 0) throw new Error(`topic lexicon: empty term "${item}" in ${code}`);
        const words = texts.map(cachedKey);
        const forms = exact ? texts.map((t) => lowerCased(bareWord(t))) : [];
        const cases = texts.map(caseRuleOf);
        for (const t of texts) if (t.includes('-')) hyphenated.add(wordKey(t));
        // An acronym is its spelling ("BoE" shares its stem with "Boeing", not its entry).
        const spelled = texts.map((t) => (isAcronym(t) ? lowerCased(t) : '')).join(' ');
        const key = `${words.join(' ')}|${forms.join(' ')}|${cases.join('')}|${spelled}`;
        let entry = byPhrase.get(key);
        if (!entry) {
          entry = { words, forms, cases, phrase, topics: new Map() };
          byPhrase.set(key, entry);
        }
        entry.topics.set(node, Math.max(entry.topics.get(node) ?? 0, weight));
      }
    }
  }
  const index = new Map<string, LexiconEntry[]>();
  for (const { words, forms, cases, phrase, topics } of byPhrase.values()) {
    // A match adds each named topic's weight to it and its ancestors, the largest where paths meet.
    const gain = new Map<number, number>();
    for (const [node, weight] of topics) {
      for (let n = node; n >= 0; n = nodes[n]?.parent ?? -1) gain.set(n, Math.max(gain.get(n) ?? 0, weight));
    }
    const gains: number[] = [];
    for (const [node, weight] of gain) gains.push(node, weight);
    const entry: LexiconEntry = { phrase, rest: words.slice(1), forms, cases, gains };
    const first = words[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  // Longest first, then the stricter (cased, exact) entry before the looser one for the same words.
  const strictness = (e: LexiconEntry) => e.cases.reduce<number>((sum, c) => sum + c, 0) + e.forms.length;
  for (const list of index.values()) {
    list.sort((a, b) => b.rest.length - a.rest.length || strictness(b) - strictness(a));
  }
  return { nodes, index, hyphenated, nodeIndex };
}

/** The compiled index as plain JSON, so the runtime can load it instead of compiling at import. */
export interface SerializedLexicon {
  /** [first-word key, phrase, rest, forms, cases, gains] per entry, in index order. */
  readonly entries: readonly (readonly [string, string, string[], string[], CaseRule[], number[]])[];
  readonly hyphenated: readonly string[];
}

export function serializeLexicon(lexicon: CompiledLexicon): SerializedLexicon {
  const entries: [string, string, string[], string[], CaseRule[], number[]][] = [];
  for (const [key, list] of lexicon.index) {
    for (const e of list)
      entries.push([key, e.phrase, [...e.rest], [...e.forms], [...e.cases], [...e.gains]]);
  }
  return { entries, hyphenated: [...lexicon.hyphenated] };
}

export function loadLexicon(data: SerializedLexicon): CompiledLexicon {
  const { nodes, nodeIndex } = buildNodes();
  const index = new Map<string, LexiconEntry[]>();
  for (const [key, phrase, rest, forms, cases, gains] of data.entries) {
    let list = index.get(key);
    if (!list) {
      list = [];
      index.set(key, list);
    }
    list.push({ phrase, rest, forms, cases, gains });
  }
  return { nodes, index, hyphenated: new Set(data.hyphenated), nodeIndex };
}
