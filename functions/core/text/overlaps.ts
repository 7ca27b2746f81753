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
  let furthest = Number.NEGATIVE_INFINITY;
  const furthestEnds = sorted.map((s) => (furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    const before = countStartingBefore(sorted, end);
    return before > 0 && furthestEnds[before - 1]! > start;
  };
}

/** How many of `sorted` (in start order) start before `at`: the index of the first starting at or after it. */
export function countStartingBefore(sorted: readonly { readonly start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
