// "| Province | Votes |" over "| Alajuela | 55.9% |": a name alone in a table's cell, under a heading that names a kind
// of place (PLACE_NOUNS: province, state, county, district, constituency …), is a place of that kind. Election
// results and factboxes list provinces and constituencies so, and a name the place lists lack was read as a body.
import type { Field } from '../../schema.js';
import { type Candidate, type Context, fieldsOf } from './context.js';
import { PLACE_NOUNS } from './cue-words.js';

/** A table's row: a line that a bar opens (after spaces or tabs). */
const TABLE_LINE = /^[^\S\n]*\|[^\n]*/gm;
/** A Markdown table's separator row: "|---|:---:|". */
const SEPARATOR_ROW = /^\s*\|[\s|:-]*$/;
/** Longer lines are no table rows a newsroom writes; reading each name's cell in one would cost its length per name. */
const MAX_ROW_LENGTH = 2000;

/** The bars at a row's ends. */
const OUTER_BARS = /^\||\|$/g;
/** The cells of a table's row, trimmed (the text before the opening bar and after the closing one left out). */
const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(OUTER_BARS, '')
    .split('|')
    .map((cell) => cell.trim());

/** A field's table rows, [start, end) each in text order, and the heading cells of each row's table once asked. */
interface FieldRows {
  readonly text: string;
  readonly rows: readonly (readonly [number, number])[];
  /** By row index: the heading cells of its table (undefined: the table has none), absent until asked. */
  readonly headings: Map<number, readonly string[] | undefined>;
}

/**
 * Retypes, in place, each name that fills a cell of a Markdown table alone, under a heading that names a kind of
 * place, as a place. Each field's table rows are found once and each table's heading read once: looking up each
 * name's line in the text read a one-line page of names once per name (a 1 MB list of names took 55 s).
 */
export function placesInPlaceColumns(candidates: Candidate[], ctx: Context): void {
  const byField = new Map<Field, FieldRows>();
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (c.type === 'place' || c.type === 'none' || c.strength > 1) continue;
    let field = byField.get(c.field);
    if (!field) {
      const text = fieldsOf(ctx, c.field).field.text;
      field = { text, rows: tableRowsOf(text), headings: new Map() };
      byField.set(c.field, field);
    }
    const r = rowAround(field.rows, c.start, c.end);
    if (r < 0) continue;
    const [start, end] = field.rows[r]!;
    const line = field.text.slice(start, end);
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
    const heading = headingCells(field, r)?.[column];
    if (heading !== undefined && PLACE_NOUNS.has(heading.toLowerCase()))
      candidates[k] = { ...c, type: 'place', strength: 1 };
  }
}

/** [start, end) of each line of `text` that is a table's row, in text order. */
function tableRowsOf(text: string): (readonly [number, number])[] {
  const rows: (readonly [number, number])[] = [];
  if (!text.includes('|')) return rows;
  TABLE_LINE.lastIndex = 0;
  for (let m = TABLE_LINE.exec(text); m !== null; m = TABLE_LINE.exec(text))
    if (m[0].length <= MAX_ROW_LENGTH) rows.push([m.index, m.index + m[0].length]);
  return rows;
}

/** The index of the row that holds [start, end), by binary search; -1 when none does. */
function rowAround(rows: readonly (readonly [number, number])[], start: number, end: number): number {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const row = rows[mid]!;
    if (row[1] < start) low = mid + 1;
    else if (row[0] > start) high = mid - 1;
    else return end <= row[1] ? mid : -1;
  }
  return -1;
}

/** Row `r + 1` is the line right after row `r`. */
const nextLineIsRow = (rows: readonly (readonly [number, number])[], r: number): boolean =>
  r + 1 < rows.length && rows[r + 1]![0] === rows[r]![1] + 1;

/** The heading cells of row `r`'s table: its first row, over a separator row. */
function headingCells(field: FieldRows, r: number): readonly string[] | undefined {
  const { text, rows, headings } = field;
  // The rows up from this one until a remembered row or the table's first.
  let first = r;
  while (!headings.has(first) && first > 0 && nextLineIsRow(rows, first - 1)) first--;
  let found: readonly string[] | undefined;
  if (headings.has(first)) found = headings.get(first);
  else {
    const opening = rows[first]!;
    const separator = nextLineIsRow(rows, first) ? rows[first + 1]! : undefined;
    found =
      separator && SEPARATOR_ROW.test(text.slice(separator[0], separator[1]))
        ? cellsOf(text.slice(opening[0], opening[1]))
        : undefined;
  }
  for (let row = first; row <= r; row++) headings.set(row, found);
  return found;
}
