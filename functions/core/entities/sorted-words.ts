import { codeUnitAt } from '../text/chars.js';
/**
 * A shipped word list (one word a line, sorted in UTF-16 code-unit order: entities/word-lists.ts) asked
 * for membership by binary search over the text itself. A Set of the same words cost the cold start a
 * string and a hash-table slot per word (~30,000 across the lists), and the young-generation collector's
 * copying of them; here nothing is built at all, and a look-up compares a dozen lines in place.
 * test/unit/data/word-lists.test.ts checks that every shipped list is sorted that way.
 */
export class SortedWords {
  constructor(private readonly text: string) {}

  has(word: string): boolean {
    const { text } = this;
    if (word.length === 0 || word.includes('\n')) return false;
    // The candidates are the lines starting in [lo, hi); lo is always the start of a line.
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = mid === 0 ? 0 : text.lastIndexOf('\n', mid - 1) + 1;
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const order = compareLine(text, start, end, word);
      if (order === 0) return true;
      if (order < 0) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

/** text[start, end) compared with `word` in code-unit order: negative when the line sorts first. */
function compareLine(text: string, start: number, end: number, word: string): number {
  const n = Math.min(end - start, word.length);
  for (let i = 0; i < n; i++) {
    const d = codeUnitAt(text, start + i) - codeUnitAt(word, i);
    if (d !== 0) return d;
  }
  return end - start - word.length;
}
