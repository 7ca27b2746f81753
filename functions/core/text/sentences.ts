import { codeUnitAt, lowerCased } from './chars.js';
import { endsDateLine } from './date-lines.js';
import { lazyPatternOf } from './lazy-pattern.js';
import { isSingleUpper, isUpperInitial, opensSentence } from './letters.js';
import { SENTENCE_OPENERS } from './sentence-openers.js';
import type { Token } from './tokens.js';

/** A sentence as offsets into its field, and the range of its tokens. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly firstToken: number;
  /** Exclusive. */
  readonly endToken: number;
}

/** The index of the sentence holding `offset` (binary search over sorted sentences); -1 if none does. */
export function sentenceIndex(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The index of the first sentence that ends after `offset` (the one holding it, or the next after a gap), or -1:
 * `sentences.findIndex((s) => s.end > offset)` by binary search, for callers that ask it for every mention.
 */
export function firstSentenceEndingAfter(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < sentences.length ? lo : -1;
}

/** The sentence holding `offset`, if any (see `sentenceIndex`). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences[sentenceIndex(sentences, offset)];
}

/** A field's text and its sentences: a FieldText (text/document.ts), or any text split by `splitSentences`. */
export interface SentencedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/**
 * The text of the sentence holding `offset` (see `sentenceAt`), or undefined where no sentence holds it (between
 * sentences, or past the last): the shape of the rules that ask what a mention's sentence also says. A rule that
 * reads the whole field there writes `sentenceTextAt(field, at) ?? field.text`.
 */
export function sentenceTextAt(field: SentencedText, offset: number): string | undefined {
  const sentence = sentenceAt(field.sentences, offset);
  return sentence === undefined ? undefined : field.text.slice(sentence.start, sentence.end);
}

/**
 * The text of a field's sentence by its index (the lead, the sentence after it), or '' where the field has no such
 * sentence (an index of -1 too): a rule asks it of its patterns, which find nothing in ''.
 */
export function sentenceTextOf(field: SentencedText, index: number): string {
  const sentence = field.sentences[index];
  return sentence === undefined ? '' : field.text.slice(sentence.start, sentence.end);
}

/**
 * The bounds of the sentence holding `offset`, or the whole field's where no sentence holds it: for the rules
 * that read the words before or after a mention no further than its sentence.
 */
export function sentenceOrFieldAt(field: SentencedText, offset: number): { start: number; end: number } {
  return sentenceAt(field.sentences, offset) ?? { start: 0, end: field.text.length };
}

/** How far on a rough read looks for a sentence's end: a text with no full stop is not read to its end each time. */
const ROUGH_REACH = 400;
/** A full stop, "!" or "?" before white space or the text's end. */
const ROUGH_END = /[.!?](?:\s|$)/;
/** The same, or a blank line. */
const ROUGH_END_OR_BLANK_LINE = /[.!?](?:\s|$)|\n\s*\n/;

/**
 * Where the sentence running on from `from` ends in raw text, read without tokens (for rules that read a string, not
 * a field): just after the first ".", "!" or "?" before white space or the text's end (an abbreviation's point ends
 * it too: "the U.S. embassy"), or, with `blankLines`, just after a blank line's first line break (a single line break
 * ends none: wire copy wraps its lines); the text's end or `from` + 400, whichever comes first, where none does.
 */
export function roughSentenceEnd(text: string, from: number, { blankLines = false } = {}): number {
  const end = text.slice(from, from + ROUGH_REACH).search(blankLines ? ROUGH_END_OR_BLANK_LINE : ROUGH_END);
  return end < 0 ? Math.min(text.length, from + ROUGH_REACH) : from + end + 1;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'etc',
  'mt',
  'ft',
  'approx',
  'dept',
]);

/** "J.D.", "A.P.": two or three capital initials, each with its period. */
function isInitialsRun(text: string): boolean {
  const n = text.length;
  if (n !== 4 && n !== 6) return false;
  for (let k = 0; k < n; k += 2) {
    const c = codeUnitAt(text, k);
    if (c < 65 || c > 90 || codeUnitAt(text, k + 1) !== 46) return false;
  }
  return true;
}

/** Places written as initials, which end sentences far more often than they open a name ("in Washington, D.C."). */
const PLACE_INITIALS = new Set([
  'D.C.',
  'L.A.',
  'N.Y.',
  'N.J.',
  'N.C.',
  'S.C.',
  'N.H.',
  'N.D.',
  'S.D.',
  'N.M.',
  'R.I.',
]);

/** "Vance": an ASCII capital then lower-case letters only (a surname after initials, not "3.3" or "GRAIN"). */
function isTitleCaseWord(text: string): boolean {
  if (text.length < 2) return false;
  const c = codeUnitAt(text, 0);
  if (c < 65 || c > 90) return false;
  for (let k = 1; k < text.length; k++) {
    const d = codeUnitAt(text, k);
    if (d < 97 || d > 122) return false;
  }
  return true;
}

/** "Mr" or "S" written right before `period`: an abbreviation or an initial, not a sentence end. */
function isAbbreviationBefore(word: Token | undefined, period: Token): boolean {
  if (!word || word.end !== period.start) return false;
  return ABBREVIATIONS.has(lowerCased(word.text)) || isSingleUpper(word.text);
}

// The splitter's patterns, compiled once: a literal in the loop is a new RegExp object per evaluation.
/** Closing quotes and brackets that stay with the sentence they end (」』） of Chinese and Japanese too). */
const CLOSER = /^["'\u201d\u2019)\]\u300d\u300f\uff09]$/u;
/** What a line that starts a new sentence starts with. */
const OPENS_LINE = lazyPatternOf('^[\\p{Lu}\\p{N}"\\u201c]', 'u');
const LINE_BREAK_BEFORE_TEXT = /\n[ \t]*\S/;
/** A line ending in these continues on the next. */
const CONTINUES = /^[,;:(-]$/;
const INDENTED_LINE = /\n {2,}|\n\t/;
const PUNCTUATION_OR_DIGIT = lazyPatternOf('[\\p{P}\\p{N}]', 'u');

/**
 * Sentence ends of scripts without capitals or spaces between sentences: the ideographic full stop 。 and the
 * full-width ！ ？ of Chinese, Japanese and Korean, and the danda । and double danda ॥ of Hindi and the other
 * Devanagari languages. The next sentence starts right after them, whatever its first character: a Chinese
 * paragraph read as one sentence paired every two countries it named (wild40, finding 3).
 */
function isUnspacedScriptEnd(token: string): boolean {
  if (token.length !== 1) return false;
  const c = codeUnitAt(token, 0);
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x0964 || c === 0x0965;
}

/** Line feeds in text[from, to); most gaps between tokens are empty or one space, read without slicing. */
function newlinesBetween(text: string, from: number, to: number): number {
  let newlines = 0;
  for (let k = from; k < to; k++) if (codeUnitAt(text, k) === 10) newlines++;
  return newlines;
}

/**
 * Glyphs that mark a list's item when they open a line: the bullet • and its kin (‣ ◦ ⁃ ● ○ ▪ ▫ ■ □ ◆ ◇ ❖), the
 * arrows and pointers (► ▶ ▸ ➤ → ✓ ✔), the middle dot ·, and Markdown's "*", "+" and ">" (a quoted line). A key-points
 * box, a press release's highlights or a live page writes its items so; the hyphen and the dashes (also a dash in
 * hard-wrapped prose) are read apart.
 */
export const BULLETS: ReadonlySet<string> = new Set(
  '\u2022 \u2023 \u25e6 \u2043 \u25cf \u25cb \u25aa \u25ab \u25a0 \u25a1 \u25c6 \u25c7 \u2756 \u25ba \u25b6 \u25b8 \u27a4 \u2192 \u2713 \u2714 \u00b7 * + >'.split(
    ' ',
  ),
);

/**
 * Whether `token` is a list's bullet (see BULLETS) opening its line: nothing but spaces or tabs before it since
 * the line break or the text's start. The item after it is a sentence of its own, and its first word opens it:
 * read on from the line before, "• Shareholders will pay more tax" made a company of "Shareholders" (wild54 Z11).
 */
export function isLineBullet(text: string, token: Token): boolean {
  if (token.end - token.start !== 1 || !BULLETS.has(token.text)) return false;
  for (let c = token.start - 1; c >= 0; c--) {
    const unit = codeUnitAt(text, c);
    if (unit === 10 || unit === 13) return true;
    if (unit !== 32 && unit !== 9) return false;
  }
  return true;
}

/**
 * Splits on sentence-final punctuation followed by space and a capital or quote, and on blank lines or
 * lines that end without punctuation (headlines, datelines, CoNLL's one-sentence-per-line bodies). A line opened
 * by a list's bullet (`isLineBullet`) starts a sentence.
 */
export function splitSentences(text: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken <= first) return;
    const a = tokens[first];
    const b = tokens[endToken - 1];
    if (a && b) sentences.push({ start: a.start, end: b.end, firstToken: first, endToken });
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    const newlines = newlinesBetween(text, tok.end, next.start);
    if (newlines >= 2) {
      close(i + 1);
      continue;
    }
    if (isUnspacedScriptEnd(tok.text)) {
      let j = i + 1;
      while (tokens[j] && CLOSER.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      if (tokens[j]) close(j);
      continue;
    }
    const isFinal = tok.text === '.' || tok.text === '!' || tok.text === '?' || tok.text === '…';
    // Read in the field's text (a token's text is its slice): a call of endsWith per token cost more.
    const endsWithPeriod = tok.end - tok.start > 1 && codeUnitAt(text, tok.end - 1) === 46; /* . */
    if (isFinal || endsWithPeriod) {
      if (endsWithPeriod && ABBREVIATIONS.has(lowerCased(tok.text.slice(0, -1)))) continue;
      if (isUpperInitial(tok.text)) continue; // "S." of "S. Waugh"
      // "J.D. Vance": initials before a name; the sample article's evidence ended at "with J.D.".
      if (
        isInitialsRun(tok.text) &&
        !PLACE_INITIALS.has(tok.text) &&
        isTitleCaseWord(next.text) &&
        !SENTENCE_OPENERS.has(next.text)
      )
        continue;
      // The tokenizer splits the period off "Mr." before a capital ("Mr", "."): same abbreviation.
      if (tok.text === '.' && isAbbreviationBefore(tokens[i - 1], tok)) continue;
      let j = i + 1;
      while (tokens[j] && CLOSER.test(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      const after = tokens[j];
      if (!after) break;
      if ((opensSentence(after.text) || isLineBullet(text, after)) && after.start > tokens[j - 1]!.end)
        close(j);
      continue;
    }
    if (newlines === 1) {
      if (isLineBullet(text, next)) {
        close(i + 1);
        continue;
      }
      const gap = text.slice(tok.end, next.start);
      // A line break ends a sentence when the line has no closing punctuation and the next starts a new
      // thought: CoNLL bodies, datelines, headlines. Hard-wrapped prose continues lower case.
      const lineEndsSentence =
        OPENS_LINE.test(next.text) && LINE_BREAK_BEFORE_TEXT.test(gap) && !CONTINUES.test(tok.text);
      if (lineEndsSentence && INDENTED_LINE.test(gap)) close(i + 1);
      else if (lineEndsSentence && tok.end - tok.start <= 1 && PUNCTUATION_OR_DIGIT.test(tok.text))
        close(i + 1);
      // "09:42 GMT\nMore than 100,000 homes …": a live page's timestamp or a page's date is no part of the next line.
      else if (OPENS_LINE.test(next.text) && endsDateLine(text, tok.end, tok.text)) close(i + 1);
    }
  }
  close(tokens.length);
  return sentences;
}
