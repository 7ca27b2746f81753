import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

// "Massachusetts Institute of Technology", "Ohio State University", "Massachusetts General Hospital".
const INSTITUTION_AFTER = /^\s+(?:Institute|State\s+University|University|General\s+Hospital)\b/;
// "the University of Massachusetts", "University of California".
const INSTITUTION_BEFORE = /\bUniversity\s+of\s+$/;

/**
 * A state or province named as the seat of an institution of the story ("Researchers at the Massachusetts
 * Institute of Technology … The team, based in Cambridge"): the story is set there, as when the state is named
 * next to the city, so a city with a namesake in that state is the namesake (namesakes.ts: Cambridge was
 * England's, the state named once being too little — an "Alabama-born councillor" is no seat).
 */
export function seatsInstitution(doc: TagDocument, region: CountryMention): boolean {
  const text = fieldOf(doc, region.field).text;
  return (
    INSTITUTION_AFTER.test(text.slice(region.end, region.end + 24)) ||
    INSTITUTION_BEFORE.test(text.slice(Math.max(0, region.start - 16), region.start))
  );
}
