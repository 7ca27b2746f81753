import { codeUnitAt } from './chars.js';
import { MONTH_FORMS } from './months.js';

/**
 * A line that only says when: a page's publication date ("6 December 2026", "Dec. 6, 2026, 10:42 AM ET",
 * "Published: 06:42 GMT, 6 December 2026", "Updated 2 hours ago", "2026-12-06"), a reading time ("4 min read"), or a
 * live page's timestamp ("09:42 GMT"). Web pages and feeds put such a line over the story or each post; it names
 * nothing of the story, and read as the story's lead it took the place of the sentence that says what the story
 * is about (wild54 Z15), read as the start of the next sentence it made a name of its first word ("09:42 GMT\nMore
 * than 100,000 homes" → a person "More", wild54 Z9).
 */

/** A line longer than this says more than when. */
const MAX_DATE_LINE = 80;

/** What parts a date line's words: spaces, commas, bars, middle dots, bullets, slashes, dashes, parentheses. */
const SEPARATORS = /[\s,|\u00b7\u2022/\u2013\u2014()-]+/;

/** Words that say when, each standing for itself: months, weekdays, times, dates, time zones, "ago", "read". */
const ANCHOR = new RegExp(
  `^(?:(?:${MONTH_FORMS}|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?|\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:[ap]\\.?m\\.?|[AP]M)?|\\d{1,2}(?:[ap]\\.?m\\.?|[AP]M)|(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|PKT|JST|KST|HKT|SGT|AEST|AEDT|NZST|NZDT|WAT|CAT|EAT|SAST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)(?:[+-]\\d{1,2})?|ago|read)$`,
);

/** A date in figures, which the separators would cut into bare numbers: "2026-12-06", "06/12/2026". */
const NUMERIC_DATE = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})\b/;

/** Words a date line may also hold: numbers, labels ("Updated", "Published on"), units of time. */
const FILLER =
  /^(?:\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|[AP]M|(?:Last|First|Originally|Date|Time|[Uu]pdated|[Pp]ublished|[Pp]osted|[Mm]odified|[Ee]dited|UPDATED|PUBLISHED|POSTED|on|at|[Rr]eading|time):?|\d*(?:seconds?|secs?|minutes?|mins?|min|hours?|hrs?|hr|days?|weeks?|months?|[smhd])\.?)$/;

/** Whether `line` (one line, trimmed or not) only says when (see above). */
export function isDateLine(line: string): boolean {
  if (line.length > MAX_DATE_LINE) return false;
  let anchored = NUMERIC_DATE.test(line);
  let digit = false;
  for (const word of line.split(SEPARATORS)) {
    if (word === '') continue;
    if (ANCHOR.test(word)) anchored = true;
    else if (!FILLER.test(word)) return false;
    if (!digit) for (let k = 0; k < word.length && !digit; k++) digit = isDigit(codeUnitAt(word, k));
  }
  return anchored && digit;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether the line that `end` closes only says when (`isDateLine`), asked at a line break before a capital: the
 * word before the break must be a figure or a word that says when ("GMT", "ago"), so that a line of prose costs a
 * test of one word.
 */
export function endsDateLine(text: string, end: number, lastWord: string): boolean {
  if (!isDigit(codeUnitAt(lastWord, lastWord.length - 1)) && !ANCHOR.test(lastWord)) return false;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  return end - lineStart <= MAX_DATE_LINE && isDateLine(text.slice(lineStart, end));
}
