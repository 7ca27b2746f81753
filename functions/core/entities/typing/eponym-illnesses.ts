// "Alzheimer's", "Parkinson's patients", "Crohn's and Huntington's": an illness named after a doctor, in the
// possessive and without "disease", is the illness, no person (wild43 ★7).

import { startsLetter } from '../../text/letters.js';
import type { Chunk } from '../chunk.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import type { Context } from './context.js';
import { afterPossessive } from './sentence-shape.js';
import { AUXILIARY, CASED, PERSON_VERB, SPEAKER_VERB, tokenBits } from './token-bits.js';

/**
 * Surnames of doctors whose illnesses news names in the possessive alone (not Addison's or Cushing's, common
 * surnames whose illness news names with "disease").
 */
const EPONYM_ILLNESSES = new Set(
  'alzheimer parkinson crohn huntington tourette asperger hodgkin raynaud meniere creutzfeldt'.split(' '),
);

/**
 * Nouns after such a possessive that speak of the illness, not of a person: "Parkinson's patients" (not "case":
 * "Addison's case" is a man's at law).
 */
const ILLNESS_NOUNS = new Set(
  `patient patients sufferer sufferers drug drugs treatment treatments therapy therapies medication medicine
  medicines cases research researchers risk risks symptom symptoms diagnosis diagnoses care trial trials
  gene genes test tests cure onset progression vaccine charity charities dementia`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Whether the one word of `chunk` at `from` is a doctor's name in the possessive that names the illness: with a
 * noun of the illness after it ("Parkinson's patients", "Alzheimer's drug"), or with no noun after it (a mark
 * of punctuation, a function word, an auxiliary: "Crohn's and Huntington's are studied", "detects Alzheimer's
 * as accurately"). "Parkinson's chat show", "Parkinson's said", "Parkinson's UK" are left to the other rules.
 */
export function namesEponymIllness(ctx: Context, chunk: Chunk, from: number, nextToken: string): boolean {
  const to = chunk.words.length;
  if (to - from !== 1) return false;
  const word = chunk.words[from]!;
  if (!EPONYM_ILLNESSES.has(word.lower)) return false;
  const spaced = nextToken === "'s" || nextToken === '\u2019s';
  if (!word.possessive && !spaced) return false;
  const after = afterPossessive(ctx, chunk, to, nextToken);
  if (ILLNESS_NOUNS.has(after)) return true;
  const afterBits = tokenBits(ctx, chunk.field, word.index + (spaced ? 2 : 1));
  if (afterBits & CASED && !chunk.caseless) return false;
  if (afterBits & (PERSON_VERB | SPEAKER_VERB)) return false;
  return !startsLetter(after) || FUNCTION_WORDS.has(after) || (afterBits & AUXILIARY) !== 0;
}
