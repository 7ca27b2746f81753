import { codeUnitAt } from '../text/chars.js';
import { hasLetterOrDigit } from '../text/letters.js';

/**
 * Titles of works, slogans and nicknames written in quotation marks and in title case: "One Battle After
 * Another", 'It Was Just an Accident', "The First Wives Club", "Book Club". Their words are the title's,
 * not the story's (a Palme d'Or for a film called an accident is no accident, an actress's "Reds" no
 * football), whether or not the entity pass found the title as a name. Quoted speech is written in
 * sentence case ("set aside our differences") and is left alone.
 *
 * Returns [start, end) spans of the titles' words, inside the quotation marks, in text order.
 * A title of one word counts only in a list of quoted titles ('nominations for "Reds", "Marvin's Room"
 * and …'): alone, one capitalised word in quotes is as often a scare-quoted term ("Brexit") as a title.
 */
export function quotedTitles(text: string): [number, number][] {
  const spans: [number, number][] = [];
  QUOTES.lastIndex = 0;
  // A quotation mark opens a title after a space or bracket (or at the start), before a capital or digit;
  // most marks in a story are apostrophes ("Panahi's") and fail the first test.
  for (let m = QUOTES.exec(text); m !== null; m = QUOTES.exec(text)) {
    const at = m.index;
    if (at > 0 && !OPENS_AFTER.has(codeUnitAt(text, at - 1))) continue;
    const first = text[at + 1] ?? '';
    if (!first || (first === first.toLowerCase() && !(first >= '0' && first <= '9'))) continue;
    const title = titleInQuotes(text, at + 1, codeUnitAt(text, at));
    if (!title) continue;
    const [end, words] = title;
    if (words < 2 && !inTitleList(text, at, end)) continue;
    spans.push([at + 1, end]);
    QUOTES.lastIndex = end + 1;
  }
  return spans;
}

const QUOTES = /["\u201c\u2018']/g;
/** Space, tab, line breaks, "(" and "[". */
const OPENS_AFTER = new Set([32, 9, 10, 13, 40, 91]);
/** A title is short: beyond this many characters the quote is speech or the marks do not pair. */
const LONGEST_TITLE = 80;
const DOUBLE = 34; // "
const SINGLE = 39; // '
const LEFT_DOUBLE = 0x201c; // “
const RIGHT_DOUBLE = 0x201d; // ”
const RIGHT_SINGLE = 0x2019; // ’

/** Short words a title writes in lower case: "It Was Just an Accident", "Father of the Bride". */
const LOWER_CASE_TITLE_WORDS = new Set(
  'a an and as at but by de del der des di du for from in into la le nor of on or the to van von vs with'.split(
    ' ',
  ),
);

/**
 * The quotation opened just before `from` as a title: where it closes (the closing mark's index) and how
 * many words it has, or undefined. Its words are capitalised but for the short words titles write in
 * lower case, the last one capitalised; the closing mark pairs with the opening one and is followed by
 * no letter or digit (the apostrophe of "Marvin's Room" is not it); all on one line, within a title's
 * length. The scan stops at the first word that is not a title's.
 */
function titleInQuotes(text: string, from: number, opening: number): [number, number] | undefined {
  const double = opening === DOUBLE || opening === LEFT_DOUBLE;
  const limit = Math.min(text.length, from + LONGEST_TITLE);
  let words = 1;
  let lastCapital = true;
  for (let i = from + 1; i < limit; i++) {
    const c = codeUnitAt(text, i);
    if (c === 10 || c === 13) return undefined;
    const closes = double ? c === DOUBLE || c === RIGHT_DOUBLE : c === SINGLE || c === RIGHT_SINGLE;
    if (closes && !hasLetterOrDigit(text[i + 1] ?? '')) return lastCapital ? [i, words] : undefined;
    if (c !== 32) continue;
    const next = text[i + 1] ?? '';
    if (!next || next === ' ') return undefined;
    words++;
    lastCapital = next !== next.toLowerCase() || (next >= '0' && next <= '9');
    if (lastCapital) continue;
    let end = i + 1;
    while (end < limit && codeUnitAt(text, end) !== 32 && hasLetterOrDigit(text[end] ?? '')) end++;
    if (!LOWER_CASE_TITLE_WORDS.has(text.slice(i + 1, end))) return undefined;
  }
  return undefined;
}

/** Quotation marks just before the opening one or just after the closing one: `", "`, `" and "`. */
function inTitleList(text: string, opening: number, closing: number): boolean {
  return (
    LIST_AFTER.test(text.slice(closing + 1, closing + 7)) ||
    LIST_BEFORE.test(text.slice(Math.max(0, opening - 6), opening))
  );
}
const LIST_AFTER = /^(?:,|,? and|,? or) ["\u201c\u2018']/;
const LIST_BEFORE = /["\u201d\u2019'](?:,|,? and|,? or) $/;
