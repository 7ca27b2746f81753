import { canonicalTime } from '../records/keys.js';

/**
 * A time range of a query. Sort keys of index items and failures start with a canonical ISO timestamp
 * (`2026-11-29T08:15:00.000Z#…`), so a range becomes `BETWEEN lower AND upper` on strings: `upper` ends in
 * `~`, which sorts after every character a key can continue with (`#`, digits, letters).
 */
export interface TimeRange {
  /** Inclusive lower bound of the sort key. */
  readonly lower: string;
  /** Inclusive upper bound of the sort key. */
  readonly upper: string;
  /** First and last UTC day the range touches. */
  readonly fromDay: string;
  readonly toDay: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Whole-range bounds when a query gives no dates. */
export const EARLIEST = '0000-01-01';
export const LATEST = '9999-12-31';

/**
 * A bound given as a day (`2026-11-29`) covers the whole day; a timestamp is taken as is (to the
 * millisecond). Both are validated by the API before they get here. Bounds are canonical instants, so
 * equivalent spellings (`2026-11-29`, `2026-11-29T00:00:00Z`, `2026-11-29T02:00:00+02:00`) give the same
 * range, and a cursor bound to one is accepted with another.
 */
export function timeRange(from: string | undefined, to: string | undefined): TimeRange {
  const fromBase = from ?? EARLIEST;
  const toBase = to ?? LATEST;
  const lower = DAY.test(fromBase) ? `${fromBase}T00:00:00.000Z` : canonicalTime(fromBase);
  const upperBase = DAY.test(toBase) ? `${toBase}T23:59:59.999Z` : canonicalTime(toBase);
  return {
    lower,
    upper: `${upperBase}~`,
    fromDay: lower.slice(0, 10),
    toDay: upperBase.slice(0, 10),
  };
}

/** Every UTC day from `fromDay` to `toDay`, inclusive, oldest first. */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const start = Date.parse(`${fromDay}T00:00:00Z`);
  const end = Date.parse(`${toDay}T00:00:00Z`);
  const days: string[] = [];
  for (let t = start; t <= end; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Number of days from `fromDay` to `toDay`, inclusive (0 if `toDay` is earlier). */
export function dayCount(fromDay: string, toDay: string): number {
  const span = Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`);
  return span < 0 ? 0 : Math.floor(span / DAY_MS) + 1;
}

/** UTC months (`YYYY-MM`) from `fromDay` to `toDay`, newest first. */
export function monthsNewestFirst(fromDay: string, toDay: string): string[] {
  const months: string[] = [];
  let year = Number(toDay.slice(0, 4));
  let month = Number(toDay.slice(5, 7));
  const stop = fromDay.slice(0, 7);
  for (;;) {
    const label = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (label < stop) break;
    months.push(label);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** The day `days - 1` days before `day`, so that the span `[result, day]` has `days` days. */
export function dayBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
}
