import { lazyPattern } from '../text/lazy-pattern.js';
import type { Candidate } from './classify.js';
import { isLegalFormWord } from './legal-form.js';
import { isLowerWord } from './lexicon.js';

/** Up to four capitalised words ending where " of " begins: the name's first part, when no candidate holds it. */
const RUN_BEFORE = lazyPattern(
  () => /(?:^|[^\p{L}\p{N}.&'-])((?:\p{Lu}[\p{L}.&'-]*\s){0,3}\p{Lu}[\p{L}.&'-]*)$/u,
);
/** Initials ("J.P.", "U.S."): their full stop may stand inside a name. */
const INITIALS = /^(?:[A-Z]\.)+$/;
/**
 * What ends a sentence before a word, or a dateline's dash ("BERLIN \u2014 Shares of"): its first word may be
 * capitalised only for that.
 */
const SENTENCE_END = /(?:^|[.!?]["'\u201d]?\s+|\n\s*|\s[\u2014\u2013-]\s+)$/;

/**
 * "Gold Fields of South Africa Ltd said", "First of Long Island Corp": a firm's name that holds a place after
 * "of" and ends in a legal form was cut at "of" ("South Africa Ltd" a body, "Gold Fields" a thing of its own).
 * The legal form vouches for the whole: the name before "of" joins it, when no rule read that part as a person
 * or a place ("John Smith of Acme Ltd" stays two), and when it is not an ordinary word that merely opens the
 * sentence ("Shares of Acme Ltd rose").
 */
export function withFirmsOfPlaces(
  candidates: Candidate[],
  fields: { readonly title: { readonly text: string }; readonly body: { readonly text: string } },
): Candidate[] {
  let byEnd: Map<string, Candidate> | undefined;
  let dropped: Set<Candidate> | undefined;
  const joined: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'organization' || c.words.length < 2 || !isLegalFormWord(c.words[c.words.length - 1]!))
      continue;
    const text = fields[c.field].text;
    const ofAt = c.start - 4;
    if (ofAt <= 0 || text.slice(ofAt, c.start) !== ' of ') continue;
    // One index of where candidates end, made once: a search of the list per firm was quadratic on long texts.
    byEnd ??= endIndex(candidates);
    const before = byEnd.get(`${c.field}:${ofAt}`);
    let start: number;
    let firstWords: readonly string[];
    if (before !== undefined) {
      if (before.type === 'person' || before.type === 'place') continue;
      start = before.start;
      firstWords = before.words;
    } else {
      const run = RUN_BEFORE.exec(text.slice(Math.max(0, ofAt - 60), ofAt))?.[1];
      if (run === undefined) continue;
      const words = run.split(/\s+/);
      const kept = wordsOfItsSentence(words);
      // The name starts at its first kept word: the run's own spacing is kept, whatever it was.
      start = ofAt - run.length + offsetOfWord(run, words.length - kept);
      firstWords = words.slice(words.length - kept);
      if (
        SENTENCE_END.test(text.slice(Math.max(0, start - 4), start)) &&
        isLowerWord(firstWords[0]!.toLowerCase())
      )
        continue;
    }
    dropped ??= new Set();
    dropped.add(c);
    if (before !== undefined) dropped.add(before);
    joined.push(joinedAt(c, start, text, [...firstWords, 'of', ...c.words]));
  }
  if (dropped === undefined) return candidates;
  const gone = dropped;
  return candidates.filter((x) => !gone.has(x)).concat(joined);
}

/** Each field's candidates by where they end (the first listed, when two end at one place). */
function endIndex(candidates: readonly Candidate[]): Map<string, Candidate> {
  const index = new Map<string, Candidate>();
  for (const p of candidates) {
    const key = `${p.field}:${p.end}`;
    if (!index.has(key)) index.set(key, p);
  }
  return index;
}

/**
 * How many of the run's last words follow the last word that ends a sentence: "Friday. Units" is the end of one sentence and the
 * start of the next, never one name. A full stop after initials ("J.P. Morgan") stays inside the name,
 * unless an ordinary word follows it ("in the U.S. Shares of ...").
 */
function wordsOfItsSentence(words: readonly string[]): number {
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i]!;
    if (/[!?]$/.test(word)) return words.length - i - 1;
    if (word.endsWith('.') && (!INITIALS.test(word) || isLowerWord(words[i + 1]!.toLowerCase())))
      return words.length - i - 1;
  }
  return words.length;
}

/** Where the run's `n`th word (from 0) starts. */
function offsetOfWord(run: string, n: number): number {
  const word = /\S+/g;
  for (let i = 0; i < n; i++) word.exec(run);
  return word.exec(run)?.index ?? 0;
}

/** The joined candidate from `start` on, built in candidate-copy.ts's field order. */
function joinedAt(c: Candidate, start: number, text: string, words: readonly string[]): Candidate {
  return {
    field: c.field,
    start,
    end: c.end,
    text: text.slice(start, c.end),
    words,
    type: 'organization',
    canonical: undefined,
    countryCode: undefined,
    strength: Math.max(c.strength, 3),
    locative: false,
    caseless: c.caseless,
    placeId: undefined,
    prev: undefined,
    teamFromPlace: undefined,
    personish: undefined,
    owner: undefined,
  };
}
