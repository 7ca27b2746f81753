import { describe, expect, it } from 'vitest';
import { buildDayTop, decodeDayTop, encodeDayTop } from '../../../functions/core/records/day-top.js';

const BUILT_AT = '2026-11-29T12:00:00.000Z';

describe('daily top', () => {
  it('sums the shards of each value into its day count, largest first and ties by value', () => {
    const item = buildDayTop(
      'country',
      '2026-11-28',
      [
        { value: 'US', day: '2026-11-28', n: 2 },
        { value: 'FR', day: '2026-11-28', n: 1 },
        { value: 'US', day: '2026-11-28', n: 3 },
        { value: 'CN', day: '2026-11-28', n: 1 },
      ],
      BUILT_AT,
    );

    expect(item).toMatchObject({
      pk: 'R#country',
      sk: '2026-11-28',
      kind: 'country',
      day: '2026-11-28',
      complete: true,
      floor: 0,
      builtAt: BUILT_AT,
    });
    expect(decodeDayTop(item.top)).toEqual([
      ['US', 5],
      ['CN', 1],
      ['FR', 1],
    ]);
  });

  it('keeps only its capacity and records the largest count it left out', () => {
    const shards = ['a', 'b', 'c', 'd'].map((value, i) => ({ value, day: '2026-11-28', n: 10 - i }));

    const item = buildDayTop('entity', '2026-11-28', shards, BUILT_AT, { capacity: 2 });

    expect(decodeDayTop(item.top).map(([value]) => value)).toEqual(['a', 'b']);
    expect(item.complete).toBe(false);
    expect(item.floor).toBe(8);
  });

  it('ignores shards of another day and empty shards', () => {
    const item = buildDayTop(
      'pair',
      '2026-11-28',
      [
        { value: 'CN-US', day: '2026-11-27', n: 4 },
        { value: 'FR-DE', day: '2026-11-28', n: 0 },
      ],
      BUILT_AT,
    );

    expect(item.top).toBe('');
    expect(decodeDayTop(item.top)).toEqual([]);
  });

  it('marks a top built while its day is still refreshed as stale after three missed refreshes', () => {
    const options = { refreshMinutes: 5 };
    const during = buildDayTop('country', '2026-11-29', [], '2026-11-29T10:00:00.000Z', options);
    const dayAfter = buildDayTop('country', '2026-11-28', [], '2026-11-29T23:50:00.000Z', options);
    const settled = buildDayTop('country', '2026-11-28', [], '2026-11-30T00:30:00.000Z', options);

    expect(during.staleAfter).toBe('2026-11-29T10:15:00.000Z');
    expect(dayAfter.staleAfter).toBe('2026-11-30T00:05:00.000Z');
    expect(settled.staleAfter).toBeUndefined();
  });

  it('round-trips entity ids with colons through its encoding', () => {
    const entries: [string, number][] = [
      ['place:geonames:1816670', 12],
      ['person:donald-trump', 3],
    ];

    expect(decodeDayTop(encodeDayTop(entries))).toEqual(entries);
  });

  it('carries a label for each value when given one, and still reads lines written without', () => {
    const item = buildDayTop(
      'topic',
      '2026-11-28',
      [
        { value: 'medtop:04000000', day: '2026-11-28', n: 3 },
        { value: 'medtop:99999999', day: '2026-11-28', n: 1 },
      ],
      BUILT_AT,
      { label: (value) => (value === 'medtop:04000000' ? 'economy, business and finance' : undefined) },
    );

    expect(decodeDayTop(item.top)).toEqual([
      ['medtop:04000000', 3, 'economy, business and finance'],
      ['medtop:99999999', 1],
    ]);
    expect(decodeDayTop('medtop:11000000\t7')).toEqual([['medtop:11000000', 7]]);
  });
});
