import type { Country } from '../schema.js';

/**
 * A results line: "Scotland 4 Denmark 2", "Spain 2-2 Turkey", one match a line. A list of results sent as
 * text runs on without a full stop, so the whole list is one sentence (a single line break does not end
 * one, rightly for wrapped copy): its lines, not the sentence, say who played whom.
 */
const SCORE_LINE =
  /^[ \t]*[^\d\n]+?[ \t]+\d+[ \t]*(?:[-\u2013:][ \t]*\d+[ \t]+[^\d\n]+?|[ \t]+[^\d\n]+?[ \t]+\d+)[ \t]*$/;

/**
 * A results line naming the winner first and the score after both sides: "Italy bt Austria 2-0", "Sinner (Italy) bt
 * Rune (Denmark) 6-3 7-6 (7-5)", "Swiatek def. Gauff 6-4 6-2" (tennis and Davis Cup results, wild57 a/60).
 */
const WINNER_FIRST_LINE =
  /^[ \t]*[^\n]+?[ \t]+(?:bt|beat|def\.|d\.)[ \t]+[^\n]+?[ \t]+\d+[-\u2013]\d+(?:[ \t]+(?:\d+[-\u2013]\d+|\(\d+(?:[-\u2013]\d+)?\)))*[ \t]*$/;

/** A body span (a sentence) as [start, end). */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** The line of `text` holding offset `at`, as [start, end). */
function lineAround(text: string, at: number): readonly [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/** The starts of the lines naming `c` in `span`, or undefined when one of them is no results line. */
function scoreLinesOf(text: string, span: Span, c: Country): readonly number[] | undefined {
  const lines: number[] = [];
  for (const m of c.mentions) {
    if (m.field !== 'body' || m.start < span.start || m.end > span.end) continue;
    const [start, end] = lineAround(text, m.start);
    const line = text.slice(start, end);
    if (!SCORE_LINE.test(line) && !WINNER_FIRST_LINE.test(line)) return undefined;
    lines.push(start);
  }
  return lines;
}

/**
 * Whether two countries named in one body span (a sentence) are named there only on results lines, and
 * never on the same one: two matches of a results list, not two sides of one. Asked of many pairs of
 * countries in one body, so whether a sentence holds a line break, and each country's results lines in it,
 * are read once, not once a pair (a results list sent as one sentence names every country, and each pair of
 * them read the whole sentence again).
 */
export function separateScoreLines(text: string): (span: Span, a: Country, b: Country) => boolean {
  const spans = new Map<string, Map<Country, readonly number[] | undefined> | null>();
  return (span, a, b) => {
    const key = `${span.start}:${span.end}`;
    let lines = spans.get(key);
    if (lines === undefined) {
      lines = text.slice(span.start, span.end).includes('\n') ? new Map() : null;
      spans.set(key, lines);
    }
    if (lines === null) return false;
    const read = lines;
    const linesOf = (c: Country) => {
      if (read.has(c)) return read.get(c);
      const found = scoreLinesOf(text, span, c);
      read.set(c, found);
      return found;
    };
    const la = linesOf(a);
    const lb = la && linesOf(b);
    return la !== undefined && lb !== undefined && !la.some((l) => lb.includes(l));
  };
}
