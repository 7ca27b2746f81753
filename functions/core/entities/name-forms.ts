import { lowerCased, withoutMarks } from '../text/chars.js';
import { startsUpper } from '../text/letters.js';

/** Letters and single spaces: the key is the name in lower case (most names; normalising costs more). */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/** A name as lists of forms compare it: lower case, no accents, no periods, hyphens and spaces as one space. */
export function nameFormKey(form: string): string {
  if (PLAIN.test(form)) return lowerCased(form);
  return withoutMarks(lowerCased(form.normalize('NFD')))
    .replace(/\./g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** Rows of a name and its other forms, as a look-up from each form's key to the name. */
export function formTable(rows: readonly (readonly [string, ...string[]])[]): ReadonlyMap<string, string> {
  const byForm = new Map<string, string>();
  for (const [name, ...forms] of rows)
    for (const form of [name, ...forms]) byForm.set(nameFormKey(form), name);
  return byForm;
}

/** The initials of a name's capitalised words: "NYSE" of "New York Stock Exchange", "NSW" of "New South Wales". */
export function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const w of words) if (startsUpper(w)) initials += w.charAt(0);
  return initials;
}
