import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { isSubject } from './short-story.js';

/**
 * "GENEVA — OPEC oil ministers ended a second day of talks without agreement … Saudi Arabian oil minister
 * Hisham Nazer wants all members to stick to their quotas … The United Arab Emirates and Kuwait said they
 * would support any agreement": the city filed from is where the meeting sits, and the countries that act
 * in it are the story's first countries (review24 ★10: Switzerland ranked first, the Saudi minister last).
 * The venue keeps its place in focus (the Reuters gold indexes the dateline country of 98.6% of its stories,
 * and of nearly every meeting story, often alone); only the order moves (resolve.ts ranks it after them).
 */

/** A meeting in the lead: the words a story about talks, a conference or a summit opens with. */
const MEETING = /\b(?:talks|meetings?|conference|summit|negotiations|session|council|ministers|delegates)\b/;
/** How many sentences after the lead the meeting's actors are read from. */
const ACTOR_SENTENCES = 3;

/**
 * The countries that open a clause as its subject in the lead or the next sentences of a story filed from
 * a meeting's venue: a dateline country the title and text never name, with a meeting in the lead. Empty
 * otherwise. English word order (isSubject).
 */
export function meetingActors(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): ReadonlySet<string> {
  if (!datelineCode || doc.language !== 'en') return NONE;
  const sentences = doc.body.sentences;
  const start = doc.storyStart;
  const first = sentences.findIndex((s) => s.end > start + 1);
  if (first < 0) return NONE;
  const text = doc.body.text;
  const lead = sentences[first]!;
  if (!MEETING.test(text.slice(Math.max(lead.start, start), lead.end))) return NONE;
  for (const m of mentions) {
    if (m.code === datelineCode && !isInInlineDateline(doc.dateline, m.field, m.start)) return NONE;
  }
  const actors = new Set<string>();
  const last = Math.min(sentences.length, first + 1 + ACTOR_SENTENCES);
  for (let k = first; k < last; k++) {
    const s = sentences[k]!;
    const from = Math.max(s.start, start);
    const inSentence = mentions.filter((m) => m.field === 'body' && m.start >= from && m.end <= s.end);
    for (const m of inSentence) {
      if (!m.currency && isSubject(m, from, inSentence, text)) actors.add(m.code);
    }
  }
  return actors;
}

const NONE: ReadonlySet<string> = new Set();
