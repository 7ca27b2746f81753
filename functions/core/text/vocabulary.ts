import { codeUnitAt } from './chars.js';
import { joinParts, PART_LENGTH } from './long-lists.js';
import type { Token } from './tokens.js';

/**
 * The distinct token texts seen by this process, numbered. A document's tokens are looked up here once
 * (`wordIdsOf`), and each recogniser keeps what it derives from a text (lower case, stem, normal form…)
 * in an array indexed by the number (`WordMemo`), instead of hashing the same token string into a map
 * of its own on every pass. Only a speed-up: the same text always gets the same answer.
 *
 * Memory stays bounded however many distinct words pass through: when the vocabulary is full it starts
 * over before the next document, under a new generation, and every memo of an older generation is
 * emptied on its next use.
 */

/** The texts numbered so far, by number − SINGLE_CHARACTERS. */
let texts: string[] = [];
/** Each numbered text's hash, by number − SINGLE_CHARACTERS: most probes of a wrong slot end here. */
let hashes = new Int32Array(1024);
/**
 * Open addressing over the texts: a slot holds 1 + (number − SINGLE_CHARACTERS), 0 when empty. Kept at
 * most half full. A Map<string, number> did the same, but hashing each new token string inside the Map
 * (every token of an article is a new string) and probing it was ~3% of tagging; the hash is computed
 * here from the token's code units instead, and a probe compares a number before any string.
 */
let slots = new Int32Array(2048);
let generation = 0;
/** Distinct texts before the vocabulary starts over (a long-running Lambda sees an open vocabulary). */
const VOCABULARY_LIMIT = 200_000;
/** Numbers below this are the one-character ASCII texts, numbered by their code without a look-up. */
const SINGLE_CHARACTERS = 128;

/**
 * Starts the vocabulary over if it is full. Called before a document's fields are numbered, never
 * between them, so the numbers of one document are all of one generation.
 */
export function renewVocabularyIfFull(): void {
  if (texts.length >= VOCABULARY_LIMIT) {
    texts = [];
    hashes = new Int32Array(1024);
    slots = new Int32Array(2048);
    generation++;
  }
}

/**
 * The vocabulary number of each token's text, in token order, and each token's text replaced by the
 * vocabulary's copy of it (same characters). A plain array: allocating a typed array per field cost
 * more than it saved.
 */
export function wordIdsOf(tokens: readonly Token[]): number[] {
  // In parts of PART_LENGTH numbers, joined once (long-lists.ts).
  const parts: number[][] = [];
  let i = 0;
  do {
    const out: number[] = [];
    for (; i < tokens.length && out.length < PART_LENGTH; i++) {
      const token = tokens[i] as Token;
      const text = token.text;
      // Its length from its offsets: `.length` of strings of every V8 representation is a megamorphic load.
      const length = token.end - token.start;
      // A one-character ASCII token (punctuation, a fifth of all tokens) is numbered by its code.
      if (length === 1) {
        const code = codeUnitAt(text, 0);
        if (code < SINGLE_CHARACTERS) {
          out.push(code);
          continue;
        }
      }
      const id = numberOf(text, length);
      out.push(id);
      // Every later pass reads the vocabulary's copy of the text: one string per text, whose hash the
      // recognisers' sets and maps compute once, instead of a new string per occurrence hashed again.
      (token as { text: string }).text = texts[id - SINGLE_CHARACTERS] as string;
    }
    parts.push(out);
  } while (i < tokens.length);
  return joinParts(parts);
}

/** Texts up to this long are kept as a Latin-1 copy when they can be (see `sharedCopy`). */
const LONGEST_COPIED = 64;

/**
 * The text as the vocabulary keeps it. A word cut from an article that has any character beyond
 * Latin-1 (a curly quote is enough) is a two-byte string even when it is plain ASCII, and V8 lower-cases
 * such strings through ICU, several times slower; a copy built from its code units is one-byte.
 */
function sharedCopy(text: string, length: number): string {
  if (length > LONGEST_COPIED) return text;
  const codes: number[] = [];
  for (let i = 0; i < length; i++) {
    const code = codeUnitAt(text, i);
    if (code > 255) return text;
    codes.push(code);
  }
  return String.fromCharCode(...codes);
}

/** FNV-1a over the text's code units, its high bits folded into the low ones the table uses. */
function hashOf(text: string, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ codeUnitAt(text, i), 0x01000193);
  return h ^ (h >>> 16);
}

function numberOf(text: string, length: number): number {
  const hash = hashOf(text, length);
  let mask = slots.length - 1;
  let slot = hash & mask;
  for (;;) {
    const held = slots[slot] as number;
    if (held === 0) break;
    if (hashes[held - 1] === hash && texts[held - 1] === text) return SINGLE_CHARACTERS + held - 1;
    slot = (slot + 1) & mask;
  }
  const index = texts.length;
  texts.push(sharedCopy(text, length));
  if (index >= hashes.length) {
    const grown = new Int32Array(hashes.length * 2);
    grown.set(hashes);
    hashes = grown;
  }
  hashes[index] = hash;
  if ((index + 1) * 2 > slots.length) {
    rehash(slots.length * 2);
    mask = slots.length - 1;
    slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
  }
  slots[slot] = index + 1;
  return SINGLE_CHARACTERS + index;
}

function rehash(size: number): void {
  const grown = new Int32Array(size);
  const mask = size - 1;
  for (let index = 0; index < texts.length - 1; index++) {
    let slot = (hashes[index] as number) & mask;
    while (grown[slot] !== 0) slot = (slot + 1) & mask;
    grown[slot] = index + 1;
  }
  slots = grown;
}

/**
 * Values derived from token texts, by vocabulary number: `get` is undefined until `set`. Valid for the
 * numbers of the current generation; call `current()` once per document before reading.
 */
export class WordMemo<T> {
  private values: (T | undefined)[] = [];
  private generation = generation;

  /** This memo, emptied if the vocabulary started over since it was last used. */
  current(): this {
    if (this.generation !== generation) {
      this.values = [];
      this.generation = generation;
    }
    return this;
  }

  get(id: number): T | undefined {
    return this.values[id];
  }

  set(id: number, value: T): T {
    // Ids are handed out densely, so the array grows without holes in the common case.
    while (this.values.length < id) this.values.push(undefined);
    this.values[id] = value;
    return value;
  }
}
