// "X": the platform (after "on", "platform", before "Corp", apposed as a network) or a letter. Moved from
// classify.ts (session 45).
import type { Chunk } from '../chunk.js';
import { type Base, candidate, X_PLATFORM } from './candidates.js';
import { type Candidate, type Context, lowerTokenText } from './context.js';

/** Words of an apposition that says what X is: "X, the social media platform", "X, Musk's social network". */
const PLATFORM_NOUNS = new Set(['platform', 'network', 'site', 'app', 'media']);

/** X is the platform after "on", "platform", before "Corp" or next to another platform; else a letter. */
export function typeX(
  ctx: Context,
  chunk: Chunk,
  from: number,
  prev: string,
  next: string,
  base: Base,
): Candidate[] {
  const at = chunk.words[from]!.index;
  // "X, the social media platform formerly known as Twitter": the apposition names it within four words.
  let apposition = false;
  for (let i = at + 2; next === ',' && i <= at + 5 && !apposition; i++)
    apposition = PLATFORM_NOUNS.has(lowerTokenText(ctx, chunk.field, i));
  const platformContext =
    apposition ||
    prev === 'on' ||
    prev === 'platform' ||
    prev === 'app' ||
    next === 'corp' ||
    next === 'corp.' ||
    next === 'post' ||
    next === 'posts' ||
    next === 'account' ||
    next === 'formerly' ||
    next === 'user' ||
    next === 'users';
  // Without a cue X is kept as a weak guess: it is the platform only where the article named the platform
  // elsewhere ("his platform X … while X faces restrictions"), else the letter and dropped.
  if (!platformContext) return [candidate(chunk, from, from + 1, 'unknown', -1, base, X_PLATFORM)];
  return [candidate(chunk, from, from + 1, 'organization', 2, base, X_PLATFORM)];
}
