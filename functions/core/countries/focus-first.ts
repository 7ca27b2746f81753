import type { Country } from '../schema.js';
import { type Dateline, isInInlineDateline } from '../text/dateline.js';

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
export function focusFirst(countries: readonly Country[], dateline?: Dateline, bodySeat = false): Country[] {
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
    // Alone in focus, the seat of a body the story leads with (seats.ts) follows the countries named as much;
    // a dateline alone in focus otherwise stays first (reuters-dev indexes a LONDON eurobond under Britain).
    if (bodySeat) return withSeatLast(countries, seat);
    lowest = seat.salience;
  }
  const out: Country[] = named.filter((c) => c.focus);
  // With another country in focus, the seat follows the focus countries the text names.
  if (seat) out.push(seat.salience > lowest ? { ...seat, salience: lowest } : seat);
  const cap = seat ? Math.min(lowest, seat.salience) : lowest;
  for (const c of named) if (!c.focus) out.push(c.salience > cap ? { ...c, salience: cap } : c);
  return out;
}

/**
 * The story's only focus country is one it is only filed from: the countries the text names as much follow
 * the salience order ahead of it, the most named first ("GENEVA — … adopted a pandemic agreement in a vote
 * held without the United States": the United States, then Switzerland).
 */
function withSeatLast(countries: readonly Country[], seat: Country): Country[] {
  const ahead = countries.filter((c) => c !== seat && c.salience >= seat.salience);
  ahead.sort((a, b) => b.salience - a.salience || b.mentions.length - a.mentions.length);
  const after = countries.filter((c) => c !== seat && c.salience < seat.salience);
  return [...ahead, seat, ...after];
}
