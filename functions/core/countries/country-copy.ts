import type { Country, Mention } from '../schema.js';

/** The fields the focus passes change on a copy of a country; a change left out keeps the country's. */
export interface CountryChanges {
  readonly salience?: number;
  readonly focus?: boolean;
  readonly mentions?: Mention[];
}

/**
 * A copy of the country with some fields changed, built field by field in the order resolve.ts makes a
 * country (the output's key order) instead of `{ ...c, focus: true }`. A spread copy takes the country's
 * own hidden class, and writing `focus` or `salience` over it makes V8 mark that field of every country as
 * rewritten: the optimised code of the ~20 passes that read countries (focus, pairs, namesakes) is thrown
 * away, and the first story that takes such a path may come thousands of articles into a process (session
 * 29: a wave of "wrong map" deopts in the dev stream's articles 3,000-9,000). Copy a country with
 * `countryWith`, never with a spread.
 */
export function countryWith(c: Country, changes: CountryChanges): Country {
  return {
    code: c.code,
    name: c.name,
    salience: changes.salience ?? c.salience,
    focus: changes.focus ?? c.focus,
    mentions: changes.mentions ?? c.mentions,
  };
}
