import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';
import { speaksForCountry } from './signals.js';

/** A trip: travel and a tour, as the lexicon's travel and tourism and music read them. */
const TRIP = /\b(?:travel(?:s|led|ed|ling|ing)?|tour(?:s|ed|ing)?)\b/gi;
/**
 * An office-holder or a government that travels or tours: a head of state's or a minister's title, a royal, a pope,
 * an envoy or a delegation, a seat of government by metonymy, or a trip "for talks", "to meet" or on a visit. A
 * tourism minister is the trade's own voice, not a traveller.
 */
const OFFICIAL =
  /\b(?:President|Prime\s+Minister|Premier|Chancellor|(?<![Tt]ourism\s)Minister|(?<![Tt]ourism\s)minister|Secretary\s+of\s+State|[Ff]oreign\s+[Ss]ecretary|King|Queen|Pope|Crown\s+Prince|Emperor|envoys?|delegations?|heads?\s+of\s+(?:state|government)|Elys[e\u00E9]e|White\s+House|Kremlin|Downing\s+Street|for\s+talks|to\s+meet|(?:state|official)\s+visit)\b/;

/**
 * Whether a sentence that tells a trip (travel, a tour) names an office-holder who makes it (wild49 T2, T2b): "German
 * Chancellor Friedrich Merz travels to India next month", "The Elysee said Macron would travel to Beijing", "Trump
 * wrapped up his Asia tour in Seoul", "Modi embarked on a five-nation tour of Africa". A leader's trip is diplomacy's,
 * no holiday and no concert tour: the travel and tour words give travel and tourism and the arts nothing there
 * (senses.ts, cue `noOfficialTrip`). A listed newsmaker who speaks for a country (entities/newsmakers.ts) is an
 * office-holder by name. Holidaymakers' travel and a band's tour keep their desks.
 */
export function officialTrip(doc: TagDocument, entities: readonly Entity[]): boolean {
  let leaders: string[] | undefined;
  let read = 0;
  for (const sentence of sentencesAround(doc, TRIP)) {
    if (OFFICIAL.test(sentence)) return true;
    leaders ??= [...new Set(entities.filter(speaksForCountry).flatMap((e) => e.mentions.map((m) => m.text)))];
    if (leaders.some((name) => sentence.includes(name))) return true;
    // A story tells its trips near the top: a page of travel listings is read no further.
    if (++read >= TRIPS_READ) break;
  }
  return false;
}

/** How many sentences telling a trip are read. */
const TRIPS_READ = 40;
