// The side a team lost to: "knocked out of the Champions League by Atalanta".
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';
import { SENTENCE_ENDS } from './cue-words.js';

/** Words of a defeat that "by" after them names the winner of. */
const DEFEAT_WORDS = new Set(
  'beaten knocked eliminated elimination defeated thrashed hammered stunned humbled ousted dumped'.split(' '),
);

/**
 * Whether "by" before the token at `index` names who inflicted a defeat the sentence tells of within eight
 * words before it ("were knocked out of the Champions League by Atalanta", "was beaten 3-0 by Chelsea").
 */
export function winnerAfterDefeat(ctx: Context, field: Field, index: number): boolean {
  if (lowerTokenText(ctx, field, index - 1) !== 'by') return false;
  for (let i = index - 2; i >= index - 10 && i >= 0; i--) {
    const lower = lowerTokenText(ctx, field, i);
    if (SENTENCE_ENDS.has(lower)) return false;
    if (DEFEAT_WORDS.has(lower)) return true;
  }
  return false;
}
