// The run `typeNamedSpan` (classify.ts) hands to its stages: the run, its cue and look-up, the tokens either side.
import type { Chunk, Word } from '../chunk.js';
import type { GazetteerEntry } from '../lexicon.js';
import type { Candidate, Context } from '../typing/context.js';

/** What `typeNamedSpan` reads first: the run from `from`, its cue and whole look-up, the tokens either side. */
export interface NamedSpan {
  readonly chunk: Chunk;
  readonly ctx: Context;
  readonly from: number;
  readonly personCue: boolean;
  readonly whole: GazetteerEntry | Candidate | undefined;
  readonly words: readonly Word[];
  readonly to: number;
  readonly prevToken: string;
  readonly nextToken: string;
  readonly prevBits: number;
  readonly nextBits: number;
}
