import type { TagDocument } from '../text/document.js';
import { sentenceWithBoth } from './sentence-with-both.js';

/** The strike word itself. */
const STRIKE = /\bstrik(?:e|es|ing)\b/i;
/**
 * Who walks out: workers, staff, a trade (nurses, drivers, civil servants, air traffic controllers, pilots, dockers,
 * cabin crew, firefighters, lecturers, prison guards, journalists) or their union. Lawmakers, diplomats, delegates,
 * students and players who walk out are no trade (read32 F10).
 */
export const WORKERS =
  /\b(?:workers|employees|staff|nurses|midwives|paramedics|doctors|teachers|lecturers|academics|drivers|pilots|(?:cabin|train|ambulance) crews?|controllers|dockers|dockworkers|longshoremen|miners|machinists|firefighters|(?:prison|security) guards|postal staff|journalists|(?:civil|public) servants|unions?|union leaders)\b/i;
/** Who walks out and over what: workers, a union, staff, pay, a picket or a ballot (read28 F4). */
const WALKOUT = new RegExp(
  `${WORKERS.source}|\\b(?:pay|wages?|walkouts?|walked out|walk out|pickets?|picketing|ballot|industrial action)\\b`,
  'i',
);

/**
 * A strike in a sentence with the words of a walkout ("the threat of a strike by 55,000 oil workers"): a
 * labour strike even where troops sent to the refineries make war the heavier desk. A nine-hour strike of
 * missiles or a batter on strike has none. Asked only when the strike-length row leans to a rival.
 */
export function walkoutWordsNamed(doc: TagDocument): boolean {
  return sentenceWithBoth(doc, STRIKE, WALKOUT);
}

/** Walking out: "walk out", "walked out", "walks out", "walking out", and the noun, "a walkout". */
const WALK_OUT = /\bwalk(?:s|ed|ing)? out\b|\bwalkouts?\b/i;
/** Who walks out over what, beside the verb: workers, staff, a union, pay or wages. */
const WORKERS_OR_PAY = new RegExp(`${WORKERS.source}|\\b(?:pay|wages?)\\b`, 'i');

/**
 * Workers, a union or pay in a sentence that tells of walking out ("Train drivers across England walked out
 * on Monday in a row over pay"): a walkout, however much the ministers who answer it weigh. Ministers who
 * walk out of a cabinet meeting or envoys who walk out of a speech have none (review31 T4), nor diplomats who
 * "staged a walkout" during a speech.
 */
export function workersWalkOut(doc: TagDocument): boolean {
  return sentenceWithBoth(doc, WALK_OUT, WORKERS_OR_PAY);
}

/**
 * A walking out of a meeting, not of work: "walked out of a news conference", "staged a walkout during the
 * briefing", "walked out of talks with management", "walks out on the summit". Up to three words (a possessive,
 * a day, "daily") may stand before the meeting's noun. Factories, hospitals and offices are workplaces, not here.
 */
const WALKOUT_FROM_MEETING =
  /\b(?:walk(?:s|ed|ing)? out|walkouts?)\s+(?:of|from|at|during|on|in)\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:(?:news|press) conferences?|conferences?|briefings?|meetings?|talks|negotiations|summits?|sessions?|sittings?|parliament|chamber|assembly|hearings?|debates?|speech(?:es)?|address|ceremon(?:y|ies)|interviews?|inauguration|forum|dinner|gala|premiere|presentation|room|hall|courtroom|trial|match|game)\b/gi;
/** Every walking out, verb or noun, as a mention to set beside the meeting ones. */
const WALK_OUT_ALL = /\bwalk(?:s|ed|ing)? out\b|\bwalkouts?\b/gi;
/** A walkout's labour words beside a walking out of work: a union, pay, pickets, industrial action. */
const LABOUR_BESIDE = /\b(?:unions?|pay|wages?|pickets?|picketing|industrial action|strik(?:e|es|ing))\b/i;

function countOf(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * The story's walking out is out of a meeting, a news conference, talks or a session (topics34, read33 F2):
 * journalists who walk out of a minister's news conference protest, they strike no work. Kept a walkout of work
 * where a strike is told beside workers or pay (`walkoutWordsNamed`: "began a five-day strike after walking out of
 * talks") or a sentence tells a walking out that is not out of a meeting beside a union or pay.
 */
export function walkoutsFromMeetings(doc: TagDocument): boolean {
  let fromMeeting = false;
  let fromWork = false;
  for (const { text, sentences } of [doc.title, doc.body]) {
    const spans = sentences.length > 0 ? sentences : [{ start: 0, end: text.length }];
    for (const { start, end } of spans) {
      const sentence = text.slice(start, end);
      const all = countOf(WALK_OUT_ALL, sentence);
      if (all === 0) continue;
      const meetings = countOf(WALKOUT_FROM_MEETING, sentence);
      if (meetings > 0) fromMeeting = true;
      if (all > meetings && LABOUR_BESIDE.test(sentence)) fromWork = true;
    }
  }
  return fromMeeting && !fromWork && !walkoutWordsNamed(doc);
}
