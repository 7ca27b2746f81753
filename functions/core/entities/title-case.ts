import type { FieldText } from '../text/document.js';
import { FUNCTION_WORDS, isLowerWord } from './lexicon.js';

/**
 * "Protests Erupt in Lagos and Abuja Over Fuel Prices": a headline in title case capitalises ordinary
 * words, so, as in capitals, its case says nothing about names. It is one when every lower-case word is
 * a function word and at least two words after the first are ordinary English words written with a
 * capital.
 */
export function isTitleCase(title: FieldText): boolean {
  let capitalisedOrdinary = 0;
  const tokens = title.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const first = text.charAt(0);
    if (first.toLowerCase() === first.toUpperCase()) continue;
    if (first === first.toLowerCase()) {
      if (!FUNCTION_WORDS.has(text)) return false;
    } else if (i > 0 && text !== text.toUpperCase() && isLowerWord(text)) capitalisedOrdinary++;
  }
  return capitalisedOrdinary >= 2;
}
