import type { Country } from '../schema.js';
import type { SentenceSpan } from './co-objects.js';

/**
 * A table sent as plain text runs on without a full stop, so its rows read as one sentence:
 *
 *     Nikkei 225 (Japan)      50,512.32   +2.46%
 *     Hang Seng (Hong Kong)   26,433.70   +1.05%
 *
 * Two countries on two of its rows are set side by side by the table, not linked by a sentence (review29 P2;
 * pipe tables: table-rows.ts). A row that names both, or a line of prose in the span, still links.
 */

/** A label, then a figure set apart by two or more blanks: a row of a plain-text table. */
const FIGURE_COLUMN = /\S[ \t]{2,}[-+(]?[$\u20ac\u00a3]?\d/;
const MIN_ROWS = 3;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly row: boolean;
}

function linesOf(s: SentenceSpan): Line[] {
  const lines: Line[] = [];
  let start = s.start;
  while (start < s.end) {
    const nl = s.text.indexOf('\n', start);
    const end = nl < 0 || nl > s.end ? s.end : nl;
    lines.push({ start, end, row: FIGURE_COLUMN.test(s.text.slice(start, end)) });
    start = end + 1;
  }
  return lines;
}

/**
 * Whether the sentence runs over a line break, read within it: a search of the whole text from there (lastIndexOf,
 * indexOf) crossed a page with no line break at every sentence (1 MB of one-line prose: minutes).
 */
function hasLineBreak(s: SentenceSpan): boolean {
  for (let i = s.start; i < s.end; i++) if (s.text.charCodeAt(i) === 10) return true;
  return false;
}

/** The line holding an offset (lines in order, each ending where the next starts but one). */
function lineAt(lines: readonly Line[], at: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (at < line.start) hi = mid - 1;
    else if (at > line.end) lo = mid + 1;
    else return line;
  }
  return undefined;
}

/**
 * For one story: whether a sentence holds a plain-text table and names each of the two countries only on its rows,
 * never both on one row. Each sentence is split into lines once, however many pairs it holds (read30 S4).
 */
export function separateTableRows(): (s: SentenceSpan, a: Country, b: Country) => boolean {
  // Body sentences by their start: their lines when they hold a table, null when they do not.
  const tables = new Map<number, readonly Line[] | null>();
  return (s, a, b) => {
    if (s.field !== 'body') return false;
    let lines = tables.get(s.start);
    if (lines === undefined) {
      const all = hasLineBreak(s) ? linesOf(s) : [];
      lines = all.filter((l) => l.row).length >= MIN_ROWS ? all : null;
      tables.set(s.start, lines);
    }
    if (lines === null) return false;
    const table = lines;
    const linesNaming = (c: Country): Set<Line> | undefined => {
      const named = new Set<Line>();
      for (const m of c.mentions) {
        if (m.field !== s.field || m.start < s.start || m.end > s.end) continue;
        const line = lineAt(table, m.start);
        if (!line?.row) return undefined;
        named.add(line);
      }
      return named;
    };
    const ofA = linesNaming(a);
    const ofB = linesNaming(b);
    if (!ofA?.size || !ofB?.size) return false;
    for (const line of ofA) if (ofB.has(line)) return false;
    return true;
  };
}
