// Matches of one player against another, told by their scores: "Sinner beat Alcaraz 6-4 6-4", "Sampras beat
// Agassi 6-4 7-6 ( 7-5 )", "O'Sullivan beat Higgins 10-7" on a snooker page (wild53 Y19). Clubs win by goals or
// points, one score a match ("Leeds beat Hull 2-1"); sets come two or more a match, and only players play them.
// The result's verb alone made both sides clubs when no "TENNIS -" slug or sport word said otherwise.
import type { Field } from '../../schema.js';
import { LOSS_VERBS, WIN_VERBS } from '../../text/result-verbs.js';
import type { Chunk } from '../chunk.js';
import { candidate } from './candidates.js';
import { type Candidate, type Context, lowerTokenText, tokenText } from './context.js';
import { isCountryName, listedPlaceOrBody } from './place-cues.js';
import { isPlayersSportDocument } from './sports-context.js';

/** A dash between the games of a set: a hyphen or an en dash. */
const isDash = (t: string): boolean => t === '-' || t === '\u2013';

/** Whether the text is a number of at most two digits. */
function smallNumber(t: string): boolean {
  if (t.length === 0 || t.length > 2) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * A score "a-b" at token `k` (games of a set when `set`: one digit each side, at most 7, six or seven for one of
 * them), and the index after it
 * and after a tie-break in brackets ("7-6 ( 7-5 )"); -1 when there is none.
 */
function scoreAt(ctx: Context, field: Field, k: number, set: boolean): number {
  const a = tokenText(ctx, field, k);
  const b = tokenText(ctx, field, k + 2);
  if (!smallNumber(a) || !isDash(tokenText(ctx, field, k + 1)) || !smallNumber(b)) return -1;
  // A set goes to six or seven games ("6-4", "7-6"); "5-3 4-2" are a doubleheader's runs.
  if (set && (a.length !== 1 || b.length !== 1 || a > '7' || b > '7' || (a < '6' && b < '6'))) return -1;
  let next = k + 3;
  if (set && tokenText(ctx, field, next) === '(') {
    for (let i = next + 1; i < next + 6; i++)
      if (tokenText(ctx, field, i) === ')') {
        next = i + 1;
        break;
      }
  }
  return next;
}

/**
 * Whether the tokens from `k` are a players' score: two sets or more ("6-4 6-4", "6-4 7-6 ( 7-5 )"), or on a
 * page about a sport of players (snooker, darts, tennis) one score ("10-7": frames).
 */
function playersScoreAt(ctx: Context, field: Field, k: number): boolean {
  const second = scoreAt(ctx, field, k, true);
  if (second >= 0 && scoreAt(ctx, field, second, true) >= 0) return true;
  return scoreAt(ctx, field, k, false) >= 0 && isPlayersSportDocument(ctx.doc);
}

/** A name's word: a capital first ("Alcaraz", "O'Sullivan", "Van"), a particle ("de", "van") inside it. */
function nameWordAt(ctx: Context, field: Field, k: number): boolean {
  const c = tokenText(ctx, field, k).charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The index after a name of at most three words from `k` (the other side of the result), or -1. */
function afterNameFrom(ctx: Context, field: Field, k: number): number {
  let i = k;
  while (i < k + 3 && nameWordAt(ctx, field, i)) i++;
  return i === k ? -1 : i;
}

/** The index of the first word of a name of at most three words ending at `k`, or -1. */
function nameStartBefore(ctx: Context, field: Field, k: number): number {
  let i = k;
  while (i > k - 3 && i >= 0 && nameWordAt(ctx, field, i)) i--;
  return i === k ? -1 : i + 1;
}

/**
 * Whether the name from token `first` to `last` is a side of a match between two players told with its score:
 * "<A> beat <B> 6-4 6-4" (either side), "<A> lost to <B> 6-4 6-4" (either side).
 */
export function sideOfPlayersMatch(ctx: Context, field: Field, first: number, last: number): boolean {
  // The winner: "Sinner beat Alcaraz 6-4 6-4", "Alcaraz lost to Sinner 6-4 6-4" (the loser first).
  const after = lowerTokenText(ctx, field, last + 1);
  const verbTo = LOSS_VERBS.has(after) && lowerTokenText(ctx, field, last + 2) === 'to';
  if (WIN_VERBS.has(after) || verbTo) {
    const other = afterNameFrom(ctx, field, last + (verbTo ? 3 : 2));
    if (other >= 0 && playersScoreAt(ctx, field, other)) return true;
  }
  // The other side: "beat Alcaraz 6-4 6-4", "lost to Sinner 6-4 6-4", its opponent named before the verb.
  const before = lowerTokenText(ctx, field, first - 1);
  const toAfterLoss = before === 'to' && LOSS_VERBS.has(lowerTokenText(ctx, field, first - 2));
  if (!WIN_VERBS.has(before) && !toAfterLoss) return false;
  const verb = toAfterLoss ? first - 2 : first - 1;
  return nameStartBefore(ctx, field, verb - 1) >= 0 && playersScoreAt(ctx, field, last + 1);
}

/** Types the rules may give a player that a result's set scores make a person. */
const CLUB_READINGS: ReadonlySet<string> = new Set(['organization', 'unknown', 'other', 'none']);

/**
 * "Sinner beat Alcaraz 6-4 6-4", "O'Sullivan beat Higgins 10-7" on a snooker page: a name read as a club, or as
 * nothing, that is a side of a result told by sets or frames is a player on any page (individual-matches.ts; a
 * club wins by goals, one score a match). A people's word before the name keeps its own reading ("beat American
 * Jan Gambill 6-4 6-3").
 */
export function asPlayerOfMatch(chunk: Chunk, ctx: Context, typed: Candidate[]): Candidate[] {
  if (typed.length > 1 || chunk.caseless || chunk.words.length > 3) return typed;
  const c = typed[0];
  if (c && (!CLUB_READINGS.has(c.type) || c.words.length !== chunk.words.length)) return typed;
  const words = chunk.words;
  if (
    !sideOfPlayersMatch(ctx, chunk.field, words[0]!.index, words[words.length - 1]!.index) ||
    listedPlaceOrBody(words.map((w) => w.core).join(' ')) ||
    isCountryName(words, 0, words.length)
  )
    return typed;
  // ("Ivanisevic beat Muster 6-2 6-3": an ordinary word's name was dropped.)
  if (!c)
    return [
      candidate(chunk, 0, words.length, 'person', 2, {
        locative: false,
        prev: lowerTokenText(ctx, chunk.field, words[0]!.index - 1),
      }),
    ];
  return [{ ...c, type: 'person', strength: 2 }];
}
