// Whether two tokens may belong to one name across a line break (`joinable`): wrapped prose, not a list's lines.
import { codeUnitAt } from '../../text/chars.js';
import type { FieldText } from '../../text/document.js';
import { SENTENCE_OPENERS } from '../../text/sentence-openers.js';
import type { Word } from '../chunk.js';

/**
 * A line broken by wrapping runs long; a short line ending in a name is a heading or a list item, whose
 * next line starts something else.
 */
function isWrappedLine(a: Word): boolean {
  return a.wrapped && a.end - a.lineStart >= 50;
}

/** Wrapped copy keeps its lines to a terminal's width; a longer line is a paragraph written on one line. */
const MAX_WRAP_WIDTH = 100;
/** Wire copy is wrapped ragged: a line may stop this much short of the longest before a word that fits. */
const WRAP_SLACK = 15;

/** Each field's longest line: the width its lines were wrapped at, if they were. */
const lineWidths = new WeakMap<FieldText, number>();

function longestLine(field: FieldText): number {
  let width = lineWidths.get(field);
  if (width === undefined) {
    width = 0;
    const text = field.text;
    for (let start = 0; start <= text.length; ) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      if (stop - start > width) width = stop - start;
      start = stop + 1;
    }
    lineWidths.set(field, width);
  }
  return width;
}

/**
 * Whether the line break before `b` was made by wrapping: the field's lines are kept to a width, and the
 * word `b` opens would not have fitted on the line before. "…released by Hamas\nDonald Trump has
 * addressed…" in a live page whose paragraphs run on one line is two items, not one name.
 */
function brokenByWrapping(field: FieldText, a: Word, b: Word): boolean {
  const text = field.text;
  // A word carried over from an earlier line ("Savings\nand Loan": "and" keeps its run's line) may stand
  // on the same line as `b`: only a break between the two is judged.
  const lineBreak = text.indexOf('\n', a.end);
  if (lineBreak < 0 || lineBreak >= b.start) return true;
  // "…access to China\nThe big picture:", "…the U.S.\nIt said": a line opened by a capitalised article or
  // pronoun starts a sentence or an item, whatever the line before ends with.
  if (SENTENCE_OPENERS.has(b.core)) return false;
  let wordEnd = b.end;
  while (wordEnd < text.length) {
    const code = codeUnitAt(text, wordEnd);
    if (code === 32 || code === 10 || code === 13 || code === 9) break;
    wordEnd++;
  }
  const lineEnd = codeUnitAt(text, lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
  // The line as written, its indent included (wire copy indents paragraphs).
  const lineStart = text.lastIndexOf('\n', a.start) + 1;
  const width = longestLine(field);
  return width <= MAX_WRAP_WIDTH && lineEnd - lineStart + 1 + (wordEnd - b.start) > width - WRAP_SLACK;
}

/** Whether two adjacent tokens may belong to one name: same sentence, only spaces or one line break. */
export function joinable(field: FieldText, a: Word, b: Word): boolean {
  if (b.index !== a.index + 1 || a.possessive) return false;
  // "Modi wrote on X. The U.S. had …": the platform's name ends the sentence, no initial of a name.
  if (a.core === 'X.' && field.tokens[a.index - 1]?.text === 'on') return false;
  // "in the U.S. The company", "Washington, D.C. The talks": a stop, then a word that opens sentences.
  if (SENTENCE_OPENERS.has(b.core) && codeUnitAt(field.text, a.end - 1) === 46) return false;

  if (
    b.line !== a.line &&
    (b.line - a.line > 1 || a.caseless || b.caseless || !isWrappedLine(a) || !brokenByWrapping(field, a, b))
  )
    return false;
  const text = field.text;
  // "José Antonio Kast    Republican Party", "Rob Jetten\tD66": on one line, a tab or three spaces are a
  // table's column gap, which no name holds (a wrapped line's indent after its line break is no gap;
  // justified wire copy puts two spaces inside names: "Dresdner  Bank AG").
  let spaces = 0;
  let lineBreak = false;
  for (let c = a.end; c < b.start; c++) {
    const code = codeUnitAt(text, c);
    if (code === 32 || code === 0xa0) spaces++;
    else if (code === 10 || code === 13) lineBreak = true;
    else if (code === 9) spaces += 3;
    else return false;
  }
  return a.end < b.start && (lineBreak || spaces < 3);
}
