import type { Candidate } from './classify.js';

/** What stands between two items of a list: ", ", " and ", ", and ". */
const LIST_GAPS = new Set([', ', ' and ', ', and ']);
const DIGIT = /\d/;
/** A name no rule typed: unknown, or `other` by default only (an event's or a product's cue is stronger). */
const untyped = (c: Candidate) => c.type === 'unknown' || (c.type === 'other' && c.strength <= 0);

/**
 * "Gene Sarazen, Ben Hogan, Gary Player, Jack Nicklaus and Tiger Woods": a name of two or three words that no
 * rule could type (ordinary words: "Tiger Woods") is a person where it stands in a list whose other items, at
 * least three, are people ("Franz Ferdinand, Elbow and Embrace" are bands). The list is read from the candidates in text order, joined by a comma or "and" only.
 */
export function withPeopleOfLists(
  candidates: Candidate[],
  fields: { readonly title: { readonly text: string }; readonly body: { readonly text: string } },
): Candidate[] {
  let order: Candidate[] | undefined;
  for (const c of candidates)
    if (untyped(c) && c.words.length >= 2 && c.words.length <= 3) {
      order = [...candidates].sort((a, b) =>
        a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1,
      );
      break;
    }
  if (!order) return candidates;
  const textOf = (c: Candidate) => (c.field === 'title' ? fields.title.text : fields.body.text);
  const joined = (a: Candidate | undefined, b: Candidate | undefined) =>
    a !== undefined &&
    b !== undefined &&
    a.field === b.field &&
    LIST_GAPS.has(textOf(a).slice(a.end, b.start));
  const isPerson = (c: Candidate | undefined) => c?.type === 'person' && c.strength >= 1;
  for (let i = 0; i < order.length; i++) {
    const c = order[i]!;
    if (!untyped(c) || c.words.length < 2 || c.words.length > 3 || DIGIT.test(c.text)) continue;
    // People in the list on either side, counted while the list goes on.
    let people = 0;
    for (let k = i - 1; k >= 0 && joined(order[k], order[k + 1]) && isPerson(order[k]); k--) people++;
    for (let k = i + 1; k < order.length && joined(order[k - 1], order[k]) && isPerson(order[k]); k++)
      people++;
    if (people >= 3) c.type = 'person';
  }
  return candidates;
}
