import { codeUnitAt } from '../text/chars.js';

/**
 * After this many look-ups a list finds its lines' starts once (an Int32Array, 4 bytes a word) and
 * searches by line number: the search in the bare text reads back and forth for a line break at each of
 * its ~15 steps (two native calls each), ~1.5 µs a look-up, and every word an article brings that the
 * process has not seen yet is looked up in these lists several times (about 2% of tagging news never seen
 * before). A short-lived process asks a few dozen words and builds nothing.
 */
const SEARCHES_BEFORE_INDEX = 256;

/**
 * A shipped word list (one word a line, sorted in UTF-16 code-unit order: entities/word-lists.ts) asked
 * for membership by binary search over the text itself. A Set of the same words cost the cold start a
 * string and a hash-table slot per word (~30,000 across the lists), and the young-generation collector's
 * copying of them; here nothing is built but the lines' starts, and a look-up compares a dozen lines in
 * place. test/unit/data/word-lists.test.ts checks that every shipped list is sorted that way.
 */
export class SortedWords {
  /** Where each line starts, then the text's length + 1 (the start a line after the last would have). */
  private starts: Int32Array | undefined;
  private searches = 0;

  constructor(
    private readonly text: string,
    private readonly searchesBeforeIndex = SEARCHES_BEFORE_INDEX,
  ) {}

  has(word: string): boolean {
    if (word.length === 0 || word.includes('\n')) return false;
    const starts = this.starts ?? (++this.searches > this.searchesBeforeIndex ? this.index() : undefined);
    return starts ? this.hasByLine(starts, word) : this.hasInText(word);
  }

  private hasByLine(starts: Int32Array, word: string): boolean {
    const { text } = this;
    // The candidates are lines [lo, hi).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareLine(text, starts[mid]!, starts[mid + 1]! - 1, word);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }

  private hasInText(word: string): boolean {
    const { text } = this;
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

  private index(): Int32Array {
    const { text } = this;
    let lines = 0;
    if (text.length > 0) for (let at = 0; at >= 0; at = text.indexOf('\n', at) + 1 || -1) lines++;
    const starts = new Int32Array(lines + 1);
    let line = 0;
    if (text.length > 0) for (let at = 0; at >= 0; at = text.indexOf('\n', at) + 1 || -1) starts[line++] = at;
    starts[lines] = text.length + 1;
    this.starts = starts;
    return starts;
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
