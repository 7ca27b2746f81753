// A run's growth in `mixedCaseChunks` (chunk.ts): the state its steps share and what a step answers.
import type { FieldText } from '../../text/document.js';
import type { Chunk, Word } from '../chunk.js';

/**
 * A capitalised run being grown over a field's words: the steps of chunk.ts's `growRun` read the field and the
 * run, add words to the run and move `j` to the last token the run took.
 */
export interface RunGrowth {
  readonly field: FieldText;
  readonly words: readonly (Word | null)[];
  /** English copy: the Arabic article, another language's "and" and "e" as a particle are read. */
  readonly english: boolean;
  readonly language: string;
  /** Indonesian or Malay copy, whose "di" is the preposition "in". */
  readonly placeParticles: boolean;
  /** The chunks made so far (a case's name takes back a possessive owner read as a name of its own). */
  readonly chunks: Chunk[];
  run: Word[];
  /** Index of the last token the run took. */
  j: number;
  /** The run became a case's name, already among `chunks`. */
  caseName: boolean;
}

/** What a step of a run's growth did: it did not apply (the next step is tried), */
export const NOT_HERE = 0;
/** it grew the run, which may grow on, */
export const GROWN = 1;
/** or the run ends here (grown or not). */
export const ENDED = 2;
export type Step = typeof NOT_HERE | typeof GROWN | typeof ENDED;

/** A step: reads the run's last word and the word after it (null for a token that is no word). */
export type GrowthStep = (g: RunGrowth, last: Word, next: Word | null | undefined) => Step;
