// A player's injury named after a name: "Jordan was improving after a knee injury".
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';
import { SENTENCE_ENDS } from './cue-words.js';

/** Parts of a body a player injures; "back" and "head" are left out ("came back", "head coach"). */
const BODY_PARTS = new Set(
  'knee knees hamstring ankle groin calf thigh shoulder wrist elbow hip achilles ligament'.split(' '),
);
/**
 * Words of a side's plural between the name and the injury ("Jordan were without their injured captain"), and
 * of a place's clause ("Jordan, where the king had knee surgery").
 */
const SIDE_WORDS = new Set(['their', 'were', 'are', 'its', 'squad', 'team', 'side', 'where', 'which']);

/**
 * Verbs that make the name their subject ("Jordan was improving", "Jordan tore a hamstring"), besides those in
 * "-ed": "missing the Italy game with ankle trouble" names no one's injury by the country.
 */
const SUBJECT_VERBS = new Set(
  'was is has had will could would may might tore hurt limps misses returns suffers sustains faces'.split(
    ' ',
  ),
);
/**
 * Nouns of one player's injury within two words after the body's part ("a knee injury", "hamstring strain",
 * "knee and ankle problems"). A plural count of cases does not name one ("hip fractures", "knee operations").
 */
const INJURY_NOUNS = new Set(
  'injury injuries strain sprain tear knock problem problems trouble surgery operation issue niggle'.split(
    ' ',
  ),
);
/** Body's words that name an injury by themselves. */
const INJURIES_ALONE = new Set(['concussion']);
/**
 * Words of sport in the name's sentence ("coach John Harbaugh said Jordan …", "could return this season"):
 * a health story's "Georgia … left elderly people with hip and knee injuries" has none (read35, item 5).
 */
const SPORT_CUES = new Set(
  `coach coaches manager game games season match matches return returns play plays playing played fitness
  squad training trained striker quarterback captain fixture tournament`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether the injury's noun stands within two tokens after the body's part at `index`. */
function injuryNounAfter(ctx: Context, field: Field, index: number): boolean {
  for (let k = index + 1; k <= index + 3; k++) {
    const lower = lowerTokenText(ctx, field, k);
    if (INJURY_NOUNS.has(lower)) return true;
    if (lower === '' || SENTENCE_ENDS.has(lower)) return false;
  }
  return false;
}

/** Whether the sentence of the token at `index` has a word of sport (within 40 tokens either side). */
function sportInSentence(ctx: Context, field: Field, index: number): boolean {
  for (const step of [-1, 1]) {
    for (let k = index + step, n = 0; n < 40; k += step, n++) {
      const lower = lowerTokenText(ctx, field, k);
      if (lower === '' || SENTENCE_ENDS.has(lower)) break;
      if (SPORT_CUES.has(lower)) return true;
    }
  }
  return false;
}

/**
 * Whether a verb follows the token at `index` and its clause names a player's injury (a body's part and an
 * injury's noun) before the sentence ends, with no word of a side or a place on the way, in a sentence with
 * a word of sport or on a sports page (`sports`): a country's name so followed is a player's ("Jordan was
 * improving after a knee injury", a headline's "Jordan improving after knee injury"), not the national side's.
 */
export function injuryOfPlayerAfter(ctx: Context, field: Field, index: number): boolean {
  const verb = lowerTokenText(ctx, field, index + 1);
  if (!SUBJECT_VERBS.has(verb) && !verb.endsWith('ed') && !verb.endsWith('ing')) return false;
  for (let i = index + 2; i < index + 14; i++) {
    const lower = lowerTokenText(ctx, field, i);
    if (lower === '' || SENTENCE_ENDS.has(lower) || SIDE_WORDS.has(lower)) return false;
    if (INJURIES_ALONE.has(lower) || (BODY_PARTS.has(lower) && injuryNounAfter(ctx, field, i)))
      return ctx.sports || sportInSentence(ctx, field, index);
  }
  return false;
}

/**
 * "a right Achilles injury", "Achilles tendon": a body's part written with a capital (the tendon is named
 * after the hero) before an injury's noun or "tendon" is no name; it was an organisation.
 */
export function bodyPartBeforeInjury(ctx: Context, field: Field, index: number): boolean {
  return (
    BODY_PARTS.has(lowerTokenText(ctx, field, index)) &&
    (lowerTokenText(ctx, field, index + 1) === 'tendon' || injuryNounAfter(ctx, field, index))
  );
}
