// A horse named in racing prose: "Galopin Des Champs won the Gold Cup, ridden by Paul Townend", "Gerri Colombe,
// ridden by Jordan Gainford, was second" (wild45 item 15: read as a firm or a person).
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText } from './context.js';

/** Tokens that end the sentence a runner opens. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '']);

/** ", ridden by" at `index` (the comma). */
function riddenByAt(ctx: Context, field: Field, index: number): boolean {
  return (
    lowerTokenText(ctx, field, index) === ',' &&
    lowerTokenText(ctx, field, index + 1) === 'ridden' &&
    lowerTokenText(ctx, field, index + 2) === 'by'
  );
}

/**
 * The name from token `first` to token `last` is a horse: ", ridden by" follows it, or it opens its sentence and the
 * sentence goes on to ", ridden by" outside brackets (a jockey is named after "by"; a results table's "( ridden by
 * … )" is left to the table's rules, which CoNLL reads as persons).
 */
export function horseRiddenAfter(ctx: Context, field: Field, first: number, last: number): boolean {
  if (riddenByAt(ctx, field, last + 1)) return true;
  if (!SENTENCE_ENDS.has(lowerTokenText(ctx, field, first - 1))) return false;
  for (let k = last + 1; k < last + 40; k++) {
    const token = lowerTokenText(ctx, field, k);
    if (SENTENCE_ENDS.has(token) || token === '(' || token === ';') return false;
    if (riddenByAt(ctx, field, k)) return true;
  }
  return false;
}
