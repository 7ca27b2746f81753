import { describe, expect, it } from 'vitest';
import { coOccurring } from '../../../functions/core/query/cooccurrence.js';
import { planNamePrefix } from '../../../functions/core/query/names.js';
import { dayCount, daysBetween, monthsNewestFirst, timeRange } from '../../../functions/core/query/range.js';
import {
  dayTopShards,
  planTopCandidates,
  rankCandidates,
  rankTotals,
  uncertainValues,
} from '../../../functions/core/query/top.js';
import { dailyCounts } from '../../../functions/core/query/trends.js';

describe('timeRange', () => {
  it('covers whole days when given days', () => {
    const range = timeRange('2026-11-01', '2026-11-30');

    expect(range.lower <= '2026-11-01T00:00:00.000Z#a').toBe(true);
    expect('2026-11-30T23:59:59.999Z#zzzzzzzzzzzzzzzz' <= range.upper).toBe(true);
    expect('2026-12-01T00:00:00.000Z#a' <= range.upper).toBe(false);
  });

  it('takes timestamps to the millisecond, in UTC', () => {
    const range = timeRange('2026-11-01T10:00:00+02:00', undefined);

    expect(range.lower).toBe('2026-11-01T08:00:00.000Z');
    expect('2026-11-01T07:59:59.999Z#a' >= range.lower).toBe(false);
  });
});

describe('days and months', () => {
  it('lists the days of a range across a month end', () => {
    expect(daysBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(dayCount('2026-02-27', '2026-03-01')).toBe(3);
  });

  it('lists months newest first across a year end', () => {
    expect(monthsNewestFirst('2025-11-15', '2026-01-02')).toEqual(['2026-01', '2025-12', '2025-11']);
  });
});

describe('dailyCounts', () => {
  it('sums shards per day and fills missing days with zero', () => {
    const counts = dailyCounts(
      [
        { day: '2026-11-02', n: 2 },
        { day: '2026-11-02', n: 3 },
      ],
      '2026-11-01',
      '2026-11-03',
    );

    expect(counts).toEqual([
      { day: '2026-11-01', count: 0 },
      { day: '2026-11-02', count: 5 },
      { day: '2026-11-03', count: 0 },
    ]);
  });
});

describe('top', () => {
  it('reads exact totals only for candidates a daily top that left values out does not show', () => {
    const candidates = [
      { value: 'a', count: 9 },
      { value: 'b', count: 4 },
    ];
    const tops = [
      { day: '2026-11-01', top: 'a\t5\nb\t4', complete: true, builtAt: '2026-11-02T00:00:00.000Z' },
      { day: '2026-11-02', top: 'a\t4', complete: false, builtAt: '2026-11-03T00:00:00.000Z' },
    ];

    expect(uncertainValues(candidates, tops, dayTopShards(tops), true)).toEqual(new Set(['b']));
    const complete = tops.slice(0, 1);
    expect(uncertainValues(candidates, complete, dayTopShards(complete), true)).toEqual(new Set());
    expect(uncertainValues(candidates, complete, dayTopShards(complete), false)).toEqual(new Set(['a', 'b']));
  });

  it('reads enough count shards per bucket to hold the N largest values', () => {
    const plan = planTopCandidates('country', ['2026-11-01', '2026-11-02'], 10);

    expect(plan).toHaveLength(8);
    expect(plan[0]).toEqual({ partition: 'TOP#country#2026-11-01#0', limit: 80 });
  });

  it('ranks candidates by partial sums and totals by count, dropping zeros', () => {
    expect(
      rankCandidates(
        [
          { value: 'FR', day: 'd', n: 1 },
          { value: 'US', day: 'd', n: 2 },
          { value: 'FR', day: 'e', n: 3 },
        ],
        1,
      ),
    ).toEqual([{ value: 'FR', count: 4 }]);
    expect(
      rankTotals([
        { value: 'A', count: 0 },
        { value: 'B', count: 2 },
      ]),
    ).toEqual([{ value: 'B', count: 2 }]);
  });
});

describe('coOccurring', () => {
  it('counts each article once per tag and leaves out the entity itself', () => {
    const result = coOccurring(
      [
        ['entity|person:a', 'entity|person:a', 'country|US'],
        ['entity|person:a', 'entity|person:self'],
      ],
      'entity',
      'person:self',
    );

    expect(result).toEqual([{ value: 'person:a', count: 2 }]);
  });

  it('ranks entities shared by as many articles by how strong they were in them, not by their ids', () => {
    const result = coOccurring(
      [
        ['entity|person:donald-trump', 'entity|company:apple', 'country|US'],
        ['entity|person:xi-jinping', 'entity|company:google', 'country|CN'],
      ],
      'entity',
      'person:self',
    );

    expect(result.map((e) => e.value)).toEqual([
      'person:donald-trump',
      'person:xi-jinping',
      'company:apple',
      'company:google',
    ]);
  });
});

describe('planNamePrefix', () => {
  it('ignores case and accents', () => {
    expect(planNamePrefix('ZÜr')).toEqual({ partition: 'N#zu', prefix: 'zur' });
  });

  it('needs two letters or digits', () => {
    expect(planNamePrefix(' z-')).toBeUndefined();
  });
});
