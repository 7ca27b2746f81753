import { codeUnitAt, isAsciiText } from './chars.js';
import { lazyPattern, lazyPatternOf } from './lazy-pattern.js';

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

const UPPER_OR_DIGIT_FIRST = lazyPatternOf('^[\\p{Lu}\\p{N}]', 'u');
/** `/^[\p{Lu}\p{N}]/u`: the text opens with a capital or a digit of any script. */
export function startsUpperOrDigit(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? isAsciiUpper(c) || isAsciiDigit(c) : UPPER_OR_DIGIT_FIRST.test(text);
}

const UPPER_FIRST = lazyPattern(() => /^\p{Lu}/u);
/** `/^\p{Lu}/u`: the text opens with a capital letter of any script. */
export function startsUpper(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? isAsciiUpper(c) : UPPER_FIRST.test(text);
}

const LOWER_FIRST = lazyPattern(() => /^\p{Ll}/u);
/** `/^\p{Ll}/u`: the text opens with a lower-case letter. */
export function startsLower(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? isAsciiLower(c) : LOWER_FIRST.test(text);
}

const LETTER_FIRST = lazyPattern(() => /^\p{L}/u);
/** `/^\p{L}/u`: the text opens with a letter of any script. */
export function startsLetter(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  return c < 128 ? isAsciiUpper(c) || isAsciiLower(c) : LETTER_FIRST.test(text);
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

/**
 * A letter of a script without case (\p{Lo}: Korean, Arabic, Hebrew, Devanagari, Chinese) opens a sentence as a
 * capital does: Korean and Arabic end sentences with ". ", and a Korean paragraph read as one sentence paired
 * every two countries it named (wild40, finding 3).
 */
const OPENS_SENTENCE = lazyPatternOf('^[\\p{Lu}\\p{Lo}\\p{N}"\\u201c\\u2018\'(]', 'u');
/** `/^[\p{Lu}\p{Lo}\p{N}"“‘'(]/u`: what a sentence after final punctuation opens with. */
export function opensSentence(text: string): boolean {
  if (text.length === 0) return false;
  const c = codeUnitAt(text, 0);
  if (c < 128) return isAsciiUpper(c) || isAsciiDigit(c) || c === 34 || c === 39 || c === 40; /* " ' ( */
  return OPENS_SENTENCE.test(text);
}

const LETTER_OR_DIGIT = lazyPatternOf('[\\p{L}\\p{N}]', 'u');
/** `/[\p{L}\p{N}]/u`: the text holds a letter or a digit of any script. */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = codeUnitAt(text, i);
    if (c >= 128) return LETTER_OR_DIGIT.test(text);
    if (isAsciiUpper(c) || isAsciiLower(c) || isAsciiDigit(c)) return true;
  }
  return false;
}

/** What the letter classes hold among ASCII characters: inside a class, and standing alone. */
const ASCII_OF: Readonly<Record<string, readonly [string, string]>> = {
  Lu: ['A-Z', '[A-Z]'],
  Ll: ['a-z', '[a-z]'],
  L: ['A-Za-z', '[A-Za-z]'],
  N: ['0-9', '[0-9]'],
  M: ['', '[]'],
};

/**
 * The pattern's ASCII twin: its source with each `\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}`, `\p{M}` read as the
 * ASCII characters it holds. On a text of ASCII characters only, every class of the twin holds the same
 * characters of the text as the original's, so the two match alike (same matches, same groups).
 */
export function asciiTwinSource(source: string): string {
  let twin = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const property = source[i + 1] === 'p' ? /^p\{(\w+)\}/.exec(source.slice(i + 1)) : null;
      if (source[i + 1] === 'P' || (property && !ASCII_OF[property[1]!]))
        throw new Error(`asciiTwinSource: no ASCII reading of ${source.slice(i, i + 12)}`);
      if (property) {
        twin += ASCII_OF[property[1]!]![inClass ? 0 : 1];
        i += property[0].length;
      } else {
        twin += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    twin += c;
  }
  return twin;
}

/**
 * A `\p{…}` pattern (given as its source, so the original is not made at import) for tests and replaces on
 * words and titles: a text of ASCII characters only is read by the pattern's ASCII twin, anything else by
 * the pattern itself, made on first use. Same answers; for English news, no `\p{…}` is ever compiled and a
 * smaller pattern runs. `text.replace(pattern, …)` works as with the RegExp (flag `g` for every match);
 * `test` and `exec` take patterns without `g` or `y`, whose `lastIndex` would differ between the two.
 */
export function letterPattern(source: string, flags = 'u'): LetterPattern {
  return new LetterPattern(source, flags);
}

export class LetterPattern {
  private twin: RegExp | undefined;
  private full: RegExp | undefined;
  /** `test` would leave a `lastIndex` behind with `g` or `y`, which differs between the twin and the pattern. */
  private readonly stateful: boolean;

  constructor(
    private readonly source: string,
    private readonly flags: string,
  ) {
    if (flags.includes('i')) throw new Error('letterPattern: case-insensitive patterns have no ASCII twin');
    this.stateful = flags.includes('g') || flags.includes('y');
  }

  private patternFor(text: string): RegExp {
    if (isAsciiText(text)) {
      this.twin ??= new RegExp(asciiTwinSource(this.source), this.flags);
      return this.twin;
    }
    this.full ??= new RegExp(this.source, this.flags);
    return this.full;
  }

  test(text: string): boolean {
    if (this.stateful) throw new Error('letterPattern: test of a g or y pattern');
    return this.patternFor(text).test(text);
  }

  exec(text: string): RegExpExecArray | null {
    if (this.stateful) throw new Error('letterPattern: exec of a g or y pattern');
    return this.patternFor(text).exec(text);
  }

  [Symbol.replace](text: string, replacement: string): string {
    return text.replace(this.patternFor(text), replacement);
  }
}
