// "| Province | Votes |" over "| Alajuela | 55.9% |": a name alone in a table's cell, under a heading that names a kind
// of place (PLACE_NOUNS: province, state, county, district, constituency …), is a place of that kind. Election
// results and factboxes list provinces and constituencies so, and a name the place lists lack was read as a body.
import type { Field } from '../../schema.js';
import { type Candidate, type Context, fieldsOf } from './context.js';
import { PLACE_NOUNS } from './cue-words.js';

/** A Markdown table's row: a bar opens the line (after spaces). */
const TABLE_ROW = /^\s*\|/;
/** A Markdown table's separator row: "|---|:---:|". */
const SEPARATOR_ROW = /^\s*\|[\s|:-]*$/;

/** The bars at a row's ends. */
const OUTER_BARS = /^\||\|$/g;
/** The cells of a table's row, trimmed (the text before the opening bar and after the closing one left out). */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(OUTER_BARS, '')
    .split('|')
    .map((cell) => cell.trim());
/** The line that starts at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Retypes, in place, each name that fills a cell of a Markdown table alone, under a heading that names a kind of
 * place, as a place. Read per table once: the heading row of each row's table is remembered by the row's start.
 */
export function placesInPlaceColumns(candidates: Candidate[], ctx: Context): void {
  // Each table row's heading cells (undefined: the line is no table's row), by the row's start, per field.
  const headings = new Map<string, readonly string[] | undefined>();
  // The rows of each field's tables, found once: looking up each name's line in the text read a one-line page of
  // names once per name (a 1 MB list of names took 55 s).
  const rowsByField = new Map<Field, readonly (readonly [number, number])[]>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type === 'place' || c.type === 'none' || c.strength > 1) continue;
    const text = fieldsOf(ctx, c.field).field.text;
    let rows = rowsByField.get(c.field);
    if (!rows) {
      rows = tableRowsOf(text);
      rowsByField.set(c.field, rows);
    }
    const row = rowAround(rows, c.start, c.end);
    if (!row) continue;
    const [start, end] = row;
    const line = text.slice(start, end);
    // The name fills its cell: only spaces between it and the bars around it.
    const before = line.lastIndexOf('|', c.start - start - 1);
    const after = line.indexOf('|', c.end - start);
    if (
      after < 0 ||
      line.slice(before + 1, c.start - start).trim() !== '' ||
      line.slice(c.end - start, after).trim() !== ''
    )
      continue;
    const column = cellsOf(line.slice(0, before + 1)).length - 1;
    const heading = headingCells(text, start, c.field, headings)?.[column];
    if (heading !== undefined && PLACE_NOUNS.has(heading.toLowerCase()))
      candidates[k] = { ...c, type: 'place', strength: 1 };
  }
}

/** A table's row: a line that a bar opens (after spaces or tabs). */
const TABLE_LINE = /^[^\S\n]*\|[^\n]*/gm;
/** Longer lines are no table rows a newsroom writes; reading each name's cell in one would cost its length per name. */
const MAX_ROW_LENGTH = 2000;

/** [start, end) of each line of `text` that is a table's row, in text order. */
function tableRowsOf(text: string): (readonly [number, number])[] {
  const rows: (readonly [number, number])[] = [];
  if (!text.includes('|')) return rows;
  TABLE_LINE.lastIndex = 0;
  for (let m = TABLE_LINE.exec(text); m !== null; m = TABLE_LINE.exec(text)) {
    if (m[0].length <= MAX_ROW_LENGTH) rows.push([m.index, m.index + m[0].length]);
  }
  return rows;
}

/** The row that holds [start, end), by binary search; undefined when none does. */
function rowAround(
  rows: readonly (readonly [number, number])[],
  start: number,
  end: number,
): readonly [number, number] | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const row = rows[mid]!;
    if (row[1] < start) low = mid + 1;
    else if (row[0] > start) high = mid - 1;
    else return end <= row[1] ? row : undefined;
  }
  return undefined;
}

/** The heading cells of the table whose row starts at `start`: its first row, over a separator row. */
function headingCells(
  text: string,
  start: number,
  field: Field,
  headings: Map<string, readonly string[] | undefined>,
): readonly string[] | undefined {
  // The rows up from this one until a remembered row or the table's first.
  const rows: number[] = [];
  let at = start;
  let found: readonly string[] | undefined;
  for (;;) {
    const key = `${field}:${at}`;
    if (headings.has(key)) {
      found = headings.get(key);
      break;
    }
    rows.push(at);
    const previous = at === 0 ? -1 : text.lastIndexOf('\n', at - 2) + 1;
    const previousLine = previous < 0 ? '' : text.slice(previous, at - 1);
    if (previous < 0 || !TABLE_ROW.test(previousLine)) {
      // `at` opens the table: its heading when a separator row follows it.
      const line = lineAt(text, at);
      const next = at + line.length + 1;
      found = next <= text.length && SEPARATOR_ROW.test(lineAt(text, next)) ? cellsOf(line) : undefined;
      break;
    }
    at = previous;
  }
  for (const row of rows) headings.set(`${field}:${row}`, found);
  return found;
}
