import { keys } from '../records/keys.js';
import { monthsNewestFirst, type TimeRange } from './range.js';

/**
 * Failed ingests live in one gsi1 partition per month (`FAIL#YYYY-MM`), sorted by `failedAt#aid`. A page
 * walks the months of the range newest first, each with a bounded `Limit`, and stops as soon as it has
 * `limit + 1` items; the months of an allowed range are few (the API caps the range).
 */
export interface MonthQuery {
  readonly partition: string;
  readonly lower: string;
  readonly upper: string;
}

export function planFailureMonths(range: TimeRange, before?: string): MonthQuery[] {
  const upper = before !== undefined && before < range.upper ? before : range.upper;
  return monthsNewestFirst(range.fromDay, upper.slice(0, 10))
    .map((month) => ({ partition: keys.failurePartition(month), lower: range.lower, upper }))
    .filter((q) => q.lower <= q.upper);
}
