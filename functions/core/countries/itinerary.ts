import type { Country } from '../schema.js';
import type { SentenceSpan } from './co-objects.js';

/**
 * "Prime Minister Narendra Modi will visit Ghana, Trinidad and Tobago and Argentina next week before
 * travelling to Rio de Janeiro": the countries of a trip are the stops of one visitor. The sentence links
 * each of them to the visitor, not to one another: Ghana and Argentina are on one itinerary, not parties to
 * anything together (review25 r25-51, where every stop paired with every other).
 */

/** A word of travel in the sentence, asked before anything else. */
const TRAVEL_WORD = /\b(?:visit|tour|trip|travel|stop|fl(?:y|ies|ew)\b)/i;
/**
 * Right before the first stop: "visit", "visits to", "a tour of", "trip to", "travelling to", "flew to",
 * "stop over in", "a stop in".
 */
const TRAVEL_BEFORE =
  /\b(?:visit(?:s|ed|ing)?(?:\s+to)?|tour(?:s|ed|ing)?\s+(?:of|to)|trips?\s+to|travel(?:s|led|ling)?\s+to|fl(?:y|ies|ew|ying)\s+to|stop(?:s|ped|ping)?(?:\s+over)?\s+in|(?:a|one|final|last|brief)\s+stop\s+in|stopovers?\s+in)\s+(?:the\s+)?$/i;
/** Whether the text before a mention ends in a word of travel ("a stop in ", "travelling to "): a stop. */
export function travelsTo(before: string): boolean {
  return TRAVEL_BEFORE.test(before);
}

/**
 * Right before the host of a meeting the trip's sentence names: "attend the BRICS summit hosted by Brazil", "a
 * summit in Brazil". The visitor goes there too: another stop, not a party beside the others (read25 F11).
 */
const HOST_BEFORE =
  /\b(?:summit|meeting|conference|forum|talks)\s+(?:(?:hosted|held)\s+by|in)\s+(?:the\s+)?$/i;
/** Whether the text before a mention ends naming it as a meeting's host ("the summit hosted by "). */
export function hostsMeeting(before: string): boolean {
  return HOST_BEFORE.test(before);
}

/**
 * Between a traveller and the host of a meeting: "will visit Ghana … and attend the BRICS summit hosted by",
 * "will attend the G7 summit in", "flew to Rio for the summit hosted by".
 */
const GOES_TO =
  /\b(?:attend(?:s|ed|ing)?|visit(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?|tour(?:s|ed|ing)?|trip|fl(?:y|ies|ew|ying)|arriv(?:e|es|ed|ing|al)|head(?:s|ed|ing)?\s+(?:to|for)|(?:leave|leaves|leaving|left)\s+for)\b/i;
/**
 * Where in the text between a traveller and a place a word says the traveller goes there ("will attend the
 * summit in "); -1 for none. Verbs and "trip", not the nouns of people and trade ("90 million visitors", "a
 * tourism conference in Portugal": read26 F3).
 */
export function goesToAt(between: string): number {
  return between.search(GOES_TO);
}

/** Right after a country's mention, a verb of saying: the country speaks ("…, Washington said"). */
const SAYS_AFTER = /^\s+(?:said|says|announced|told|confirmed|stated)\b/;

/** Between two stops of one list: a comma, "and", or both; "then" after them ("visit Japan, then China"). */
const STOP_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:then\s+)?(?:the\s+)?$/i;

/**
 * The countries a sentence names as the stops of a trip: the one right after a word of travel and those
 * listed after it ("visit Ghana, Trinidad and Tobago and Argentina"), a city standing for its country
 * ("travelling to Rio de Janeiro"), the host of a meeting on the trip ("the summit hosted by Brazil"). Empty for a sentence without a word of travel, which is most.
 */
export function stopsIn(s: SentenceSpan, countries: readonly Country[]): ReadonlySet<string> {
  const stops = new Set<string>();
  const sentence = s.text.slice(s.start, s.end);
  if (!TRAVEL_WORD.test(sentence)) return stops;
  const inSentence: { start: number; end: number; code: string }[] = [];
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === s.field && m.start >= s.start && m.end <= s.end)
        inSentence.push({ start: m.start, end: m.end, code: c.code });
  inSentence.sort((x, y) => x.start - y.start);
  let listing = false;
  let previousEnd = s.start;
  for (const m of inSentence) {
    const before = s.text.slice(Math.max(s.start, m.start - 32), m.start);
    const opens = travelsTo(before) || hostsMeeting(before);
    listing = opens || (listing && STOP_GAP.test(s.text.slice(previousEnd, m.start)));
    // "… then Guatemala and El Salvador, the State Department said": the speaker closing the list is no stop.
    if (listing && SAYS_AFTER.test(s.text.slice(m.end, m.end + 16))) listing = false;
    if (listing) stops.add(m.code);
    previousEnd = m.end;
  }
  return stops;
}
