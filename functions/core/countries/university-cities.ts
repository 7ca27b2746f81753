import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "Researchers from the University of Cambridge analysed the diets of adults in Texas and California": a city
 * in the name of its university is the city the name stands for alone, however many of a namesake's states the
 * story names (Cambridge, Massachusetts has Harvard and MIT, not the University of Cambridge). Not "San Jose
 * State University", "Cambridge College": a state's university or another body carries its own state's town.
 */
const UNIVERSITY_OF_BEFORE = /\bUniversity\s+of\s+(?:the\s+)?$/;
const UNIVERSITY_AFTER = /^\s+University\b/;

/** Whether the mention of a city is the name of its university ("University of Cambridge", "Cambridge University"). */
export function namesItsUniversity(doc: TagDocument, m: CountryMention): boolean {
  const text = fieldOf(doc, m.field).text;
  return (
    UNIVERSITY_OF_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) ||
    UNIVERSITY_AFTER.test(text.slice(m.end, m.end + 12))
  );
}
