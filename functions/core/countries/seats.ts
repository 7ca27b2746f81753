import type { TagDocument } from '../text/document.js';
import { leadEnd } from './lead-focus.js';

/**
 * Cities that seat international bodies, with the bodies a story filed there leads with: "GENEVA — The
 * World Health Organization declared the mpox outbreak in Congo over", "THE HAGUE — The International
 * Court of Justice ordered Israel …", "VIENNA — The IAEA said Iran …". Agencies index such a story under
 * the seat (reuters-dev: 20 of 21 GENEVA stories whose body never names Switzerland), so the seat stays in
 * focus, also when two other countries dominate the story ("BRUSSELS - The European Community warned
 * Japan and the United States"; reuters-dev indexes the seat in all 7 such stories); but the country the body
 * acts on is the story's too. Brussels seats the EU, whose Community was "the EC" until 1993; London seats
 * the commodity bodies (cocoa, coffee, sugar, grains, tin), the IMO, the EBRD and the Commonwealth ("LONDON -
 * Haiti and Czechoslovakia have joined the International Cocoa Organization"; not "ISO" or "ITC", which name
 * bodies seated elsewhere as often).
 */
const SEAT_BODIES: ReadonlyMap<string, RegExp> = new Map([
  [
    'geneva',
    /\b(?:World Health Organi[sz]ation|WHO|UNHCR|World Trade Organi[sz]ation|WTO|International Labour Organi[sz]ation|ILO|Human Rights Council|Red Cross|ICRC|UNCTAD|GATT|Gavi|Global Fund|WMO|United Nations|UN|U\.N\.)(?![\w-])/,
  ],
  [
    'the hague',
    /\b(?:International Court of Justice|ICJ|International Criminal Court|ICC|Permanent Court of Arbitration|OPCW|World Court)\b/,
  ],
  ['luxembourg', /\b(?:Court of Justice|ECJ|European Investment Bank|EIB|General Court)\b/],
  ['strasbourg', /\b(?:European Court of Human Rights|ECHR|European Parliament|Council of Europe)\b/],
  ['vienna', /\b(?:International Atomic Energy Agency|IAEA|OPEC|OSCE|UNODC)\b/],
  ['brussels', /\b(?:NATO|Nato|European (?:Commission|Union|Council|Community)|EU|EC)\b/],
  [
    'london',
    /\b(?:International (?:Cocoa|Coffee|Sugar|Maritime|Grains) Organi[sz]ation|ICCO|ICO|IMO|International (?:Wheat|Tin|Grains) Council|IWC|IGC|EBRD|Commonwealth Secretariat)\b/,
  ],
]);

/** Whether the story was filed from a body's seat and leads with that body (headline or lead sentence). */
export function filedFromBodySeat(doc: TagDocument): boolean {
  return filedFromSeatLeadingWith(doc, SEAT_BODIES);
}

/** Whether the dateline's city is one of `seats` and the headline or lead names a body seated there. */
function filedFromSeatLeadingWith(doc: TagDocument, seats: ReadonlyMap<string, RegExp>): boolean {
  const place = doc.dateline?.place;
  if (!place) return false;
  const bodies = seats.get(place.split(',')[0]!.trim().toLowerCase());
  if (!bodies) return false;
  return bodies.test(doc.title.text) || bodies.test(doc.body.text.slice(doc.storyStart, leadEnd(doc)));
}

/**
 * Courts that judge other countries' cases where they sit: "THE HAGUE — The International Court of Justice
 * ordered Azerbaijan …", "STRASBOURG — The European Court of Human Rights ruled against Turkey …". The seat
 * is where the ruling was read, not a party (reuters-dev files no court ruling from these seats; its
 * Hague, Luxembourg and Strasbourg stories are Dutch, Luxembourg and EC news, and keep their seat).
 */
const SEAT_COURTS: ReadonlyMap<string, RegExp> = new Map([
  [
    'the hague',
    /\b(?:International Court of Justice|ICJ|International Criminal Court|ICC|Permanent Court of Arbitration|World Court)\b/,
  ],
  // The court's names since 2009 too: "Court of Justice of the European Union", "CJEU", "EU court", "the European
  // Union's top court" ("LUXEMBOURG (Reuters) - The European Union's top court ruled … Poland": LU-PL .40 before).
  [
    'luxembourg',
    /\b(?:European Court of Justice|EU Court of Justice|Court of Justice of the European Union|CJEU|ECJ|EU General Court|(?:EU|European Union)(?:['\u2019]s)?\s+(?:top\s+|highest\s+)?[Cc]ourt)\b/,
  ],
  ['strasbourg', /\b(?:European Court of Human Rights|ECHR)\b/],
]);

/** Whether the story was filed from a court's seat and leads with that court (headline or lead sentence). */
export function filedFromCourtSeat(doc: TagDocument): boolean {
  return filedFromSeatLeadingWith(doc, SEAT_COURTS);
}
