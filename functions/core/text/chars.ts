import { lazyPattern } from './lazy-pattern.js';

/**
 * String methods called through String.prototype, for the tagger's hot loops. Strings reach it in many
 * representations (flat, sliced, concatenated, internalised, one- or two-byte), and in V8 a call site
 * like `text.charCodeAt(i)` that has seen more than four of them turns megamorphic: each call then
 * looks the method up in a generic cache and is not inlined, several times slower in a loop over
 * characters or tokens. A call through the prototype names the method directly, whatever the string.
 */
/**
 * `text.charCodeAt(index)` for an index inside the text. Never ask past the end (check the length
 * first): one read past the end anywhere makes V8 stop inlining this call for every caller.
 */
export const codeUnitAt = (text: string, index: number): number =>
  String.prototype.charCodeAt.call(text, index);

// Made on first use: only a text outside ASCII (a few articles in a hundred) runs it, and a \p{…} pattern made at
// import costs an ICU scan of the Unicode tables (lazy-pattern.ts).
const MARKS = lazyPattern(() => /\p{M}+/gu);

/**
 * The text without combining marks: after NFD or NFKD, its letters without accents ("Zu\u0308rich" → "Zurich").
 * An ASCII text, which holds none, is returned as it is, without running the pattern.
 */
export const withoutMarks = (text: string): string => (isAsciiText(text) ? text : text.replace(MARKS, ''));

/**
 * Whether code unit `c` is white space as `\s` reads it: tab to carriage return and the space; beyond ASCII the
 * no-break space, the Ogham space mark, U+2000–U+200A, the line and paragraph separators, the narrow no-break
 * space, the medium mathematical space, the ideographic space and the byte-order mark.
 */
export function isWhiteSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A possessive ending: "'s", "’s", or the bare apostrophe of a plural's ("members'"). */
export const POSSESSIVE_END = /['\u2019]s?$/;

/** Whether every character of the text is ASCII (code below 128). */
export function isAsciiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (codeUnitAt(text, i) >= 128) return false;
  return true;
}

/** Latin letters that are not a base letter plus a combining mark, so NFKD leaves them as they are. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŧ: 't',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};

/**
 * Lower-case letters NFKD does not decompose, spelt in ASCII: "støre" → "store", "łukasz" → "lukasz",
 * "kılıçdaroğlu" (after `withoutMarks`) → "kilicdaroglu". Call on lower-cased text.
 */
export const foldedLetters = (lower: string): string =>
  lower.replace(
    // ø ł đ ð ħ ı ŧ þ æ œ ß
    /[\u00f8\u0142\u0111\u00f0\u0127\u0131\u0167\u00fe\u00e6\u0153\u00df]/g,
    (letter) => UNDECOMPOSED[letter] ?? letter,
  );

/** The text opens with an ASCII digit ("2-1", "10m"), as `/^\d/` asks. */
export const startsWithDigit = (text: string): boolean => {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c >= 48 && c <= 57;
};

export const lowerCased = (text: string): string => String.prototype.toLowerCase.call(text);

export const sliceOf = (text: string, start: number, end?: number): string =>
  String.prototype.slice.call(text, start, end);

export const includesText = (text: string, search: string): boolean =>
  String.prototype.includes.call(text, search);

export const endsWithText = (text: string, search: string): boolean =>
  String.prototype.endsWith.call(text, search);

/**
 * A copy of `text` that shares no storage with the string it was cut from. V8 makes a substring of 13
 * or more characters a view into its parent, so a string kept by a process-wide memo would keep the
 * whole article it came from alive for as long as the memo (a warm Lambda tags thousands).
 */
export const detached = (text: string): string => sliceOf(` ${text}`, 1);
