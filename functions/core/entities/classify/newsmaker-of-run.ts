// The listed newsmaker a run's words spell, read by `typeCaselessRun` and `wholeRunNames`.
import type { Word } from '../chunk.js';
import { newsmakerNamed } from '../newsmakers.js';

/** The listed newsmaker whose name is the run's words `from`..`to`, if any. */
export function newsmakerOfRun(
  words: readonly Word[],
  from: number,
  to: number,
): ReturnType<typeof newsmakerNamed> {
  return newsmakerNamed(
    words
      .slice(from, to)
      .map((w) => w.core)
      .join(' '),
  );
}
