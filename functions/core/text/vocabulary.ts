import { codeUnitAt } from './chars.js';
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
const ids = new Map<string, number>();
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
  if (ids.size >= VOCABULARY_LIMIT) {
    ids.clear();
    generation++;
  }
}

/**
 * The vocabulary number of each token's text, in token order. A plain array: allocating a typed array
 * per field cost more than it saved.
 */
export function wordIdsOf(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const text = token.text;
    // A one-character ASCII token (punctuation, a fifth of all tokens) is numbered by its code. Its
    // length from its offsets: `.length` of strings of every V8 representation is a megamorphic load.
    if (token.end - token.start === 1) {
      const code = codeUnitAt(text, 0);
      if (code < SINGLE_CHARACTERS) {
        out.push(code);
        continue;
      }
    }
    let id = ids.get(text);
    if (id === undefined) {
      id = SINGLE_CHARACTERS + ids.size;
      ids.set(text, id);
    }
    out.push(id);
  }
  return out;
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
