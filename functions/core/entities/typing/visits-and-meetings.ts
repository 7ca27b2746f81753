// Leaders' visits and meetings in briefs and press digests: "Kohl will visit Moscow next week", "Yeltsin will meet
// Kohl", "- Cimoszewicz to meet Kohl in Bonn" (wild53 Y9). Heads of state and ministers visit and meet; a surname
// no list knows there took the one-word default (a firm). "met Kohl", "Kohl visited" were read so already.
import type { Field } from '../../schema.js';
import type { Chunk } from '../chunk.js';
import { isKnownBodyWord } from '../known-bodies.js';
import { GAZETTEER } from '../lexicon.js';
import { type Context, lowerTokenText, norm, tokenText } from './context.js';
import { inResultSentence } from './sports-context.js';
import { AUXILIARY, tokenBits } from './token-bits.js';

/** What may follow the one met or the place visited: a place's or a time's preposition, or the clause's end. */
const AFTER_THE_MET = new Set([
  'in',
  'on',
  'at',
  'next',
  'this',
  'last',
  'later',
  'for',
  'during',
  '.',
  ',',
  ';',
  '',
]);

/** Whether the token at `k` is a word of two letters or more with a capital first. */
function capitalisedAt(ctx: Context, field: Field, k: number): boolean {
  const t = tokenText(ctx, field, k);
  const c = t.charCodeAt(0);
  return c >= 65 && c <= 90 && t.length >= 2;
}

/** A single capitalised word no list knows as anything but a person (a body: "Opec will meet"). */
function nameAt(ctx: Context, field: Field, k: number): boolean {
  const t = tokenText(ctx, field, k);
  if (!capitalisedAt(ctx, field, k) || t === t.toUpperCase() || isKnownBodyWord(t)) return false;
  const kind = GAZETTEER.get(norm(t))?.kind;
  return kind === undefined || kind === 'person';
}

/**
 * Whether the name at `k` opens its clause: a sentence's or a digest line's start, no lower-case word before it
 * ("Ministers from Opec will meet": Opec is no one who meets).
 */
function opensClause(ctx: Context, field: Field, k: number): boolean {
  const c = tokenText(ctx, field, k - 1).charCodeAt(0);
  return !(c >= 97 && c <= 122);
}

/** "X will meet Y in …": a name before the auxiliary (or a digest line's "to") and a name after "meet". */
function meetingOfTwo(ctx: Context, field: Field, subject: number, object: number): boolean {
  return (
    nameAt(ctx, field, subject) &&
    opensClause(ctx, field, subject) &&
    nameAt(ctx, field, object) &&
    AFTER_THE_MET.has(lowerTokenText(ctx, field, object + 1))
  );
}

/**
 * Whether the one word from token `first` to `last` visits or meets, or is met: "X will visit <Place>", "X to visit
 * <Place>" opening a sentence or a digest line (headline-ese), "X will meet Y", "X to meet Y" (both sides one name
 * no list knows as a body, "in"/"next"/the clause's end after the one met: "Kelvane will meet analysts", "leaders
 * will meet Zentrix management" are firms' and bodies'). A sports page's sides meet too, so not there nor in a result.
 */
export function visitOrMeeting(
  ctx: Context,
  chunk: Chunk,
  first: number,
  last: number,
  nextToken: string,
  nextBits: number,
): boolean {
  if (first !== last || chunk.caseless || ctx.sports) return false;
  const field = chunk.field;
  if (!nameAt(ctx, field, first)) return false;
  // "X will visit Moscow", "X to meet Y".
  const opens = (nextBits & AUXILIARY) !== 0 || (nextToken === 'to' && chunk.initial);
  const verb = lowerTokenText(ctx, field, last + 2);
  const subject =
    opens &&
    ((verb === 'visit' && opensClause(ctx, field, first) && capitalisedAt(ctx, field, last + 3)) ||
      (verb === 'meet' && meetingOfTwo(ctx, field, first, last + 3)));
  // "Yeltsin will meet X", "- Cimoszewicz to meet X".
  const object =
    lowerTokenText(ctx, field, first - 1) === 'meet' &&
    ((tokenBits(ctx, field, first - 2) & AUXILIARY) !== 0 ||
      lowerTokenText(ctx, field, first - 2) === 'to') &&
    meetingOfTwo(ctx, field, first - 3, first);
  return (subject || object) && !inResultSentence(ctx, field, first);
}
