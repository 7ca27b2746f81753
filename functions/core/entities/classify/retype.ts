// classify.ts's entry points as the stages in classify/ call them again on part of a run: through the context's
// `typers` (typing/context.ts), which classify.ts `typeChunks` fills, so no stage imports classify.ts back.
import type { Chunk } from '../chunk.js';
import type { GazetteerEntry } from '../lexicon.js';
import type { Candidate, Context } from '../typing/context.js';
import type { Reading } from '../typing/reading.js';

/** classify.ts `typeChunk`. */
export function typeChunk(chunk: Chunk, ctx: Context): Candidate[] {
  return ctx.typers.typeChunk(chunk, ctx);
}

/** classify.ts `typeNamedSpan`. */
export function typeNamedSpan(
  chunk: Chunk,
  ctx: Context,
  from: number,
  personCue: boolean,
  whole: GazetteerEntry | Candidate | undefined,
): Candidate[] {
  return ctx.typers.typeNamedSpan(chunk, ctx, from, personCue, whole);
}

/** classify.ts `typeSeveralWords`. */
export function typeSeveralWords(reading: Reading): Candidate[] {
  return reading.ctx.typers.typeSeveralWords(reading);
}
