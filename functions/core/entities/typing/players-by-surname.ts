// Sports pages name players by surname alone, or by one name ("Juninho"): "Ferrandi scored twice for Ravenna .",
// "Mwangura beat Ferrandi 6-1 6-4 in the final ." (wild50 E25). Opening a sentence such a word was dropped as an
// ordinary word the lexicon lacks, and mid-sentence it took the one-word default (an organisation).
import type { Field } from '../../schema.js';
import { type Context, lowerTokenText, tokenText } from './context.js';

/** Deeds only a player does, right after the name: a goal, a golfer's round. */
const PLAYERS_DEEDS = new Set('scored netted equalised equalized carded birdied eagled bogeyed'.split(' '));

/** Verbs of a golfer's round before "a 68". */
const ROUND_VERBS = new Set(['shot', 'fired']);

/** A round's score (two digits) within the next three tokens from `k`: "a 68", "a four-under-par 67". */
function roundAhead(ctx: Context, field: Field, k: number): boolean {
  for (let i = k; i < k + 3; i++) {
    const t = tokenText(ctx, field, i);
    if (t.length === 2 && t >= '59' && t <= '89') return true;
  }
  return false;
}

/** "two shots behind", "three strokes clear": strokes within the next three tokens from `k`. */
function strokesAhead(ctx: Context, field: Field, k: number): boolean {
  for (let i = k; i < k + 3; i++) {
    const t = lowerTokenText(ctx, field, i);
    if (t === 'shots' || t === 'strokes' || t === 'shot' || t === 'stroke') return true;
  }
  return false;
}

/** Verbs of a win over the other side. */
const WIN_VERBS = new Set(['beat', 'defeated', 'downed', 'ousted', 'edged', 'overcame', 'routed', 'crushed']);

/** "6-1", "7-6": a set's score, games of one digit each side, at token `k`. */
function setScoreAt(ctx: Context, field: Field, k: number): boolean {
  const a = tokenText(ctx, field, k);
  const b = tokenText(ctx, field, k + 2);
  return (
    a.length === 1 &&
    a >= '0' &&
    a <= '7' &&
    tokenText(ctx, field, k + 1) === '-' &&
    b.length === 1 &&
    b >= '0' &&
    b <= '7'
  );
}

/** Two sets' scores from token `k`: "6-1 6-4" (a match of players, not of clubs: "beat Hamburg 2-0"). */
function setScoresAt(ctx: Context, field: Field, k: number): boolean {
  return setScoreAt(ctx, field, k) && setScoreAt(ctx, field, k + 3);
}

/**
 * Whether the one word at `index`, on a sports page, is a player by what the sentence has it do: a goal or a
 * golfer's round right after it ("Ferrandi scored twice", "Ferrandi carded a 68"), or a side of a win by set scores
 * ("Mwangura beat Ferrandi 6-1 6-4": both of them). The caller checks that no list knows the word (a town names a
 * club: "Ravenna scored twice").
 */
export function playerByDeedAt(ctx: Context, field: Field, index: number): boolean {
  if (!ctx.sports) return false;
  const next = lowerTokenText(ctx, field, index + 1);
  if (PLAYERS_DEEDS.has(next)) return true;
  // "Ferrandi shot a 68", "Ferrandi fired a four-under-par 67", "Ferrandi finished two shots behind the leader": a
  // golfer's round or place by strokes.
  if (
    ROUND_VERBS.has(next) &&
    lowerTokenText(ctx, field, index + 2) === 'a' &&
    roundAhead(ctx, field, index + 3)
  )
    return true;
  if (next === 'finished' && strokesAhead(ctx, field, index + 2)) return true;
  // "Mwangura beat Ferrandi 6-1 6-4": the winner.
  if (WIN_VERBS.has(next) && setScoresAt(ctx, field, index + 3)) return true;
  // ... and the one beaten.
  return WIN_VERBS.has(lowerTokenText(ctx, field, index - 1)) && setScoresAt(ctx, field, index + 1);
}
