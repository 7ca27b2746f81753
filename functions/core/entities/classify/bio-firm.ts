// "<Word> Bio" firms, read by `typeAfterLead` and `wholeRunNames`.
import type { Word } from '../chunk.js';
import { W_FUNCTION, W_TITLE, wordIs } from '../typing/word-tests.js';
import { isGivenNameWord } from '../word-facts.js';

/**
 * Whether the two words `from`..`to` are a firm's word and "Bio", as biotech start-ups call themselves ("Zenith Bio",
 * "Tourmaline Bio"): the first no given name, no title and no function word. "Bio" is no body's head alone: Sierra
 * Leone's president is Julius Maada Bio (a given name opens his name).
 */
export function bioFirmAt(words: readonly Word[], from: number, to: number): boolean {
  if (from < 0 || to - from !== 2 || words[to - 1]!.core !== 'Bio') return false;
  const first = words[from]!;
  return (
    !isGivenNameWord(first) && !wordIs(first, W_TITLE) && !wordIs(first, W_FUNCTION) && !first.possessive
  );
}
