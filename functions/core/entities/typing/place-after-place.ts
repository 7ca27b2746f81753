// "a campaign stop in Kelvane, Morvale.", "DRAVIK, Morvale 2026-12-07": a name no list knows written after a place
// and a comma, and ending its clause there, is the state, province or country that place lies in — the way news
// locates a town the reader may not know. Left alone, such a name no cue types ends as a body.
import type { Chunk } from '../chunk.js';
import { type Candidate, type Context, fieldsOf } from './context.js';
import { placesRegion } from './place-cues.js';
import { STRONG_LOCATIVE, unlistedText } from './resolve-by-document.js';

/** Only a comma and spaces (a hard wrap too) between the place and the name: "Kelvane, Morvale", "DRAVIK , Morvale". */
const COMMA_BETWEEN = /^ *,\s*$/;
/**
 * What may follow the larger place: the end of its clause (". , : )"; not ";", which parts a line-up's players:
 * "Jackson, Bracken;"), a dash or a bracket ("DRAVIK, Morvale (AP)
 * -"), the date of a dateline ("DRAVIK , Morvale 1996-08-30"), or the end of the line when the next one does not go
 * on in lower case (a hard-wrapped "northern France, Vernes\nsaid." goes on: Vernes is the speaker).
 */
const CLAUSE_ENDS_AFTER = /^ *(?:$|[.,:()\-\u2013\u2014]|\n\s*(?![a-z])|\d{1,4}(?:[-/]\d{1,2}){1,2}\b)/;
/** A word of capitals or initials ("CCF", "N.A."): a body's short form, no region's name. */
const NO_LOWER_CASE = /^[^a-z]*$/;

/** A type the rules gave the name only by default or by its shape: no cue, no list. */
const weaklyTyped = (c: Candidate): boolean =>
  ((c.type === 'organization' || c.type === 'unknown') && c.strength <= 1) ||
  (c.type === 'person' && c.strength === 0);

/** A place, or a name no list knows written "in" it, which the document pass will make a place ("in Kelvane"). */
const placeSoFar = (c: Candidate): boolean =>
  c.type === 'place' || (c.type === 'unknown' && c.locative && STRONG_LOCATIVE.has(c.prev ?? ''));

/** The town opening the body's dateline ("DRAVIK , Morvale 1996-08-30"), whatever the rules made of it so far. */
const opensDateline = (c: Candidate, ctx: Context): boolean =>
  c.field === 'body' && c.start === ctx.doc.dateline?.start;

/**
 * What regionAfterTown asks of a town the lists know, asked of this place and name (place-cues.ts `placesRegion`): no
 * apposition after the name ("based in Lyon, Dorvane, of Marseille", "in Paris, Kelvane, a maker of …"), no list of
 * names, no subject after a sentence-opening phrase.
 */
function regionByWhatStandsAround(
  ctx: Context,
  name: Candidate,
  nameChunk: Chunk,
  place: Candidate,
  placeChunk: Chunk,
): boolean {
  const first = nameChunk.words.find((w) => w.start >= name.start);
  const last = nameChunk.words.findLast((w) => w.start < name.end);
  const placeFirst = placeChunk.words.find((w) => w.start >= place.start);
  if (first === undefined || last === undefined || placeFirst === undefined) return false;
  return placesRegion(ctx, name.field, first.index, last.index, placeFirst.index - 1);
}

/**
 * Retypes, in place, each name of one to three words no list knows that follows a place and a comma and ends its
 * clause: the larger place. It is recorded as written "in" it, so the document pass carries it to the name's
 * other mentions ("Morvale's governor").
 */
export function placesAfterPlaces(candidates: Candidate[], chunkOf: readonly Chunk[], ctx: Context): void {
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    const place = candidates[k - 1]!;
    if (
      !(placeSoFar(place) || opensDateline(place, ctx)) ||
      place.field !== c.field ||
      c.caseless ||
      !weaklyTyped(c)
    )
      continue;
    const dateline = opensDateline(place, ctx);
    // (On a sports page, line-ups list players so: "Jackson, Bracken;". Only the dateline is read there.)
    if (ctx.sports && !dateline) continue;
    if (c.words.length > 3 || c.personish !== undefined) continue;
    if (!c.words.every((w) => unlistedText(w) && !NO_LOWER_CASE.test(w))) continue;
    const text = fieldsOf(ctx, c.field).field.text;
    if (!COMMA_BETWEEN.test(text.slice(place.end, c.start))) continue;
    if (!CLAUSE_ENDS_AFTER.test(text.slice(c.end, c.end + 16))) continue;
    if (!regionByWhatStandsAround(ctx, c, chunkOf[k]!, place, chunkOf[k - 1]!)) continue;
    candidates[k] = { ...c, type: 'place', strength: 1, locative: true, prev: 'in' };
  }
}
