import { candidateWith } from './candidate-copy.js';
import type { Candidate } from './classify.js';

/**
 * "Palme d'Or", "Ballon d'Or", "Lion d'Or" (prizes), "Côte d'Or" (a region, a brand): French "of gold" ends
 * no person's name.
 */
const OF_GOLD = /^d['\u2019]Or$/;

/** The candidate, typed `other` when its name ends so. */
export function asPrizeOfGold(c: Candidate): Candidate {
  const last = c.words[c.words.length - 1];
  return c.type !== 'other' && c.words.length >= 2 && last !== undefined && OF_GOLD.test(last)
    ? candidateWith(c, { type: 'other' })
    : c;
}
