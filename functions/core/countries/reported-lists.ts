import type { TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import { countryListRuns } from './list-runs.js';
import type { CountryMention } from './mentions.js';
import { SURVEY_SIZE } from './survey.js';

/**
 * Lists of countries that are what a story reports on, though each is named once (resolve.ts puts them in
 * focus; two focus countries pair, so a list's countries pair with the story's subject and with each other):
 * - the buyers, destinations or markets of a trade ("The main buyers last month were Singapore, Japan,
 *   Britain and the Netherlands", "Major destinations were: Chile (41,000 tonnes), Peru (30,500), Ghana …");
 * - the countries attending a meeting or speaking as a group ("The meeting was attended by delegates from
 *   Kenya, Uganda and Rwanda", "Officials in Chile, Peru and Bolivia said …");
 * - the donors of a package ("Norway, Sweden and Denmark contributed to the aid package").
 * A list of three or more countries by name: two are a pair, and a city or a people is no member of such a
 * list. Not a list in passing ("countries such as Chile, Peru and Bolivia", "unlike …"): its cue must stand
 * right before (or, for donors, right after) it; not a group's members in apposition ("the six nations —
 * Britain, Canada, France …"), which name who the group is, not what the story reports on.
 */
const MIN_LIST = 3;
/**
 * A list of this many or more is a roster's (survey.ts `rosterOf`): its countries pair with the story's subject
 * and stay out of focus, as before.
 */
const ROSTER_SIZE = SURVEY_SIZE;

/**
 * "The major destinations were:", "main buyers last month were", "top three markets were the"; not "buyers include",
 * which gives examples, nor a firm's own markets ("its main markets were", "Sony's markets are": read27 P2).
 */
const BUYERS_BEFORE =
  /(?<!\b(?:its|their|\w+'s)\s+(?:\w+\s+){0,2})\b(?:destination|buyer|market|customer|importer|purchaser|supplier)s?\b[^.]{0,40}\b(?:were|was|are|is|being)\s*:?\s*(?:the\s+)?$/i;
/**
 * "attended by representatives from", "Oil ministers from", "Officials in" (not "talks with officials in": the
 * story's own side meets them there).
 */
const ATTENDEES_BEFORE =
  /(?<!\bwith\s+(?:\w+\s+){0,2})\b(?:(attended by)(?:\s+\w+)?\s+(?:from|of)|(?:representative|delegate|delegation|minister|official)s?\s+(?:from|in))\s+(?:the\s+)?(?:member (?:states|countries)\s+)?$/i;
/**
 * The attendees act as a group: the list is the subject of a verb of meeting or saying ("… will meet", "… are
 * attending", "… said"); not a passing state ("Health officials in Spain, Italy and France were also worried").
 */
const ACTS_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:said|says?|met|agreed|attended|(?:will|would|are|were)\s+(?:also\s+)?(?:meet|attend|be on hand|take part|meeting|attending))\b/i;
/** "… had contributed to the package", "… pledged 40 mln dlrs in aid". */
const GIVES_AFTER =
  /^[^.]{0,40}?\b(?:contributed|donated|pledged|provided|gave|granted|financed|funded|lent)\b[^.]{0,40}?\b(?:aid|package|grant|loan|fund|credit|assistance|dlr|dollar|mln|million|billion)/i;

/** How far before a list its cue is read, and after it the verb of its donors or attendees. */
const BEFORE_SPAN = 160;
const AFTER_SPAN = 80;

export function reportedListed(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  if (doc.language !== 'en') return NONE;
  const text = doc.body.text;
  const sentences = doc.body.sentences;
  const isReported = (list: readonly CountryMention[]) => {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const sentence = sentenceAt(sentences, first.start);
    if (!sentence) return false;
    const before = text.slice(Math.max(sentence.start, first.start - BEFORE_SPAN), first.start);
    const after = text.slice(last.end, Math.min(sentence.end, last.end + AFTER_SPAN));
    if (BUYERS_BEFORE.test(before) || GIVES_AFTER.test(after)) return true;
    // "attended by …" says they attend (group 1); "Officials in …" needs a verb after the list.
    const attendees = ATTENDEES_BEFORE.exec(before);
    return attendees !== null && (attendees[1] !== undefined || ACTS_AFTER.test(after));
  };
  let listed: Set<string> | undefined;
  for (const run of countryListRuns(doc, mentions, MIN_LIST)) {
    const size = new Set(run.map((m) => m.code)).size;
    if (size >= MIN_LIST && size < ROSTER_SIZE && isReported(run)) {
      listed ??= new Set();
      for (const m of run) listed.add(m.code);
    }
  }
  return listed ?? NONE;
}

const NONE: ReadonlySet<string> = new Set();
