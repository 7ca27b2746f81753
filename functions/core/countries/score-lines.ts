import type { Country } from '../schema.js';

/**
 * A results line: "Scotland 4 Denmark 2", "Spain 2-2 Turkey", one match a line. A list of results sent as
 * text runs on without a full stop, so the whole list is one sentence (a single line break does not end
 * one, rightly for wrapped copy): its lines, not the sentence, say who played whom.
 */
const SCORE_LINE =
  /^[ \t]*[^\d\n]+?[ \t]+\d+[ \t]*(?:[-\u2013:][ \t]*\d+[ \t]+[^\d\n]+?|[ \t]+[^\d\n]+?[ \t]+\d+)[ \t]*$/;

/** The line of `text` holding offset `at`, as [start, end). */
function lineAround(text: string, at: number): readonly [number, number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/**
 * Whether two countries named in one body span (a sentence) are named there only on results lines, and
 * never on the same one: two matches of a results list, not two sides of one.
 */
export function onSeparateScoreLines(
  text: string,
  span: { readonly start: number; readonly end: number },
  a: Country,
  b: Country,
): boolean {
  if (!text.slice(span.start, span.end).includes('\n')) return false;
  const linesOf = (c: Country): number[] | undefined => {
    const lines: number[] = [];
    for (const m of c.mentions) {
      if (m.field !== 'body' || m.start < span.start || m.end > span.end) continue;
      const [start, end] = lineAround(text, m.start);
      if (!SCORE_LINE.test(text.slice(start, end))) return undefined;
      lines.push(start);
    }
    return lines;
  };
  const la = linesOf(a);
  const lb = la && linesOf(b);
  return la !== undefined && lb !== undefined && !la.some((l) => lb.includes(l));
}
