/**
 * Games of badminton told by their scores (topic61, wild60 ★2): "An Se-young beat Wang Zhiyi 21-13, 21-15", "won
 * 21-19, 18-21, 21-17". A game is won at 21, or past 20-20 by two points up to 30: two or three such games in a row
 * name the sport where the story never writes "badminton". Not volleyball's beach sets, which run to 21 too (a story
 * with a word of volleyball, a beach or sand tells none), nor a list of ranges ("21-23, 27-29 June"): a range runs
 * upwards, and at least one game must be written winner first.
 */
const GAMES =
  /(?<![\w.\u2013-])(\d{1,2})[-\u2013](\d{1,2}),?\s+(\d{1,2})[-\u2013](\d{1,2})(?:,?\s+(\d{1,2})[-\u2013](\d{1,2}))?(?![\w\u2013-])/g;
/** What tells the story is volleyball's: its name, a beach, sand. */
const VOLLEYBALL = /\b(?:volleyball|beach|sand)\b/i;

/** One game's score as written, the winner's or the loser's first: whole and won. */
function wonGame(a: number, b: number): boolean {
  const high = Math.max(a, b);
  const low = Math.min(a, b);
  if (high === 21) return low <= 19;
  if (high > 21 && high < 30) return high - low === 2;
  return high === 30 && low >= 28;
}

/** The games as the text writes them ("21-13, 21-15"), or undefined. */
export function rallyGamesIn(text: string): string | undefined {
  if (!text.includes('21') || VOLLEYBALL.test(text)) return undefined;
  GAMES.lastIndex = 0;
  for (let m = GAMES.exec(text); m !== null; m = GAMES.exec(text)) if (rallyGames(m)) return m[0];
  return undefined;
}

/** Every game of the run is whole and won, and one is written winner first. */
function rallyGames(m: RegExpExecArray): boolean {
  let winnerFirst = false;
  for (let k = 1; k < m.length; k += 2) {
    if (m[k] === undefined) break;
    const a = Number(m[k]);
    const b = Number(m[k + 1]);
    if (!wonGame(a, b)) return false;
    if (a > b) winnerFirst = true;
  }
  return winnerFirst;
}
