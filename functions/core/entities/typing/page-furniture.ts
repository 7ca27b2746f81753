// Lines of a web page's furniture around a story: headings of a live page ("Key events") and calls to follow
// a desk ("Follow AP's coverage of Asia at …"), which open a line without a sentence's punctuation before.
import type { Field } from '../../schema.js';
import type { Word } from '../chunk.js';
import { isLowerWordWord } from '../word-facts.js';
import { type Context, fieldsOf } from './context.js';

/** Verbs that open a page's call to the reader: "Follow AP's coverage", "Read more", "Sign up". */
const CALLS_TO_READER = new Set(['follow', 'read', 'watch', 'listen', 'subscribe', 'download', 'click']);

/** Whether `word` opens its line: only spaces between it and the line break (or the text's start) before it. */
function opensLine(ctx: Context, field: Field, word: Word): boolean {
  const text = fieldsOf(ctx, field).field.text;
  for (let i = word.start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * "Key events", "Most viewed": an ordinary word opening a line of one to three words in lower case after it,
 * with no punctuation to the line's end, is a live page's heading ("Key" was a person, a surname too).
 */
export function headingLineOpener(ctx: Context, field: Field, word: Word): boolean {
  if (!isLowerWordWord(word) || !opensLine(ctx, field, word)) return false;
  const text = fieldsOf(ctx, field).field.text;
  const lineEnd = text.indexOf('\n', word.end);
  const rest = text.slice(word.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return /^[a-z]+(?: [a-z]+){0,2}$/.test(rest);
}

/** "Follow AP's coverage of Asia at …": a call to the reader opening a line is no word of the name after it. */
export function callToReaderOpens(ctx: Context, field: Field, word: Word): boolean {
  return CALLS_TO_READER.has(word.lower) && opensLine(ctx, field, word);
}

/** Labels of a page or a release written in capitals before a name: "SOURCE Nimbus Labs", "PHOTO: …". */
const LABELS_IN_CAPITALS = new Set([
  'SOURCE',
  'CONTACT',
  'CONTACTS',
  'PHOTO',
  'PHOTOS',
  'VIDEO',
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'EXCLUSIVE',
  'ANALYSIS',
  'OPINION',
  'RELATED',
  'ADVERTISEMENT',
]);

/**
 * "… led by Accel. SOURCE Nimbus Labs": a label in capitals (a press release's closing "SOURCE", a page's "PHOTO",
 * "UPDATE") before a name written in mixed case is no word of the name. `next` is the name's first word.
 */
export function labelInCapitals(word: Word, next: Word): boolean {
  return (
    LABELS_IN_CAPITALS.has(word.core) &&
    next.index === word.index + 1 &&
    next.core !== next.core.toUpperCase()
  );
}

/** Last words of a press release's section headings: "Third Quarter Highlights", "Conference Call Information". */
const HEADING_NOUNS = new Set([
  'highlights',
  'information',
  'overview',
  'outlook',
  'summary',
  'details',
  'webcast',
  'contacts',
  'guidance',
]);

/**
 * "Third Quarter Highlights", "Conference Call Information": ordinary words that are a whole line, ending in a
 * heading's noun (and maybe a colon), head a section of a press release; they name nothing.
 */
export function sectionHeading(ctx: Context, field: Field, words: readonly Word[]): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || !HEADING_NOUNS.has(last.lower) || !opensLine(ctx, field, words[0]!)) return false;
  const text = fieldsOf(ctx, field).field.text;
  const lineEnd = text.indexOf('\n', last.end);
  const rest = text.slice(last.end, lineEnd < 0 ? text.length : lineEnd).trim();
  return (rest === '' || rest === ':') && words.every((w) => isLowerWordWord(w));
}

const DIGIT = /\d/;
const BRACKET_NEXT = /^ ?\(/;
/** A live match page's marks: full time, half time, after extra time ("FT: Real Madrid 1-0 Liverpool"). */
const MATCH_MARKS = new Set(['FT', 'HT', 'AET']);

/**
 * "FT: Real Madrid 1-0 Liverpool", "HT: 0-0": a live page's mark of the match's time opening a line before a
 * colon; a scorecard's "Extras (lb-8 nb-4)"; "78' Chance! Mohamed Salah shoots wide": an ordinary word before "!" opening a line or after the
 * minute is the page's cry. Neither names anything.
 */
export function liveMatchMark(ctx: Context, field: Field, word: Word): boolean {
  const text = fieldsOf(ctx, field).field.text;
  const next = text.charAt(word.end);
  if (MATCH_MARKS.has(word.core)) return next === ':' && opensLine(ctx, field, word);
  // "Extras (lb-8 nb-4) 12": a scorecard's line of runs no batsman scored.
  if (word.core === 'Extras')
    return opensLine(ctx, field, word) && BRACKET_NEXT.test(text.slice(word.end, word.end + 2));
  if (next !== '!' || !isLowerWordWord(word)) return false;
  if (opensLine(ctx, field, word)) return true;
  let i = word.start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const mark = text.charAt(i);
  return (mark === "'" || mark === '\u2019') && i > 0 && DIGIT.test(text.charAt(i - 1));
}
