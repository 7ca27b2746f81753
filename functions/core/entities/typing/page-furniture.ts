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
