import { describe, expect, it } from 'vitest';
import { overlapsAny } from '../../../functions/core/text/overlaps.js';

/** The plain reading the search stands for: any span starting before the end and ending after the start. */
const scanned = (spans: { start: number; end: number }[], start: number, end: number) =>
  spans.some((s) => s.start < end && start < s.end);

describe('overlapsAny', () => {
  it('finds a long span that started before shorter ones (the furthest end so far, not the last start)', () => {
    const spans = [
      { start: 20, end: 22 },
      { start: 0, end: 50 },
      { start: 10, end: 12 },
    ];

    const overlaps = overlapsAny(spans);

    expect(overlaps(30, 35)).toBe(true);
    expect(overlaps(50, 60)).toBe(false);
    expect(overlaps(49, 50)).toBe(true);
  });

  it('counts touching spans as apart, as the scan does', () => {
    const overlaps = overlapsAny([{ start: 5, end: 10 }]);

    expect(overlaps(0, 5)).toBe(false);
    expect(overlaps(10, 12)).toBe(false);
    expect(overlaps(9, 10)).toBe(true);
  });

  it('answers as a scan of every span does, on random spans', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const spans = Array.from({ length: 40 }, () => {
      const start = random(200);
      return { start, end: start + random(15) };
    });

    const overlaps = overlapsAny(spans);

    for (let k = 0; k < 500; k++) {
      const start = random(220);
      const end = start + random(10);
      expect(overlaps(start, end), `${start}-${end}`).toBe(scanned(spans, start, end));
    }
  });

  it('answers no when there are no spans', () => {
    expect(overlapsAny([])(0, 10)).toBe(false);
  });
});
