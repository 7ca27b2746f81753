/** A stretch of one text: its first character's index and the index after its last. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether a stretch overlaps any of `spans` (some span starts before its end and ends after its start), answered
 * by a binary search: the spans in start order, each beside the furthest end so far. A rule that asks this at
 * every word of a page by scanning all the spans held is quadratic on a long page that names the same thing
 * thousands of times. `spans` is read once, here, and not changed.
 */
export function overlapsAny(spans: readonly Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  let furthest = Number.NEGATIVE_INFINITY;
  const furthestEnds = sorted.map((s) => (furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    // The spans starting before `end` are starts[0 .. lo).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnds[lo - 1]! > start;
  };
}
