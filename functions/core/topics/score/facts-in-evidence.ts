import type { TopicNode } from '../compile.js';
import { TOP_LEVEL } from '../taxonomy.js';
import { nodes } from './lexicon.js';
import {
  ACCIDENT,
  ARMED_CONFLICT,
  BADMINTON,
  DEAL,
  DIPLOMACY,
  FREEDOM_OF_PRESS,
  GOVERNMENT,
  LAYOFFS,
  MUSIC,
  RELATIONS,
  SPORT_TOP,
  TRADE,
} from './nodes.js';
import type { StoryEvidence } from './scoring.js';

/** Adds each word of `more` not yet in `words`, in order. */
function addNew(words: string[], more: readonly string[] | undefined): void {
  if (more) for (const word of more) if (!words.includes(word)) words.push(word);
}

/** Adds to a topic's words the story facts that raised it or a subtopic under it (a reason beyond words). */
export function addFactsToEvidence(
  words: string[],
  i: number,
  node: TopicNode,
  chosen: ReadonlySet<number>,
  evidence: StoryEvidence,
): void {
  const {
    partSold,
    clubSold,
    jobCuts,
    concert,
    meeting,
    collapse,
    leader,
    protest,
    pressCurb,
    review,
    result,
    games,
  } = evidence;
  // A reason beyond words given to a subtopic raised its ancestors too: they name it as well.
  if (partSold && isAncestorOrSelf(i, DEAL)) words.push(partSold);
  if (clubSold && isAncestorOrSelf(i, DEAL) && !words.includes(clubSold)) words.push(clubSold);
  if (jobCuts && isAncestorOrSelf(i, LAYOFFS) && !words.includes(jobCuts[0])) words.push(jobCuts[0]);
  if (concert && isAncestorOrSelf(i, MUSIC) && !words.includes(concert)) words.push(concert);
  if (evidence.signals.length) addNew(words, signalWordsFor(i, chosen, evidence.signals));
  // Politics told only through its leaders meeting: the leaders are its evidence.
  if (!words.length && node.id === TOP_LEVEL.politics && meeting.length)
    words.push(`leaders: ${meeting.join(', ')}`);
  else if (i === ARMED_CONFLICT || i === nodes[ARMED_CONFLICT]?.parent) {
    addNew(words, evidence.strike);
    addNew(words, evidence.target);
    addNew(words, evidence.seizure);
    if (evidence.launch && !words.includes(evidence.launch)) words.push(evidence.launch);
  }
  // The collapse raised the accident and its ancestors: its words are theirs (never an empty evidence).
  if (collapse && isAncestorOrSelf(i, ACCIDENT)) addNew(words, collapse);
  const { deadlyFire } = evidence;
  if (deadlyFire?.raised.some((raised) => isAncestorOrSelf(i, raised))) addNew(words, deadlyFire.words);
  if (leader && isAncestorOrSelf(i, GOVERNMENT) && !words.includes(leader[0])) words.push(leader[0]);
  if (protest && isAncestorOrSelf(i, DIPLOMACY) && !words.includes(protest)) words.push(protest);
  if (pressCurb && isAncestorOrSelf(i, FREEDOM_OF_PRESS) && !words.includes(pressCurb)) words.push(pressCurb);
  if (review && isAncestorOrSelf(i, review[0]) && !words.includes(review[1])) words.push(review[1]);
  if (result && i === SPORT_TOP && !words.includes(result)) words.push(result);
  if (games && isAncestorOrSelf(i, BADMINTON) && !words.includes(games)) words.push(games);
}

/** Whether `node` is `of` or one of its ancestors (a node's chain is short: a top level is at most four up). */
function isAncestorOrSelf(node: number, of: number): boolean {
  for (let n = of; n >= 0; n = nodes[n]?.parent ?? -1) if (n === node) return true;
  return false;
}

/**
 * The lines of the country and leaders signals a node shows: international relations and trade all of them,
 * as before; their ancestors (politics, economy) the lines that raised the listed subtopic under them — the
 * leaders and countries under politics, the countries under economy.
 */
function signalWordsFor(i: number, chosen: ReadonlySet<number>, lines: readonly string[]): readonly string[] {
  if (i === RELATIONS || i === TRADE) return lines;
  if (chosen.has(RELATIONS) && isAncestorOrSelf(i, RELATIONS)) return lines;
  if (chosen.has(TRADE) && isAncestorOrSelf(i, TRADE))
    return lines.filter((l) => l.startsWith('countries: '));
  return [];
}
