import type { TagDocument } from '../text/document.js';
import { sentenceIndex } from '../text/sentences.js';
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
/** Kinds of mention that can be items of such a list: the country's name or code ("U.S."). */
const AS_ITSELF: ReadonlySet<string> = new Set(['name', 'code']);
/** Between two items: a comma or "and", "or", "&" ("Japan, Britain and the Netherlands"). */
const TIGHT_GAP = /^\s*(?:,|;|,?\s*(?:and|or|&))\s*(?:the\s+)?$/;
/**
 * Between two items of a figures line: figures and lower-case words, then a comma or "and" ("China
 * (419,000 tonnes), Egypt (301,000)", "Spain with 91,000 tonnes of wheat, the Soviet Union 147,000"); no other
 * name (a capital letter) and no sentence break.
 */
const FIGURES_GAP = /^[^A-Z]{0,60}?(?:,|;|\band)\s*(?:the\s+)?$/;
const MAX_FIGURES_GAP = 60;

/**
 * "The major destinations were:", "main buyers last month were", "top three markets were the"; not "buyers include",
 * which gives examples.
 */
const BUYERS_BEFORE =
  /\b(?:destinations?|buyers?|markets?|customers?|importers?|purchasers?|suppliers?)\b[^.]{0,40}\b(?:were|was|are|is|being)\s*:?\s*(?:the\s+)?$/i;
/**
 * "attended by representatives from", "Oil ministers from", "Officials in" (not "talks with officials in": the
 * story's own side meets them there).
 */
const ATTENDEES_BEFORE =
  /(?<!\bwith\s+(?:\w+\s+){0,2})\b(?:attended by(?:\s+(?:representatives|delegates|delegations|ministers|officials))?\s+(?:from|of)|(?:representatives?|delegates?|delegations?|ministers?|officials?)\s+(?:from|in))\s+(?:the\s+)?(?:member (?:states|countries)\s+)?$/i;
const ATTENDED_BY = /\battended by\b/i;
/** The attendees act as a group: the list is the subject of a verb ("… will meet", "… said"). */
const ACTS_AFTER =
  /^\s*(?:\([^)]*\)\s*)?(?:said|say|says|will|would|are|were|have|had|met|meet|agreed|attended|did|do)\b/i;
/** "… had contributed to the package", "… pledged 40 mln dlrs in aid". */
const GIVES_AFTER =
  /^[^.]{0,40}?\b(?:contributed|donated|pledged|provided|gave|granted|financed|funded|lent)\b[^.]{0,40}?\b(?:aid|package|grants?|loans?|funds|credits?|assistance|dlrs|dollars|mln|million|billion)\b/i;

/** How far before a list its cue is read, and after it the verb of its donors or attendees. */
const BEFORE_SPAN = 160;
const AFTER_SPAN = 80;

export function reportedListed(doc: TagDocument, mentions: readonly CountryMention[]): ReadonlySet<string> {
  if (doc.language !== 'en') return NONE;
  const items = mentions.filter((m) => m.field === 'body' && AS_ITSELF.has(m.kind) && !m.currency);
  if (items.length < MIN_LIST) return NONE;
  items.sort((a, b) => a.start - b.start);
  const text = doc.body.text;
  const sentences = doc.body.sentences;
  let listed: Set<string> | undefined;
  let run: CountryMention[] = [];
  const close = () => {
    const size = new Set(run.map((m) => m.code)).size;
    if (size >= MIN_LIST && size < ROSTER_SIZE && isReported(run)) {
      listed ??= new Set();
      for (const m of run) listed.add(m.code);
    }
  };
  const isReported = (list: readonly CountryMention[]) => {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const sentence = sentences[sentenceIndex(sentences, first.start)];
    if (!sentence) return false;
    const before = text.slice(Math.max(sentence.start, first.start - BEFORE_SPAN), first.start);
    const after = text.slice(last.end, Math.min(sentence.end, last.end + AFTER_SPAN));
    if (BUYERS_BEFORE.test(before) || GIVES_AFTER.test(after)) return true;
    return ATTENDEES_BEFORE.test(before) && (ATTENDED_BY.test(before) || ACTS_AFTER.test(after));
  };
  for (const m of items) {
    const prev = run[run.length - 1];
    if (prev && m.start > prev.end && listGap(text.slice(prev.end, m.start)) && sameSentence(prev, m)) {
      run.push(m);
      continue;
    }
    close();
    run = [m];
  }
  close();
  return listed ?? NONE;

  function sameSentence(a: CountryMention, b: CountryMention): boolean {
    return sentenceIndex(sentences, a.start) === sentenceIndex(sentences, b.start);
  }
}

const listGap = (gap: string) =>
  TIGHT_GAP.test(gap) || (gap.length <= MAX_FIGURES_GAP && FIGURES_GAP.test(gap) && !gap.includes('\n\n'));

const NONE: ReadonlySet<string> = new Set();
