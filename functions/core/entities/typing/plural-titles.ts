import type { Word } from '../chunk.js';
import { isGivenNameWord, isLowerWordWord } from '../word-facts.js';
import { twoNameWords } from './person-cues.js';
import { W_TITLE, wordIs } from './word-tests.js';

/**
 * Offices named in the plural before a list of their holders: "Presidents Felix Tshisekedi and Paul Kagame",
 * "Prime Ministers Keir Starmer and Mark Carney". Offices only: "Brothers", "Chiefs" or "Kings" name firms
 * and clubs too, and before a player's name the club's plural is not wanted either.
 */
const PLURAL_OFFICES = new Set(
  `presidents ministers senators governors premiers chancellors secretaries ambassadors envoys mayors
  representatives congressmen congresswomen judges justices commissioners leaders`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Where the name starts after an office's plural and the words naming the office before it ("Prime",
 * "Foreign", "Vice"), when a given name or two name words follow; -1 otherwise. "Ministers Keir Starmer" was
 * an `other` name, the first holder lost (review31 ★3).
 */
export function afterPluralOffice(words: readonly Word[], from: number, to: number): number {
  for (let k = from; k < to - 2 && k < from + 3; k++) {
    const w = words[k]!;
    if (PLURAL_OFFICES.has(w.lower))
      return isGivenNameWord(words[k + 1]!) || twoNameWords(words, k + 1, to) ? k + 1 : -1;
    if (w.possessive || !(isLowerWordWord(w) || wordIs(w, W_TITLE))) return -1;
  }
  return -1;
}
