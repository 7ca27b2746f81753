import { lowerCased } from './chars.js';
import type { FieldText } from './document.js';
import { WordMemo } from './vocabulary.js';

/** Each token text in lower case, by vocabulary number: one string per text, its hash computed once. */
const lowerCaseTexts = new WordMemo<string>();

/** The text of the field's token at `index` in lower case; '' outside the field. */
export function lowerCaseAt(field: FieldText, index: number): string {
  // A negative index is read as a property name, not an element: one such read leaves the load megamorphic.
  const token = index < 0 ? undefined : field.tokens[index];
  if (token === undefined) return '';
  const id = field.wordIds[index] ?? 0;
  const memo = lowerCaseTexts.current();
  return memo.get(id) ?? memo.set(id, lowerCased(token.text));
}
