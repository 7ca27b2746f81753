import { decodeDayTop } from '../records/day-top.js';
import { COUNT_SHARDS, type CountKind, keys, TOP_BUCKETS } from '../records/keys.js';
import { daysBetween } from './range.js';

/**
 * Top-N of a kind over a date range.
 *
 * Days with a daily top (built by the rollup, functions/rollup) count from it: one small item per day, the
 * day's largest values with their exact counts. The other days (no rollup yet, e.g. on a local stack that
 * has not run one) are read live, in two bounded steps:
 * 1. candidates: for each day and bucket, the largest count shards of that kind (gsi2, ordered by
 *    count, `Limit = ceil(N × shards per value / buckets)`), enough to hold every shard of the day's N
 *    largest values when shard counts are balanced (the hash spreads articles evenly);
 *    (twice that, for slack against uneven shards);
 * 2. exact totals: of the N candidates with the largest partial sums, those whose sum may miss counts
 *    (`uncertainValues`) get their full count series; the others' partial sums already are their totals.
 * A value outside every day's top can still be missed when it is steady but never large on one day:
 * the price of not reading every count.
 */

/** A daily top as the API reads it back (see `DayTopItem`). */
export interface DayTop {
  readonly day: string;
  readonly top: string;
  readonly complete: boolean;
  readonly builtAt: string;
  readonly staleAfter?: string;
}

/** The daily tops still worth reading at `now`: those built after their day, or refreshed recently. */
export function freshDayTops(tops: readonly DayTop[], now: string): DayTop[] {
  return tops.filter((t) => t.staleAfter === undefined || now < t.staleAfter);
}

export interface TopPartitionQuery {
  readonly partition: string;
  readonly limit: number;
}

/** One gsi2 item: a count shard of `value` on `day`, with its count. */
export interface TopShard {
  readonly value: string;
  readonly day: string;
  readonly n: number;
  /** A topic's label, as its daily top carries it (live count shards have none: the API names those). */
  readonly label?: string;
}

/** The labels the shards carry, by value (topics, from their daily tops). */
export function shardLabels(shards: readonly TopShard[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const shard of shards) if (shard.label !== undefined) labels.set(shard.value, shard.label);
  return labels;
}

/** Count shards read per day and bucket, as a multiple of what the N largest values need when balanced. */
export const TOP_CANDIDATE_FACTOR = 2;

/** The gsi2 partitions to read for `days` (the days of the range without a daily top). */
export function planTopCandidates(kind: CountKind, days: readonly string[], limit: number) {
  const perBucket = TOP_CANDIDATE_FACTOR * Math.ceil((limit * COUNT_SHARDS[kind]) / TOP_BUCKETS);
  return days.flatMap((day) =>
    Array.from({ length: TOP_BUCKETS }, (_, bucket) => ({
      partition: keys.topPartition(kind, day, bucket),
      limit: perBucket,
    })),
  );
}

/** Days of `fromDay`..`toDay` that have no daily top among `tops`, oldest first. */
export function daysWithoutTop(fromDay: string, toDay: string, tops: readonly DayTop[]): string[] {
  const covered = new Set(tops.map((t) => t.day));
  return daysBetween(fromDay, toDay).filter((day) => !covered.has(day));
}

/** Each daily top's entries as one shard per value and day, so they rank together with live shards. */
export function dayTopShards(tops: readonly DayTop[]): TopShard[] {
  return tops.flatMap((t) =>
    decodeDayTop(t.top).map(([value, n, label]) => ({
      value,
      day: t.day,
      n,
      ...(label !== undefined ? { label } : {}),
    })),
  );
}

/**
 * Candidates whose partial sum may miss counts: all of them when a live partition was cut off, else those
 * absent from some daily top that left values out (on a complete day, absent means none). A value found in
 * every incomplete daily top already has its exact count there. `topShards` are the tops' entries, as
 * `dayTopShards` decoded them.
 */
export function uncertainValues(
  candidates: readonly RankedValue[],
  tops: readonly DayTop[],
  topShards: readonly TopShard[],
  livePartitionsComplete: boolean,
): Set<string> {
  if (!livePartitionsComplete) return new Set(candidates.map((c) => c.value));
  const incompleteDays = new Set(tops.filter((t) => !t.complete).map((t) => t.day));
  const shownOn = new Map<string, number>();
  for (const shard of topShards) {
    if (incompleteDays.has(shard.day)) shownOn.set(shard.value, (shownOn.get(shard.value) ?? 0) + 1);
  }
  return new Set(
    candidates.filter((c) => (shownOn.get(c.value) ?? 0) < incompleteDays.size).map((c) => c.value),
  );
}

/**
 * Which entity ids `/top?kind=entity` ranks: those of `type` when given, else every type but nationalities —
 * a demonym ("Chinese", "American") is counted under its country already, and would lead every list of the
 * names in the news.
 */
export function entityTypeFilter(type: string | undefined): (value: string) => boolean {
  if (type !== undefined) return (value) => value.startsWith(`${type}:`);
  return (value) => !value.startsWith('nationality:');
}

/**
 * How many values a day's live candidates are read for when only some entity types count: four times the
 * limit for one type (people are about a third of the entities named), a few more for all but nationalities.
 */
export function candidateLimit(limit: number, type: string | undefined): number {
  return type === undefined ? limit + NATIONALITY_SLACK : limit * TYPE_CANDIDATE_FACTOR;
}
const NATIONALITY_SLACK = 10;
const TYPE_CANDIDATE_FACTOR = 4;

/** Values by the sum of the shard counts seen, largest first, ties by value; at most `limit`. */
export function rankCandidates(shards: readonly TopShard[], limit: number): RankedValue[] {
  const sums = new Map<string, number>();
  for (const shard of shards) sums.set(shard.value, (sums.get(shard.value) ?? 0) + shard.n);
  return [...sums]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));
}

export interface RankedValue {
  readonly value: string;
  readonly count: number;
}

export function rankTotals(totals: readonly RankedValue[]): RankedValue[] {
  return [...totals]
    .filter((t) => t.count > 0)
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
}
