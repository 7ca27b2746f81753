// The words of a field (`analyseWords`): each token's line, case and sentence-position flags, lines in capitals
// (`markShouted`), reused scratch arrays.
import { codeUnitAt, lowerCased } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import { startsUpper } from '../../text/letters.js';
import { joinParts, PART_LENGTH } from '../../text/long-lists.js';
import { lowerCaseAt } from '../../text/lower-case.js';
import { BULLETS } from '../../text/sentences.js';
import type { Token } from '../../text/tokens.js';
import { WordMemo } from '../../text/vocabulary.js';
import type { Word } from '../chunk.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import {
  formOf,
  JOINING_FLAG,
  SHOUTED_FLAG,
  STARTS_UPPER_FLAG,
  spellingOf,
  toWord,
  wordForms,
} from './word-forms.js';

/**
 * Whether some line of `text` ends in a space and a mark of punctuation (" .\n"), as `/ [.,;:!?]\n/`
 * finds, looked for at the line breaks only: the expression scanned every character of every field.
 */
export function hasSpacedLineEnd(text: string): boolean {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i < 2 || codeUnitAt(text, i - 2) !== 32) continue;
    const mark = codeUnitAt(text, i - 1);
    if (mark === 46 || mark === 44 || mark === 59 || mark === 58 || mark === 33 || mark === 63) return true;
  }
  return false;
}

/** Case flags of each token text, plus the two bits above, by vocabulary number. */
const spellingFlags = new WordMemo<number>();

/** What opens a sentence before its first word: quotes, brackets, dashes, and a list's bullets (text/sentences.ts). */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':', '--', '«', ...BULLETS]);

// Per-token and per-line working arrays, reused by every call (tagging is synchronous, one field at a
// time, and the words keep copies of what they need): allocating typed arrays per field cost more than
// clearing them.
// Classes, not object literals: a literal's second run makes V8 build its boilerplate, which widens the type V8
// knows of each field and throws away analyseWords' optimised code — once, at the first field longer than every
// field before it (the 1 MB article, mid-way through its ~230,000 tokens). A constructor's fields keep their type.
class TokenScratch {
  readonly lineOf: Int32Array;
  readonly lineStartOf: Int32Array;
  readonly flags: Uint8Array;
  readonly initial: Uint8Array;
  constructor(size: number) {
    this.lineOf = new Int32Array(size);
    this.lineStartOf = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.initial = new Uint8Array(size);
  }
}
class LineScratch {
  readonly lineHasLower: Uint8Array;
  readonly lineHasUpper: Uint8Array;
  readonly lineNumbers: Int32Array;
  readonly lineTokens: Int32Array;
  /** Gaps of two spaces or more between a line's tokens, not after punctuation: a table's columns. */
  readonly lineGaps: Int32Array;
  /** Tokens of the line that start with a lower-case letter (prose has many, a table's row few). */
  readonly lineLower: Int32Array;
  constructor(size: number) {
    this.lineHasLower = new Uint8Array(size);
    this.lineHasUpper = new Uint8Array(size);
    this.lineNumbers = new Int32Array(size);
    this.lineTokens = new Int32Array(size);
    this.lineGaps = new Int32Array(size);
    this.lineLower = new Int32Array(size);
  }
}
let tokenScratch: TokenScratch | undefined;
let lineScratch: LineScratch | undefined;

/** Room for `n` items: at least double the current, so a long article grows the arrays a few times. */
const capacityFor = (n: number, current: number) => Math.max(n, current * 2, 1024);

function scratchFor(tokens: number): TokenScratch {
  if (!tokenScratch || tokenScratch.lineOf.length < tokens)
    tokenScratch = new TokenScratch(capacityFor(tokens, tokenScratch?.lineOf.length ?? 0));
  return tokenScratch;
}

function linesScratchFor(lines: number): LineScratch {
  if (!lineScratch || lineScratch.lineTokens.length < lines)
    lineScratch = new LineScratch(capacityFor(lines, lineScratch?.lineTokens.length ?? 0));
  return lineScratch;
}

/**
 * Whether two or more spaces part a token from the one before it on its line, as a table's columns are
 * parted; not after punctuation ("said.  The" is a typist's sentence gap).
 */
function columnGapBefore(text: string, before: Token, token: Token): boolean {
  if (token.start - before.end < 2) return false;
  for (let c = before.end; c < token.start; c++) if (codeUnitAt(text, c) !== 32) return false;
  const last = codeUnitAt(before.text, before.text.length - 1);
  // . , : ; ! ? and quotation marks
  return (
    last !== 46 && last !== 44 && last !== 58 && last !== 59 && last !== 33 && last !== 63 && last !== 34
  );
}

/**
 * Per vocabulary number, the `analyseWords` call that last listed the text in its `lowerTokens`: a text
 * is listed once per call, not once per occurrence ("the", "and" and "of" make up much of a story).
 */
const listedBy = new WordMemo<number>();
let analyseCalls = 0;

/**
 * Words of a field with their line, case and sentence-position flags; null for non-word tokens. The
 * text of each word token left out for starting in lower case is pushed onto `lowerTokens`, in lower case,
 * once per distinct text.
 */
export function analyseWords(
  field: FieldText,
  forceCaseless: boolean | 'title-case',
  lowerTokens?: string[],
  storyStart = 0,
): (Word | null)[] {
  const { tokens, text, sentences, wordIds } = field;
  const spelling = spellingFlags.current();
  const forms = wordForms.current();
  const listed = listedBy.current();
  const call = ++analyseCalls;
  const { lineOf, lineStartOf, flags, initial } = scratchFor(tokens.length);
  initial.fill(0, 0, tokens.length);
  let lineStart = 0;
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const prevEnd = tokens[i - 1]!.end;
      const start = tokens[i]!.start;
      for (let c = prevEnd; c < start; c++)
        if (codeUnitAt(text, c) === 10) {
          line++;
          lineStart = c + 1;
        }
    }
    lineOf[i] = line;
    lineStartOf[i] = lineStart;
  }
  // A line is caseless when it has capitalised words and no word with a lower-case letter.
  const { lineHasLower, lineHasUpper, lineNumbers, lineTokens, lineGaps, lineLower } = linesScratchFor(
    line + 1,
  );
  lineHasLower.fill(0, 0, line + 1);
  lineHasUpper.fill(0, 0, line + 1);
  lineNumbers.fill(0, 0, line + 1);
  lineTokens.fill(0, 0, line + 1);
  lineGaps.fill(0, 0, line + 1);
  lineLower.fill(0, 0, line + 1);
  for (let i = 0; i < tokens.length; i++) {
    const spelled = spellingOf(spelling, wordIds[i] ?? 0, tokens[i]!.text);
    const f = spelled & 3;
    flags[i] = spelled;
    const code = codeUnitAt(tokens[i]!.text, 0);
    const l = lineOf[i]!;
    lineTokens[l] = lineTokens[l]! + 1;
    if (i > 0 && lineOf[i - 1] === l && columnGapBefore(text, tokens[i - 1]!, tokens[i]!))
      lineGaps[l] = lineGaps[l]! + 1;
    if (code >= 48 && code <= 57) lineNumbers[l] = lineNumbers[l]! + 1;
    else if (code >= 97 && code <= 122) lineLower[l] = lineLower[l]! + 1;
    if (f === 3) lineHasLower[lineOf[i]!] = 1;
    else if (f === 1) lineHasUpper[lineOf[i]!] = 1;
  }
  markShouted(tokens, flags, lineOf, lineHasLower);
  // Pre-tokenised text (" .\n" line ends, CoNLL style) puts one sentence or list item on a line.
  const wrapped = !hasSpacedLineEnd(text);
  for (const s of sentences) initial[s.firstToken] = 1;
  if (tokens.length > 0) initial[0] = 1;
  // "PORTO ALEGRE, Brazil - Torrential rain…": the story's first word after an inline dateline opens a sentence.
  if (storyStart > 0) {
    let first = 0;
    while (first < tokens.length && tokens[first]!.start < storyStart) first++;
    if (first < tokens.length) initial[first] = 1;
  }
  // "ADRE, Chad - More than 20,000 refugees…": a dateline no list knows, capitalised words and commas before a
  // spaced dash opening the body, is followed by the story's first word all the same. So is a headline's slug over
  // a dateline of its own ("Asian Tin - Lacklustre trade seen lasting" over "SINGAPORE 2026-12-07"): the
  // headline's first word follows the dash.
  const dash = datelineDashAt(tokens, text);
  if (dash > 0 && dash + 1 < tokens.length) initial[dash + 1] = 1;
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.text;
    if (initial[i - 1] && OPENERS.has(prev)) initial[i] = 1;
    // A straight quote written against the word before it closes a quotation ('Sean "Diddy" Combs'): the
    // word after it opens nothing.
    else if (prev === ':' || prev === '“' || (prev === '"' && tokens[i - 2]?.end !== tokens[i - 1]!.start))
      initial[i] = 1;
    else if (lineOf[i] !== lineOf[i - 1] && (!wrapped || /^[.!?"\u201d]$/.test(prev))) initial[i] = 1;
  }
  // A row of a table set in columns: a figure and a gap of spaces, few lower-case words.
  const columnsOfFigures = (l: number) => lineGaps[l]! >= 1 && lineNumbers[l]! >= 1 && lineLower[l]! <= 2;
  // In parts of PART_LENGTH words, joined once (long-lists.ts).
  const parts: (Word | null)[][] = [];
  let i = 0;
  do {
    const words: (Word | null)[] = [];
    for (; i < tokens.length && words.length < PART_LENGTH; i++) {
      const token = tokens[i]!;
      const spelled = flags[i]!;
      if ((spelled & 3) === 0) {
        words.push(null);
        continue;
      }
      const l = lineOf[i]!;
      // "US Seeks New Smoker Ruling", "Goodrem Wins Top Female MTV Prize": in a title-case headline only the
      // capital that opens a word says nothing; an abbreviation in capitals is one as in a sentence.
      const caseless =
        forceCaseless === true ||
        (forceCaseless === 'title-case' && !((spelled & 3) === 1 && token.end - token.start >= 2)) ||
        (lineHasUpper[l] === 1 && lineHasLower[l] === 0) ||
        (spelled & SHOUTED_FLAG) !== 0;
      // Lower-case words are only evidence about the article's vocabulary, except the particles that
      // join names; skipping their objects keeps megabyte articles cheap.
      if (!caseless && !(spelled & (STARTS_UPPER_FLAG | JOINING_FLAG))) {
        const id = wordIds[i] ?? 0;
        if (lowerTokens && listed.get(id) !== call) {
          listed.set(id, call);
          lowerTokens.push(lowerCaseAt(field, i));
        }
        words.push(null);
        continue;
      }
      // "Brent ($/bbl) 63.20      -1.1%": a figure and a column's gap make a table's row too, and a row of
      // headings in columns over such a row ("Commodity     Price      Change") is the table's.
      const tabular =
        (lineNumbers[l]! >= 2 && lineNumbers[l]! * 3 >= lineTokens[l]!) ||
        columnsOfFigures(l) ||
        (lineGaps[l]! >= 2 &&
          lineNumbers[l]! === 0 &&
          lineLower[l]! === 0 &&
          l < line &&
          columnsOfFigures(l + 1));
      const id = wordIds[i] ?? 0;
      const form = forms.get(id) ?? forms.set(id, formOf(token.text));
      words.push(
        toWord(token, i, l, lineStartOf[i]!, caseless, initial[i] === 1, wrapped, tabular, form, id),
      );
    }
    parts.push(words);
  } while (i < tokens.length);
  return joinParts(parts);
}

/**
 * "WHO WILL PAY FOR THE DAMAGE?", "STOP THE WAR": a run of two or more capitalised words inside a line
 * that also has lower-case words, holding a word that only sentences have ("will", "for", a "the" after
 * the first word), is shouted, not named: its words are read as on an all-capitals line (a name only if
 * known or not an English word). Names in capitals keep their case reading: "NEW YORK TIMES",
 * "PRESIDENT TRUMP", "BANK OF AMERICA", "CENTERS FOR DISEASE CONTROL", "THE ECONOMIST", "U.S. FDA".
 */
/** Function words that also sit inside names and titles. */
const NAME_JOINERS = new Set(
  'of and for without on in at against to us mr mrs ms dr sir madam dear'.split(' '),
);

function markShouted(
  tokens: readonly Token[],
  flags: Uint8Array,
  lineOf: Int32Array,
  lineHasLower: Uint8Array,
): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isShoutedCandidate(tokens, flags, lineOf, lineHasLower, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      lineOf[j] === lineOf[i] &&
      isShoutedCandidate(tokens, flags, lineOf, lineHasLower, j)
    )
      j++;
    if (j - i >= 2) {
      let sentenceWord = false;
      for (let k = i; k < j && !sentenceWord; k++) {
        const lower = lowerCased(tokens[k]!.text);
        sentenceWord = FUNCTION_WORDS.has(lower) && !NAME_JOINERS.has(lower) && (k > i || lower !== 'the');
      }
      if (sentenceWord) for (let k = i; k < j; k++) flags[k] = flags[k]! | SHOUTED_FLAG;
    }
    i = j;
  }
}

function isShoutedCandidate(
  tokens: readonly Token[],
  flags: Uint8Array,
  lineOf: Int32Array,
  lineHasLower: Uint8Array,
  i: number,
): boolean {
  return (flags[i]! & 3) === 1 && lineHasLower[lineOf[i]!] === 1 && tokens[i]!.end - tokens[i]!.start >= 2;
}

const DASHES = new Set(['-', '–', '—', '--']);
/**
 * The index of a spaced dash among a body's first eight tokens when only capitalised words and commas come
 * before it ("ADRE, Chad -", "KOUROU, French Guiana —"); -1 otherwise.
 */
function datelineDashAt(
  tokens: readonly { text: string; start: number; end: number }[],
  text: string,
): number {
  for (let i = 1; i < tokens.length && i < 8; i++) {
    const t = tokens[i]!.text;
    if (DASHES.has(t))
      return codeUnitAt(text, tokens[i]!.start - 1) === 32 && codeUnitAt(text, tokens[i]!.end) === 32
        ? i
        : -1;
    if (t !== ',' && !startsUpper(t)) return -1;
  }
  return -1;
}
