import type { Word } from './chunk.js';

/** The fields a copy of a word may change; a change left out keeps the word's. */
export interface WordChanges {
  readonly index?: number;
  readonly core?: string;
  readonly lower?: string;
  readonly bits?: number;
  readonly shapes?: number;
  readonly start?: number;
  readonly end?: number;
  readonly possessive?: boolean;
  readonly initial?: boolean;
}

/**
 * A copy of the word with some fields changed, built field by field in `toWord`'s order (chunk.ts) instead of
 * `{ ...word, end }`: a spread copy takes the word's own hidden class, and writing over its fields makes V8 mark
 * them rewritten for every word, which throws away the optimised typing code that reads words (as with
 * `candidateWith`, candidate-copy.ts). New code should copy a word with `wordWith`, never with a spread.
 */
export function wordWith(w: Word, changes: WordChanges): Word {
  return {
    index: changes.index ?? w.index,
    core: changes.core ?? w.core,
    lower: changes.lower ?? w.lower,
    bits: changes.bits ?? w.bits,
    shapes: changes.shapes ?? w.shapes,
    facts: w.facts,
    start: changes.start ?? w.start,
    end: changes.end ?? w.end,
    possessive: changes.possessive ?? w.possessive,
    capitalised: w.capitalised,
    caseless: w.caseless,
    initial: changes.initial ?? w.initial,
    line: w.line,
    lineStart: w.lineStart,
    wrapped: w.wrapped,
    tabular: w.tabular,
  };
}
