import { describe, expect, it } from 'vitest';
import { datelineDay } from '../../../functions/core/text/dateline-date.js';

describe('the day a dateline names', () => {
  it('reads month-first and day-first English dates, with or without a year', () => {
    const uploaded = '2026-11-30T09:00:00Z';

    expect(datelineDay('WASHINGTON, Nov 14 (Reuters) -', uploaded)).toBe('2026-11-14T00:00:00.000Z');
    expect(datelineDay('LONDON, 3 March -', uploaded)).toBe('2026-03-03T00:00:00.000Z');
    expect(datelineDay('SANTA CLARA, Calif., Sept. 9, 2025 (GLOBE NEWSWIRE) --', uploaded)).toBe(
      '2025-09-09T00:00:00.000Z',
    );
    expect(datelineDay('DUBAI, 1st December, 2025 (WAM) --', uploaded)).toBe('2025-12-01T00:00:00.000Z');
  });

  it('takes the year before when the day would lie ahead of the upload', () => {
    expect(datelineDay('SEOUL, Dec 31 (Yonhap) -', '2027-01-02T03:00:00Z')).toBe('2026-12-31T00:00:00.000Z');
    expect(datelineDay('SEOUL, Dec 1 (Yonhap) -', '2026-11-30T20:00:00Z')).toBe('2026-12-01T00:00:00.000Z');
  });

  it('gives no day for a dateline without a date, an impossible day or a written year ahead', () => {
    const uploaded = '2026-11-30T09:00:00Z';

    expect(datelineDay('WASHINGTON (Reuters) -', uploaded)).toBeUndefined();
    expect(datelineDay('ROME, Feb 30 -', uploaded)).toBeUndefined();
    expect(datelineDay('PARIS, May 5, 2027 -', uploaded)).toBeUndefined();
    expect(datelineDay('KARACHI:', uploaded)).toBeUndefined();
  });
});
