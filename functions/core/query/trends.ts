import { COUNT_SHARDS, type CountRef } from '../records/keys.js';
import { dayCount, daysBetween } from './range.js';

/** A count shard as projected into gsi1: one tag, one day, one shard's count. */
export interface CountShard {
  readonly day: string;
  readonly n: number;
}

export interface DailyCount {
  readonly day: string;
  readonly count: number;
}

/** Most count items a series query over `fromDay`..`toDay` can return: one per day and shard. */
export function seriesItemBound(ref: CountRef, fromDay: string, toDay: string): number {
  return dayCount(fromDay, toDay) * COUNT_SHARDS[ref.kind];
}

/** Sums shards per day and fills the days without articles with zero, oldest first. */
export function dailyCounts(shards: readonly CountShard[], fromDay: string, toDay: string): DailyCount[] {
  const byDay = new Map<string, number>();
  for (const shard of shards) byDay.set(shard.day, (byDay.get(shard.day) ?? 0) + shard.n);
  return daysBetween(fromDay, toDay).map((day) => ({ day, count: byDay.get(day) ?? 0 }));
}

export function total(shards: readonly CountShard[]): number {
  return shards.reduce((sum, shard) => sum + shard.n, 0);
}
