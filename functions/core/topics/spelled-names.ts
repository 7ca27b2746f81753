import { lowerCased } from '../text/chars.js';
import { lazyPatternOf } from '../text/lazy-pattern.js';
import { tokenize } from '../text/tokens.js';
import type { LexiconEntry } from './compile.js';

/**
 * wild39a ★5: "BoE" is no Boeing. The lexicon looks words up by stem, and "Boeing" stems to "boe", so every
 * "BoE" (the Bank of England) was aerospace. An acronym is a spelling, not an inflection: where the text word
 * or the lexicon word is written as one (BoE, BOE, MEPs, PBoC), the two must be spelled alike, a possessive and
 * an acronym's lower-case plural "s" aside ("BoE's", "MEP" for "MEPs"), and a lexicon acronym needs one in the
 * text ("Boe", a surname, is no BoE). In a title in capitals every word is written so; there only a word of
 * three letters or fewer ("BOE", "TIM") is read as an acronym, besides the lexicon's own.
 */
const ACRONYM_MAX_IN_CAPITALS = 3;

function isCapital(c: string): boolean {
  return c !== lowerCased(c);
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase();
}

/** At least two capitals and no more lower-case letters: "BoE", "BOE", "MEPs", "PBoC" (not "YouTube", "Nato"). */
export function isAcronym(word: string): boolean {
  let capitals = 0;
  let lower = 0;
  for (const c of word) {
    if (isCapital(c)) capitals++;
    else if (isLower(c)) lower++;
  }
  return capitals >= 2 && capitals >= lower;
}

function letterCount(word: string): number {
  let n = 0;
  for (const c of word) if (isCapital(c) || isLower(c)) n++;
  return n;
}

const POSSESSIVE = /['\u2019][sS]?$/;

/**
 * Lower case, without a possessive and without an acronym's plural "s" ("MEPs", "BoE's" → "mep", "boe"); in a
 * title in capitals any final "s" ("MPS").
 */
function spelling(word: string, inCapitals: boolean): string {
  const w = word.replace(POSSESSIVE, '');
  const n = w.length;
  const last = w[n - 1] ?? '';
  const plural = n > 2 && (last === 's' ? isCapital(w[n - 2] ?? '') : inCapitals && last === 'S');
  return lowerCased(plural ? w.slice(0, -1) : w);
}

/** A lexicon phrase's words as written there (split as compile.ts splits them), and which are acronyms. */
interface Written {
  readonly words: readonly string[];
  readonly acronyms: readonly boolean[];
}
const WRITTEN = new WeakMap<LexiconEntry, Written>();
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const HAS_LETTER_OR_DIGIT = lazyPatternOf('[\\p{L}\\p{N}]', 'u');

function writtenOf(entry: LexiconEntry): Written {
  let written = WRITTEN.get(entry);
  if (written === undefined) {
    const words = PLAIN.test(entry.phrase)
      ? entry.phrase.split(' ')
      : tokenize(entry.phrase)
          .map((t) => t.text)
          .filter((t) => HAS_LETTER_OR_DIGIT.test(t));
    written = { words, acronyms: words.map(isAcronym) };
    WRITTEN.set(entry, written);
  }
  return written;
}

/** `text` is `word`, or `word` inflected ("boeings", "tories" for "tory", "lions" for "lion"), or `word` is its plural. */
function inflects(text: string, word: string): boolean {
  return text.startsWith(word) || pluralOf(text, word) || pluralOf(word, text);
}

function pluralOf(plural: string, single: string): boolean {
  if (plural.length !== single.length + 1 && plural.length !== single.length + 2) return false;
  if (plural === `${single}s`) return true;
  if (plural === `${single}es`) return SIBILANT_END.test(single);
  return single.endsWith('y') && plural === `${single.slice(0, -1)}ies`;
}
const SIBILANT_END = /(?:s|x|z|ch|sh)$/;

/**
 * Whether the text word may stand for word `k` of a cased lexicon entry. Where either is an acronym they are
 * spelled alike ("BoE" is not "Boeing", "SAR" not "SARS"), and a lexicon acronym needs one in the text ("Boe" is
 * no BoE); a name is matched by itself or an inflection ("Boeing's", "Tories" for "Tory"), not by its stem alone
 * ("Boe", the biathlete, is no Boeing).
 */
export function spelledAlike(entry: LexiconEntry, k: number, text: string, inCapitals: boolean): boolean {
  const { words, acronyms } = writtenOf(entry);
  const word = words[k];
  if (word === undefined) return true;
  const acronymText = inCapitals ? letterCount(text) <= ACRONYM_MAX_IN_CAPITALS : isAcronym(text);
  const acronymWord = acronyms[k] === true;
  if (acronymText || acronymWord) {
    if (acronymWord && !acronymText && !inCapitals) return false;
    return spelling(text, inCapitals) === spelling(word, inCapitals);
  }
  return inflects(spelling(text, false), spelling(word, false));
}

const SHORT_CAPITALS = /^[A-Z]{2,5}(?:['\u2019]s)?$/;
const HAS_LOWER = /[a-z]/;

function inCapitals(word: string): boolean {
  return letterCount(word) >= 2 && !HAS_LOWER.test(word) && /[A-Z]/.test(word);
}

/**
 * A short word in capitals among words in lower case ("ICE agents detained", "ACE inhibitors", "DOGE said", "the
 * CAS ruled") is an acronym, which names no ordinary word of the lexicon: no weather for ICE, no tennis for ACE, no
 * epidemic "cases" for the Court of Arbitration for Sport. A headline line in capitals inside a body ("LEEDS BEAT
 * CHELSEA") and a wire table's "QTR NET" keep their words: a neighbour in capitals, or none in lower case.
 */
export function acronymAmongWords(text: string, before: string, after: string): boolean {
  if (!SHORT_CAPITALS.test(text)) return false;
  if (inCapitals(before) || inCapitals(after)) return false;
  return HAS_LOWER.test(before) || HAS_LOWER.test(after);
}
