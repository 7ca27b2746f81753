import type { Country, CountryPair } from '../schema.js';
import { fieldOf, storyLeadIndex, type TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import { storyDatelineCountry } from './georgia-dateline.js';
import { capBelowSides } from './talk-venues.js';

/**
 * "U.S. and Chinese officials met in Geneva on Saturday for trade talks", "Russian and Ukrainian delegations met in
 * Istanbul", "Indian and Pakistani officials met in Riyadh" (wild48 ★3): two countries coordinated before the people
 * who act for them (officials, delegations, negotiators) and a verb of meeting are the meeting's sides; a country
 * named after the verb as where they met ("in Geneva"), and the dateline's when it is neither side, is its venue.
 * Venue cities, "Qatari officials said" and the dateline weighed more than the sides' adjectives, so the venue ranked
 * first and its pairs above the sides' own. Read in the headline and the lead's first sentences, where the story's
 * meeting is told. English word order.
 */

/** A mention as this reading needs it (CountryMention and the output's Country mentions both fit). */
interface Placed {
  readonly code: string;
  readonly field: 'title' | 'body';
  readonly start: number;
  readonly end: number;
}

export interface MeetingSides {
  readonly sides: ReadonlySet<string>;
  readonly venues: ReadonlySet<string>;
}

/** Between two coordinated sides: a comma, "and", "&". */
const AND_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/;
/**
 * After the sides: the people who act for them (at most two words of office before: "trade negotiators", "foreign
 * ministers") or none ("Russia and Ukraine met"), then a verb of meeting, or one of holding or opening talks ("held
 * talks", "resumed negotiations"): "British and French shares opened higher" tells of no meeting.
 */
const MEET_AFTER =
  /^\s+(?:(?:[a-z-]+\s+){0,2}?(?:officials|delegations|delegates|negotiators|diplomats|envoys|ministers|teams|leaders|representatives|generals|commanders|counterparts|sides)\s+)?(?:(?:have|had|will|would|also|are\s+(?:due\s+)?to|were\s+due\s+to)\s+)?(?:(?:met|meet|meets|meeting|sat\s+down|gathered|convened)\b|(?:held|hold|holds|holding|began|begin|opened|open|resumed|resume|started|start|wrapped\s+up|concluded)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meetings?|discussions|consultations|dialogue)\b)/;
/** "met in Geneva", "talks at Istanbul's Dolmabahce Palace": where the meeting sits. */
const IN_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/;
/** How far after the sides the venue is named at most ("delegations met on Saturday in Geneva"). */
const VENUE_GAP = 60;
/** How many sentences of the lead, counted from its first, are read. */
const LEAD_SENTENCES = 2;

const NONE: MeetingSides = { sides: new Set(), venues: new Set() };

/**
 * The sides and venues of the meeting a story's headline or lead tells of (empty sets when none is told so, or it has
 * no venue apart from its sides). `mentions`
 * in any order; one pass over those of the headline and the lead, whatever the story's length.
 */
export function meetingSides(
  doc: TagDocument,
  mentions: readonly Placed[],
  datelineCode: string | undefined,
): MeetingSides {
  if (doc.language !== 'en') return NONE;
  const lead = storyLeadIndex(doc);
  const body = doc.body;
  const leadEnd =
    lead >= 0
      ? (body.sentences[Math.min(body.sentences.length - 1, lead + LEAD_SENTENCES - 1)]?.end ?? 0)
      : 0;
  const read = mentions
    .filter((m) => m.field === 'title' || (m.start >= doc.storyStart && m.end <= leadEnd))
    .sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
  if (read.length < 2) return NONE;
  const sides = new Set<string>();
  const venueCandidates: Placed[] = [];
  for (let i = 0; i < read.length; ) {
    // A run of coordinated mentions of one field and sentence: "U.S. and Chinese", "Russian, Ukrainian and Turkish".
    let j = i + 1;
    const text = fieldOf(doc, read[i]!.field).text;
    while (
      j < read.length &&
      read[j]!.field === read[i]!.field &&
      read[j]!.start - read[j - 1]!.end <= 12 &&
      AND_GAP.test(text.slice(read[j - 1]!.end, read[j]!.start))
    )
      j++;
    const run = read.slice(i, j);
    const codes = new Set(run.map((m) => m.code));
    const last = run[run.length - 1]!;
    if (codes.size >= 2 && MEET_AFTER.test(text.slice(last.end, last.end + 80))) {
      for (const code of codes) sides.add(code);
      // The venue is the next country named, close after the verb and in its sentence ("met in Geneva on Saturday");
      // a place named later is the talks' topic or another clause's ("for talks on a ceasefire in Gaza").
      const next = read[j];
      const sentence = sentenceAt(fieldOf(doc, last.field).sentences, last.end);
      if (
        next !== undefined &&
        next.field === last.field &&
        next.start < (sentence?.end ?? text.length) &&
        next.start - last.end <= VENUE_GAP &&
        IN_BEFORE.test(text.slice(Math.max(last.end, next.start - 12), next.start))
      )
        venueCandidates.push(next);
    }
    i = j;
  }
  if (sides.size < 2) return NONE;
  const venues = new Set<string>();
  for (const m of venueCandidates) if (!sides.has(m.code)) venues.add(m.code);
  if (datelineCode && !sides.has(datelineCode)) venues.add(datelineCode);
  // Without a venue the sides are read as any lead's countries are ("Brazil and Peru opened talks on coffee quotas",
  // in a story about Brazil, keeps Peru out of focus): what this reading mends is a venue ranked over them.
  return venues.size ? { sides, venues } : NONE;
}

/**
 * Lowers, in place, the pairs of a meeting's venue with a side to just below the sides' own pair ("U.S. and Chinese
 * officials met in Geneva": CN-US first, CH-US and CH-CN after it). Scores only: every pair stays, as agencies index
 * the venue too.
 */
export function rankMeetingVenuesBelowSides(
  doc: TagDocument,
  countries: readonly Country[],
  pairs: CountryPair[],
): void {
  if (pairs.length < 2 || doc.language !== 'en') return;
  const mentions = countries.flatMap((c) => c.mentions.map((m) => ({ code: c.code, ...m })));
  const { sides, venues } = meetingSides(doc, mentions, storyDatelineCountry(doc));
  if (venues.size) capBelowSides(pairs, sides, venues);
}
