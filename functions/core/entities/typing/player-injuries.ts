// A player's injury named after a name: "Jordan was improving after a knee injury".
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';
import { SENTENCE_ENDS } from './cue-words.js';

/** Parts of a body a player injures; "back" and "head" are left out ("came back", "head coach"). */
const BODY_PARTS = new Set(
  'knee knees hamstring ankle groin calf thigh shoulder wrist elbow hip achilles concussion ligament'.split(
    ' ',
  ),
);
/**
 * Words of a side's plural between the name and the injury ("Jordan were without their injured captain"), and
 * of a place's clause ("Jordan, where the king had knee surgery").
 */
const SIDE_WORDS = new Set(['their', 'were', 'are', 'its', 'squad', 'team', 'side', 'where', 'which']);

/**
 * Verbs that make the name their subject ("Jordan was improving", "Jordan tore a hamstring"), besides those in
 * "-ed": "missing the France match with hamstring trouble" names no one's injury by the country.
 */
const SUBJECT_VERBS = new Set(
  'was is has had will could would may might tore hurt limps misses returns suffers sustains faces'.split(
    ' ',
  ),
);
/**
 * Whether a verb follows the token at `index` and its clause names a body's injury before the sentence ends,
 * with no word of a side or a place on the way: a country's name so followed is a player's ("Jordan was
 * improving after a knee injury", a headline's "Jordan improving after knee injury"), not the national side's.
 */
export function injuryOfPlayerAfter(ctx: Context, field: Field, index: number): boolean {
  const verb = lowerTokenText(ctx, field, index + 1);
  if (!SUBJECT_VERBS.has(verb) && !verb.endsWith('ed') && !verb.endsWith('ing')) return false;
  for (let i = index + 2; i < index + 14; i++) {
    const lower = lowerTokenText(ctx, field, i);
    if (lower === '' || SENTENCE_ENDS.has(lower) || SIDE_WORDS.has(lower)) return false;
    if (BODY_PARTS.has(lower)) return true;
  }
  return false;
}
