// Sports pages name players by surname alone, or by one name ("Juninho"): "Ferrandi scored twice for Ravenna .",
// "Mwangura beat Ferrandi 6-1 6-4 in the final ." (wild50 E25). Opening a sentence such a word was dropped as an
// ordinary word the lexicon lacks, and mid-sentence it took the one-word default (an organisation).
import type { Field } from '../../schema.js';
import { WIN_VERBS } from '../../text/result-verbs.js';
import { CALENDAR_WORDS } from '../lexicon.js';
import { type Context, lowerTokenText, tokenText } from './context.js';
import { SENTENCE_END, TEAM_VERB_TEXT, tokenBits } from './token-bits.js';

/** A golfer's deeds, right after the name: only a player cards or birdies. */
const ROUND_DEEDS = new Set('carded birdied eagled bogeyed'.split(' '));

/** Goals, right after the name: a player's or a club's ("Stenhousemuir scored twice to beat Clyde"). */
const GOAL_DEEDS = new Set('scored netted equalised equalized'.split(' '));

/** Goals only a player scores: "scored a hat-trick", "netted a brace". */
const PLAYERS_GOALS = new Set(['hat-trick', 'hat-tricks', 'brace']);

/**
 * A player's goal named right after the verb: "scored the winner", "scored a header", "scored two tries" (a club
 * scores goals and points as often as a player does).
 */
const PLAYERS_GOAL_NOUNS = new Set(
  'winner equaliser equalizer opener header penalty free-kick try tries'.split(' '),
);

/** A player's pronouns in the clause of the goal: "scored his 20th goal", "before he was sent off". */
const PLAYERS_PRONOUNS = new Set(['his', 'her', 'he', 'she']);

/** "'s" or "\u2019s", spaced off its word or the end of it. */
const possessiveS = (t: string): boolean => t === "'s" || t === '\u2019s';

/**
 * Whether the token at `k` is a capitalised word other than a pronoun ("They") or a calendar word ("in Saturday 's
 * win"): a side's name.
 */
function sideNameAt(ctx: Context, field: Field, k: number): boolean {
  const t = tokenText(ctx, field, k);
  const c = t.charCodeAt(0);
  if (c < 65 || c > 90 || t === 'They' || t === 'It') return false;
  const lower = lowerTokenText(ctx, field, k);
  // ("Saturday's", as the spaced "Saturday 's" is read.)
  const core = possessiveS(lower.slice(-2)) ? lower.slice(0, -2) : lower;
  return !PLAYERS_PRONOUNS.has(core) && !CALENDAR_WORDS.has(core);
}

/** Verbs after "to" that a player's goals do for his side: "to give Ravenna the lead", "to help Bath beat …". */
const FOR_THE_SIDE = new Set(['give', 'help', 'lead', 'earn', 'hand', 'send', 'put']);

/** Wins over the other side after "to", in the clause of a club's goals: "to beat Clyde", "to hold Clyde". */
const CLUBS_RESULTS = new Set(['beat', 'defeat', 'overcome', 'edge', 'down', 'sink', 'hold', 'hammer']);

/**
 * Who scored, by the clause of a goal from token `k` (right after the verb) to the sentence's end: a player, by
 * the goal itself ("the winner", "a header", "two tries", "a hat-trick"), his pronoun ("his second goal") or a side
 * he scores for ("for Ravenna", "to give/help/lead Ravenna …", "in Ravenna 's 3-1 win", "as Bayern beat Hamburg");
 * a club, by its result over the other side ("to beat Clyde", "to hold Clyde", "to draw with Clyde"). A club scores
 * as often as a player: without such a word the goal says nothing of who ("scored twice in the second half",
 * "scored twice against Arsenal"). Not "their" (a player "scored their second") nor "conceded" (of either).
 */
function goalScorerInClause(ctx: Context, field: Field, k: number): 'player' | 'club' | undefined {
  // "scored the winner", "scored a header", "scored two tries".
  for (let i = k; i < k + 3; i++) if (PLAYERS_GOAL_NOUNS.has(lowerTokenText(ctx, field, i))) return 'player';
  for (let i = k; i < k + 14; i++) {
    if (tokenBits(ctx, field, i) & SENTENCE_END || tokenText(ctx, field, i) === '') return undefined;
    const t = lowerTokenText(ctx, field, i);
    if (PLAYERS_GOALS.has(t) || PLAYERS_PRONOUNS.has(t)) return 'player';
    if (t === 'hat' && lowerTokenText(ctx, field, i + 1) === 'trick') return 'player';
    if (t === 'for' && sideNameAt(ctx, field, i + 1)) return 'player';
    if (lowerTokenText(ctx, field, i - 1) === 'to') {
      // "to give Ravenna the lead", "to lead the Rockets to a 98-90 win".
      const side =
        sideNameAt(ctx, field, i + 1) ||
        (lowerTokenText(ctx, field, i + 1) === 'the' && sideNameAt(ctx, field, i + 2));
      if (FOR_THE_SIDE.has(t) && side) return 'player';
      // "to beat Clyde", "to draw with Clyde" ("to draw Middlesbrough level" is a player's).
      if (
        (CLUBS_RESULTS.has(t) && side) ||
        (t === 'draw' && lowerTokenText(ctx, field, i + 1) === 'with' && sideNameAt(ctx, field, i + 2))
      )
        return 'club';
    }
    // "in Ravenna 's 3-1 win", "in Ravenna's win".
    if (
      t === 'in' &&
      sideNameAt(ctx, field, i + 1) &&
      (possessiveS(lowerTokenText(ctx, field, i + 2)) ||
        possessiveS(lowerTokenText(ctx, field, i + 1).slice(-2)))
    )
      return 'player';
    // "as Bayern beat Hamburg", "as Bayern Munich drew 1-1": another side's result.
    if (t === 'as' && sideNameAt(ctx, field, i + 1))
      for (let j = i + 2; j < i + 5; j++) if (tokenBits(ctx, field, j) & TEAM_VERB_TEXT) return 'player';
  }
  return undefined;
}

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
 * Whether the one word at `index`, on a sports page, is a player by what the sentence has it do: a goal a player
 * scores right after it ("Ferrandi scored twice for Ravenna": `goalScorerInClause`) or a golfer's round
 * ("Ferrandi carded a 68"), or a side of a win by set scores
 * ("Mwangura beat Ferrandi 6-1 6-4": both of them). The caller checks that no list knows the word (a town names a
 * club: "Ravenna scored twice").
 */
export function playerByDeedAt(ctx: Context, field: Field, index: number): boolean {
  if (!ctx.sports) return false;
  const next = lowerTokenText(ctx, field, index + 1);
  if (ROUND_DEEDS.has(next)) return true;
  if (GOAL_DEEDS.has(next)) return goalScorerInClause(ctx, field, index + 2) === 'player';
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

/**
 * Whether the one word at `index`, on any page, scored a goal the clause gives a player: "Neymar scored twice for
 * Santos", "Ferrandi scored a hat-trick" (a one-line brief has too few sport words to make a sports page). Only
 * "scored" and "equalised": a firm "netted a profit for its owners".
 */
export function scorerOnAnyPageAt(ctx: Context, field: Field, index: number): boolean {
  const next = lowerTokenText(ctx, field, index + 1);
  return (
    (next === 'scored' || next === 'equalised' || next === 'equalized') &&
    goalScorerInClause(ctx, field, index + 2) === 'player'
  );
}

/**
 * Whether the one word at `index`, on a sports page, is a club by its goals: "Stenhousemuir scored twice in the
 * second half to beat Clyde" (`goalScorerInClause`). The caller checks that nothing before the name makes it a
 * player ("Striker Klinsmann", "Middlesbrough 's Juninho").
 */
export function clubByGoalsAt(ctx: Context, field: Field, index: number): boolean {
  return (
    ctx.sports &&
    GOAL_DEEDS.has(lowerTokenText(ctx, field, index + 1)) &&
    goalScorerInClause(ctx, field, index + 2) === 'club'
  );
}
