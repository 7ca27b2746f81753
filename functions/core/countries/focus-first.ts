import type { Country } from '../schema.js';
import { type Dateline, isInInlineDateline } from '../text/dateline.js';
import { countryWith } from './country-copy.js';

/** What a country out of focus keeps of its salience (and, at most, of the least salience in focus). */
export const PASSING_SHARE = 0.5;

const rounded = (salience: number) => Math.round(salience * 1000) / 1000;

/**
 * "VIENNA — OPEC+ agreed to raise output … as Saudi Arabia seeks to regain market share" listed Saudi Arabia
 * first (salience 1, out of focus) above Austria (in focus): countries are listed by salience, and a reader,
 * or a consumer taking the first country as the story's, met a list whose head the focus flag contradicts
 * (review27 ★1). Focus is decided on more than salience (a dateline, a lead's subject, a rule of the story's
 * kind), and a country that ranks high on mentions alone is mostly not one the story is indexed under (on
 * reuters-dev, 79 of 404 such top countries out of focus are in the gold). So the order follows the focus: a
 * country out of focus ranks after every country in focus, its salience capped at the least salient focus
 * country's. Focus and pairs are untouched; a story with no country in focus keeps its order.
 *
 * And below it: "AMSTERDAM — … It is already approved in the United States, Japan, China and Britain." gave the
 * four passing countries salience 1, as the Netherlands (review29 C7), and consumers rank and cap an article's
 * countries by salience (records/build.ts indexes the twelve highest; the API returns it as the tag's score),
 * so a tie could put a passing country before, or index it instead of, one the story is about. The countries out
 * of focus are scaled together: each is halved, and further scaled down when the most salient of them would
 * otherwise exceed half the least salient focus country; so all sit strictly below it, in the same order and
 * proportions among themselves (read30 S6).
 */
export function focusFirst(countries: readonly Country[], dateline?: Dateline): Country[] {
  // "BRUSSELS — The European Commission fined Apple …": a country only filed from is in focus (agencies index
  // the seat), but it is where the story was written, not its subject (review28 ★14, ★20, ★25, ★58).
  const filedOnly = (c: Country) =>
    c.focus && c.mentions.every((m) => isInInlineDateline(dateline, m.field, m.start));
  const seat = countries.find(filedOnly);
  const named = seat ? countries.filter((c) => c !== seat) : countries;
  let lowest = Number.POSITIVE_INFINITY;
  for (const c of named) if (c.focus && c.salience < lowest) lowest = c.salience;
  if (lowest === Number.POSITIVE_INFINITY) {
    if (!seat) return countries as Country[];
    // Alone in focus, the seat stays first: a country out of focus never heads the list (README's contract:
    // countries[0] is a focus country whenever there is one), however often the text names it (read28 F12).
    lowest = seat.salience;
  }
  const out: Country[] = named.filter((c) => c.focus);
  // With another country in focus, the seat follows the focus countries the text names.
  if (seat) out.push(seat.salience > lowest ? countryWith(seat, { salience: lowest }) : seat);
  const cap = seat ? Math.min(lowest, seat.salience) : lowest;
  let top = 0;
  for (const c of named) if (!c.focus && c.salience > top) top = c.salience;
  const scale = PASSING_SHARE * (top > cap ? cap / top : 1);
  for (const c of named) if (!c.focus) out.push(countryWith(c, { salience: rounded(c.salience * scale) }));
  return out;
}
