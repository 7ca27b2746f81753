import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "UN chief hosts Cyprus leaders in Geneva as reunification talks revive … will host the Greek Cypriot and
 * Turkish Cypriot leaders in Geneva next week": the city a meeting of others is held in is where their news
 * happens, not a party to it (review30 C3: Switzerland was in focus and CH-CY scored 1, tying the story's
 * own pair). A country the story names only by such a city (each of its cities once named as a meeting's
 * place: "talks in", "a summit in", "hosts … in") is listed out of focus (resolve.ts) when two others are in
 * focus: with one ("Brazil's minister will attend a meeting in Managua") the host may be the other side. A dateline city is where the story was filed (meeting-venue.ts ranks it), and a city acting as
 * its government ("Moscow said") is not a venue.
 */
export const MEETING_IN_BEFORE =
  /\b(?:talks|meetings?|meet|meets|met|conference|summit|negotiations|hosts?|hosted|hosting|convenes?|convened|gather(?:s|ed|ing)?|(?:to\s+)?sign\s+(?:a\s+|the\s+)?(?:peace\s+)?(?:treaty|accord|agreement|deal))\b[^.;!?\n]{0,60}\b(?:in|at)\s+$/i;
/** "met in Beijing", "talks resume in Cairo", "at Camp David": the place something happens in. */
export const IN_PLACE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/i;
/** "Geneva said", "Istanbul's envoy": a city standing for its government or people acts. */
const ACTS_AFTER =
  /^(?:'s|\u2019s|\s+(?:said|says|has|have|will|would|wants?|warned|accused|agreed|rejected))\b/;

/** Whether every mention names a city of the country that the story places a meeting in. */
export function namedOnlyAsMeetingPlace(doc: TagDocument, mentions: readonly CountryMention[]): boolean {
  if (mentions.length === 0) return false;
  const venues = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'city') return false;
    const text = fieldOf(doc, m.field).text;
    if (ACTS_AFTER.test(text.slice(m.end, m.end + 12))) return false;
    if (namesMeetingPlace(text, m)) venues.add(m.text.toLowerCase());
  }
  // "We are not going to Geneva to waste time": the meeting's city named again.
  return mentions.every((m) => venues.has(m.text.toLowerCase()));
}

/**
 * Whether a city of the country speaks or acts in the body ("Lisbon said it would send a mediator"): its government,
 * a side, whatever meeting the story places there.
 */
export function actsInBody(doc: TagDocument, code: string, mentions: readonly CountryMention[]): boolean {
  return mentions.some(
    (o) =>
      o.code === code &&
      o.field === 'body' &&
      o.kind === 'city' &&
      ACTS_AFTER.test(doc.body.text.slice(o.end, o.end + 12)),
  );
}

/** Whether the city mention is where the text places a meeting: "talks in Geneva", "a summit in Abu Dhabi". */
export function namesMeetingPlace(text: string, m: CountryMention): boolean {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  // The long pattern ends with IN_PLACE_BEFORE's "in"/"at": checked first, the long one rarely runs (nor compiles).
  return IN_PLACE_BEFORE.test(before) && MEETING_IN_BEFORE.test(before);
}
