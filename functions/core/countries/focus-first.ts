import type { Country } from '../schema.js';

/**
 * "VIENNA — OPEC+ agreed to raise output … as Saudi Arabia seeks to regain market share" listed Saudi Arabia
 * first (salience 1, out of focus) above Austria (in focus): countries are listed by salience, and a reader,
 * or a consumer taking the first country as the story's, met a list whose head the focus flag contradicts
 * (review27 ★1). Focus is decided on more than salience (a dateline, a lead's subject, a rule of the story's
 * kind), and a country that ranks high on mentions alone is mostly not one the story is indexed under (on
 * reuters-dev, 79 of 404 such top countries out of focus are in the gold). So the order follows the focus: a
 * country out of focus ranks after every country in focus, its salience capped at the least salient focus
 * country's. Focus and pairs are untouched; a story with no country in focus keeps its order.
 */
export function focusFirst(countries: readonly Country[]): Country[] {
  let lowest = Number.POSITIVE_INFINITY;
  for (const c of countries) if (c.focus && c.salience < lowest) lowest = c.salience;
  if (lowest === Number.POSITIVE_INFINITY) return countries as Country[];
  const out: Country[] = countries.filter((c) => c.focus);
  for (const c of countries) if (!c.focus) out.push(c.salience > lowest ? { ...c, salience: lowest } : c);
  return out;
}
