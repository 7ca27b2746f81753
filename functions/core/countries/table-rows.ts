import type { Country, Mention } from '../schema.js';

/**
 * A row of a pipe table sent as text ("| 1 | Brazil | 47,600 | United States, Germany |"): its bounds and
 * the offsets of its bars, which bound its cells.
 */
interface TableRow {
  readonly start: number;
  readonly end: number;
  readonly bars: readonly number[];
}

const BAR = 124; // "|"

/** Whether the line [start, end) is a table row: it opens with a bar (after blanks) and holds three or more. */
function barsOfRow(text: string, start: number, end: number): number[] | undefined {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end || text.charCodeAt(i) !== BAR) return undefined;
  const bars: number[] = [];
  for (let j = i; j < end; j++) if (text.charCodeAt(j) === BAR) bars.push(j);
  return bars.length >= 3 ? bars : undefined;
}

/**
 * The rows of the pipe tables in a body, or undefined when it has fewer than two (most stories have no bar
 * at all: one indexOf before any line is read). A table sent as text runs on without a full stop, so the
 * whole table is one sentence; its rows, not the sentence, say which countries go together.
 */
export function tableRowsOf(text: string): readonly TableRow[] | undefined {
  if (text.indexOf('|') < 0) return undefined;
  const rows: TableRow[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const bars = barsOfRow(text, start, end);
    if (bars) rows.push({ start, end, bars });
    start = end + 1;
  }
  return rows.length >= 2 ? rows : undefined;
}

const rowAt = (rows: readonly TableRow[], at: number): TableRow | undefined =>
  rows.find((r) => at >= r.start && at < r.end);

/** The cell of a row an offset stands in (0: before the first bar). */
function cellAt(row: TableRow, at: number): number {
  let cell = 0;
  while (cell < row.bars.length && row.bars[cell]! < at) cell++;
  return cell;
}

/** Whether a country is named in a table row. */
export function namedInTable(rows: readonly TableRow[], c: Country): boolean {
  return c.mentions.some((m) => m.field === 'body' && rowAt(rows, m.start) !== undefined);
}

/** Whether a body span holds a table row (a sentence that is, or runs into, the table). */
export function holdsTableRow(rows: readonly TableRow[], start: number, end: number): boolean {
  return rows.some((r) => r.start < end && r.end > start);
}

/**
 * The row that links two countries: it names one in the first cell naming any country (what the row is
 * about: an exporter) and the other in a later cell (its buyers). Two buyers in one cell, or two exporters
 * in two rows, are set side by side by the table, not linked. `countries` are all the story's countries, to
 * find each row's first country cell.
 */
export function rowLinking(
  text: string,
  rows: readonly TableRow[],
  a: Country,
  b: Country,
  countries: readonly Country[],
): Mention | undefined {
  for (const ma of a.mentions) {
    if (ma.field !== 'body') continue;
    const row = rowAt(rows, ma.start);
    if (!row) continue;
    for (const mb of b.mentions) {
      if (mb.field !== 'body' || mb.start < row.start || mb.start >= row.end) continue;
      const ca = cellAt(row, ma.start);
      const cb = cellAt(row, mb.start);
      if (ca === cb) continue;
      const key = firstCountryCell(row, countries);
      if (ca !== key && cb !== key) continue;
      return { field: 'body', start: row.start, end: row.end, text: text.slice(row.start, row.end) };
    }
  }
  return undefined;
}

function firstCountryCell(row: TableRow, countries: readonly Country[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const c of countries)
    for (const m of c.mentions)
      if (m.field === 'body' && m.start >= row.start && m.start < row.end)
        first = Math.min(first, cellAt(row, m.start));
  return first;
}
