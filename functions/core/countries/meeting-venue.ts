import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, storyLeadIndex, type TagDocument } from '../text/document.js';
import { IN_PLACE_BEFORE } from './meeting-hosts.js';
import type { CountryMention } from './mentions.js';
import { namedAsBroker } from './party-links.js';
import { isSubject } from './short-story.js';

/**
 * "GENEVA — OPEC oil ministers ended a second day of talks without agreement … Saudi Arabian oil minister
 * Hisham Nazer wants all members to stick to their quotas … The United Arab Emirates and Kuwait said they
 * would support any agreement": the city filed from is where the meeting sits, and the countries that act
 * in it are the story's first countries (review24 ★10: Switzerland ranked first, the Saudi minister last).
 * The venue keeps its place in focus (the Reuters gold indexes the dateline country of 98.6% of its stories,
 * and of nearly every meeting story, often alone); only the order moves (resolve.ts ranks it after them).
 * So does a venue the story names only as the meeting's place, host or go-between (read34 ★1: "Saudi,
 * Iranian ministers meet in Beijing … Chinese Foreign Minister Qin Gang hosted the talks" ranked China first).
 */

/** A meeting in the lead: the words a story about talks, a conference or a summit opens with. */
const MEETING =
  /\b(?:talks|meetings?|conference|summit|negotiations|session|council|ministers|delegates|(?:met|meet)\s+(?:in|at)\b)/;
/** How many sentences after the lead the meeting's actors are read from. */
const ACTOR_SENTENCES = 3;
/**
 * "Chinese Foreign Minister Qin Gang hosted the talks", "Kenyan President William Ruto welcomed the
 * delegations": the venue's office holder receives the parties (one clause, no comma before the verb).
 */
const HOSTS_AFTER =
  /^[^,.;:!?]{0,60}?\b(?:hosted|hosts|co-hosted|opened|welcomed|chaired|received)\s+(?:the\s+)?(?:talks|meeting|negotiations|session|summit|delegations?|leaders|ministers|envoys|negotiators|two|both)\b/i;
/** "Mediators from Qatar": a go-between of the talks. */
const MEDIATORS_BEFORE = /\b(?:mediators?|hosts?)\s+(?:from\s+)?(?:the\s+)?$/i;
/** "The foreign ministers of Saudi Arabia and Iran met": the parties named after the office that acts for them. */
const OFFICE_OF_BEFORE = /^[\s"'\u201c]*(?:the\s+)?(?:[a-z-]+\s+){1,3}of\s+(?:the\s+)?$/i;
/** Between two coordinated parties: a comma, "and". */
const AND_GAP = /^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/;

/**
 * The countries that open a clause as its subject in the headline, the lead or the next sentences of a story
 * filed from a meeting's venue: a dateline country the title and text name only as the meeting's place, host
 * or go-between, with a meeting in the lead. Empty otherwise. English word order (isSubject).
 */
export function meetingActors(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): ReadonlySet<string> {
  if (!datelineCode || doc.language !== 'en') return NONE;
  const sentences = doc.body.sentences;
  const start = doc.storyStart;
  const first = storyLeadIndex(doc);
  if (first < 0) return NONE;
  const text = doc.body.text;
  const lead = sentences[first]!;
  const leadFrom = Math.max(lead.start, start);
  if (!MEETING.test(text.slice(leadFrom, lead.end))) return NONE;
  for (const m of mentions)
    if (m.code === datelineCode && !isInInlineDateline(doc.dateline, m.field, m.start) && !onlyHosts(doc, m))
      return NONE;
  const actors = new Set<string>();
  const title = mentions.filter((m) => m.field === 'title');
  for (const m of title) if (!m.currency && isSubject(m, 0, title, doc.title.text)) actors.add(m.code);
  const inLead = mentions.filter((m) => m.field === 'body' && m.start >= leadFrom && m.end <= lead.end);
  for (const code of officeOfParties(text, leadFrom, inLead)) actors.add(code);
  const last = Math.min(sentences.length, first + 1 + ACTOR_SENTENCES);
  for (let k = first; k < last; k++) {
    const s = sentences[k]!;
    const from = Math.max(s.start, start);
    const inSentence = mentions.filter((m) => m.field === 'body' && m.start >= from && m.end <= s.end);
    for (const m of inSentence) {
      if (!m.currency && isSubject(m, from, inSentence, text)) actors.add(m.code);
    }
  }
  actors.delete(datelineCode);
  return actors;
}

/** Whether a mention names the venue as the meeting's place, its host or a go-between, not as a party. */
function onlyHosts(doc: TagDocument, m: CountryMention): boolean {
  const text = fieldOf(doc, m.field).text;
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  // MEETING_IN_BEFORE ends with IN_PLACE_BEFORE's "in"/"at": whatever it reads, IN_PLACE_BEFORE reads too.
  return (
    IN_PLACE_BEFORE.test(before) ||
    MEDIATORS_BEFORE.test(before) ||
    HOSTS_AFTER.test(text.slice(m.end, m.end + 120)) ||
    namedAsBroker(text, m)
  );
}

/** "The foreign ministers of Saudi Arabia and Iran met": the countries coordinated after the lead's opening office. */
function officeOfParties(text: string, from: number, inLead: readonly CountryMention[]): string[] {
  const head = inLead[0];
  if (!head || !OFFICE_OF_BEFORE.test(text.slice(from, head.start))) return [];
  const codes = [head.code];
  for (let i = 1; i < inLead.length && AND_GAP.test(text.slice(inLead[i - 1]!.end, inLead[i]!.start)); i++)
    codes.push(inLead[i]!.code);
  return codes;
}

const NONE: ReadonlySet<string> = new Set();
