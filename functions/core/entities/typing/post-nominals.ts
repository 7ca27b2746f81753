// Letters around a person's name that name no entity of their own: an office written in capitals alone
// ("the CM said") and the honours or rank at the bar written after the name ("Mike Ozekhome, SAN,").
import type { Field } from '../../schema.js';
import type { Word } from '../chunk.js';
import { OFFICES_NAMED_LIKE_BODIES } from '../lexicon.js';
import { type Context, startsWithCapital, tokenText } from './context.js';
import { S_ACRONYM, shapeIs, W_TITLE, wordIs } from './word-tests.js';

/**
 * Honours and ranks of the bar written after a name and a comma: Senior Advocate of Nigeria, King's and
 * Queen's Counsel, the British orders. Each was an organisation ("SAN", "CBE").
 */
const POST_NOMINALS = new Set(['san', 'kc', 'qc', 'obe', 'cbe', 'mbe', 'kbe', 'dbe', 'gbe']);

/** "Mike Ozekhome, SAN,", "Jane Smith, KC": the letters after a capitalised word and a comma. */
export function postNominalAfterName(ctx: Context, field: Field, word: Word): boolean {
  return (
    POST_NOMINALS.has(word.lower) &&
    shapeIs(word, S_ACRONYM) &&
    tokenText(ctx, field, word.index - 1) === ',' &&
    startsWithCapital(tokenText(ctx, field, word.index - 2))
  );
}

/**
 * "the CM said", "the DSP told reporters", "the MP said": an office written in capitals, alone, is the
 * office, no body (it was an organisation, as an acronym); its holder is named elsewhere.
 */
export const officeInCapitalsAlone = (word: Word): boolean =>
  shapeIs(word, S_ACRONYM) && wordIs(word, W_TITLE) && !OFFICES_NAMED_LIKE_BODIES.has(word.lower);
