import { type TagDocument, toldIn } from '../text/document.js';

/**
 * Tourism told as a business (topics43, read42 ★6): the travel row's weak words (a "scenic journey", "hostels" in an
 * "old town", senses.ts) yield to business where it leads, for a firm's "trip" to its investors; but where the story
 * tells of tourists, travellers, visitors or their bookings it is tourism, business and travel both: "The Glacier
 * Express ... a scenic journey past gorges ... bookings are up 20%", "Hostels in Lisbon's old town are reporting record
 * bookings". Only against business (`keptAgainst`): a capsized ferry's "scenic trip" with tourists aboard stays a
 * disaster, a minister's "trip" with visitors a political one.
 */
const TOURISM =
  /\b(?:touris[mt]s?|tourist(?:s|ic)?|holidaymakers?|holiday-makers?|travell?ers|sightseers?|sightseeing|backpackers?|visitors|bookings?)\b/i;

export function tourismTold(doc: TagDocument): boolean {
  return toldIn(doc, TOURISM);
}
