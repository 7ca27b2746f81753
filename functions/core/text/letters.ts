import { codeUnitAt } from './chars.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Small letter tests the tagger asks of words thousands of times an article, each answering exactly as the
 * `\p{…}` pattern in its comment. An ASCII character is answered by its code; anything else goes to the
 * pattern, made on first use. Most news is ASCII, so an English article never compiles these patterns
 * (V8 looks every `\p{…}` up in ICU's tables when it parses and again when it compiles a pattern) and
 * skips a regular-expression call for each word. `test/unit/text/letters.test.ts` holds each to its pattern.
 */

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

const UPPER_OR_DIGIT_FIRST = lazyPattern(() => /^[\p{Lu}\p{N}]/u);
/** `/^[\p{Lu}\p{N}]/u`: the text opens with a capital or a digit of any script. */
export function startsUpperOrDigit(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? isAsciiUpper(c) || isAsciiDigit(c) : UPPER_OR_DIGIT_FIRST.test(text);
}

const LOWER_FIRST = lazyPattern(() => /^\p{Ll}/u);
/** `/^\p{Ll}/u`: the text opens with a lower-case letter. */
export function startsLower(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? isAsciiLower(c) : LOWER_FIRST.test(text);
}

const LOWER = lazyPattern(() => /\p{Ll}/u);
/** `/\p{Ll}/u`: the text holds a lower-case letter. */
export function hasLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = codeUnitAt(text, i);
    if (c >= 128) return LOWER.test(text);
    if (isAsciiLower(c)) return true;
  }
  return false;
}

const SINGLE_UPPER = lazyPattern(() => /^\p{Lu}$/u);
/** `/^\p{Lu}$/u`: the text is one capital letter ("S" of "S. Waugh"). */
export function isSingleUpper(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? text.length === 1 && isAsciiUpper(c) : SINGLE_UPPER.test(text);
}

const UPPER_INITIAL = lazyPattern(() => /^\p{Lu}\.$/u);
/** `/^\p{Lu}\.$/u`: the text is an initial, a capital and a period ("S."). */
export function isUpperInitial(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  if (c >= 128) return UPPER_INITIAL.test(text);
  return text.length === 2 && isAsciiUpper(c) && codeUnitAt(text, 1) === 46; /* . */
}

const OPENS_SENTENCE = lazyPattern(() => /^[\p{Lu}\p{N}"“‘'(]/u);
/** `/^[\p{Lu}\p{N}"“‘'(]/u`: what a sentence after final punctuation opens with. */
export function opensSentence(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  if (c < 128) return isAsciiUpper(c) || isAsciiDigit(c) || c === 34 || c === 39 || c === 40; /* " ' ( */
  return OPENS_SENTENCE.test(text);
}

const LETTER_OR_DIGIT = lazyPattern(() => /[\p{L}\p{N}]/u);
/** `/[\p{L}\p{N}]/u`: the text holds a letter or a digit of any script. */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = codeUnitAt(text, i);
    if (c >= 128) return LETTER_OR_DIGIT.test(text);
    if (isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c)) return true;
  }
  return false;
}
