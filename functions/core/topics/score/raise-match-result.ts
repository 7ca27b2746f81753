import { rallyGamesIn } from '../rally-games.js';
import { boost } from '../signals.js';
import { nodes } from './lexicon.js';
import { BADMINTON, SPORT_TOP } from './nodes.js';
import { leadsTopLevels, type Scoring } from './scoring.js';
import type { StoryToMatch } from './story-to-match.js';
import { damp } from './weights.js';

/** What a match result told with its sides weighs for sport ("won 4-1", team-results.ts): a word almost only of sport. */
const RESULT_WEIGHT = 3;

/**
 * A match result told with its sides (team-results.ts): a word of sport where the story's own words do not already
 * lead with sport by at least as much. Where they do, its weight would only raise sport's top level above its
 * discipline and thin the discipline's score (read46 on bd2a3b24: soccer .676 -> .653 in "Celtic beat Rangers 3-0").
 * Returns the result raised, its evidence.
 */
export function raiseMatchResult(s: Scoring, story: StoryToMatch, resultCount: number): string | undefined {
  const { raw } = s;
  const result =
    resultCount > 0 &&
    SPORT_TOP >= 0 &&
    !((raw[SPORT_TOP] ?? 0) >= RESULT_WEIGHT && leadsTopLevels(raw, SPORT_TOP))
      ? (story.titleResults[0] ?? story.bodyResults[0])?.result
      : undefined;
  if (result !== undefined) {
    boost(raw, nodes, SPORT_TOP, RESULT_WEIGHT * damp(resultCount));
    s.strongest[SPORT_TOP] = Math.max(s.strongest[SPORT_TOP] ?? 0, RESULT_WEIGHT);
  }
  return result;
}

/**
 * Badminton's games told by their scores in the headline or the body ("beat Wang Zhiyi 21-13, 21-15", rally-games.ts):
 * a word of badminton, as clear as its name. Returns the games raised, their evidence.
 */
export function raiseRallyGames(s: Scoring): string | undefined {
  if (BADMINTON < 0) return undefined;
  const games = rallyGamesIn(s.doc.title.text) ?? rallyGamesIn(s.doc.body.text);
  if (games === undefined) return undefined;
  boost(s.raw, nodes, BADMINTON, RESULT_WEIGHT);
  s.strongest[BADMINTON] = Math.max(s.strongest[BADMINTON] ?? 0, RESULT_WEIGHT);
  return games;
}
