import type { TopShard } from '../query/top.js';
import { type CountKind, keys } from './keys.js';

/**
 * Values a daily top keeps. At ~40 B a value the item stays near 20 KB, so a Query over the longest `/top`
 * range (31 days) stays within one 1 MB page; countries and topics never reach it, so their daily tops
 * are always complete.
 */
export const DAY_TOP_CAPACITY = 500;

/**
 * The day's largest values of one kind with their exact counts for that day, built by the rollup from
 * every count shard of the day (gsi2). `/top` over a range sums these instead of reading days × shards.
 */
export interface DayTopItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'dayTop';
  readonly kind: CountKind;
  readonly day: string;
  /**
   * `value<TAB>count` lines, largest first, ties by value (`encodeDayTop`): one string attribute is far
   * cheaper to store, read and unmarshal than a list of 500 pairs. Values never hold whitespace. A topic's
   * line carries its IPTC label between the two (`value<TAB>label<TAB>count`), so `/top` can name topics
   * without the taxonomy in the API bundle (since 2026-12-01; tops built before have none).
   */
  readonly top: string;
  /** True when every value of the day is in `top`. */
  readonly complete: boolean;
  /** Largest count of a value left out (0 when complete): a bound for what `top` does not show. */
  readonly floor: number;
  /** ISO time the shards were read: the summary is exact as of then. */
  readonly builtAt: string;
  /**
   * Set on a top built while its day was still rebuilt by the recent schedule (the day itself and the day
   * after): after this time (several missed refreshes) readers take the day live instead, so a stopped
   * rollup never leaves `/top` silently behind.
   */
  readonly staleAfter?: string;
}

/** A top built before its day ended is trusted for this many refresh intervals. */
export const STALE_AFTER_INTERVALS = 3;

/** Sums the day's count shards per value and keeps the largest `capacity` values. */
export function buildDayTop(
  kind: CountKind,
  day: string,
  shards: readonly TopShard[],
  builtAt: string,
  options: {
    readonly refreshMinutes?: number;
    readonly capacity?: number;
    /** A value's display label (a topic's), written beside it; none for values it does not know. */
    readonly label?: (value: string) => string | undefined;
  } = {},
): DayTopItem {
  const capacity = options.capacity ?? DAY_TOP_CAPACITY;
  // The recent schedule rebuilds today and yesterday: a top built before its day left that window can
  // still change with late articles, so it goes stale if the schedule stops.
  const settled = builtAt >= dayStartAfter(day, 2);
  const sums = new Map<string, number>();
  for (const shard of shards) {
    if (shard.day !== day || shard.n <= 0) continue;
    sums.set(shard.value, (sums.get(shard.value) ?? 0) + shard.n);
  }
  const ranked = [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    ...keys.dayTop(kind, day),
    recordType: 'dayTop',
    kind,
    day,
    top: encodeDayTop(
      ranked.slice(0, capacity).map(([value, count]) => withLabel(value, count, options.label?.(value))),
    ),
    complete: ranked.length <= capacity,
    floor: ranked[capacity]?.[1] ?? 0,
    builtAt,
    ...(!settled && options.refreshMinutes !== undefined
      ? { staleAfter: addMinutes(builtAt, STALE_AFTER_INTERVALS * options.refreshMinutes) }
      : {}),
  };
}

/** ISO start of the day `days` days after `day`. */
function dayStartAfter(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * 86_400_000).toISOString();
}

function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** One entry of a daily top: value, day count and, for a topic, its label. */
export type DayTopEntry = [value: string, count: number, label?: string];

function withLabel(value: string, count: number, label: string | undefined): DayTopEntry {
  return label === undefined ? [value, count] : [value, count, label];
}

export function encodeDayTop(entries: readonly (readonly [string, number, string?])[]): string {
  return entries
    .map(([value, count, label]) =>
      label === undefined ? `${value}\t${count}` : `${value}\t${label}\t${count}`,
    )
    .join('\n');
}

/** The entries of an encoded daily top, with or without labels; malformed lines are skipped. */
export function decodeDayTop(top: string): DayTopEntry[] {
  if (top === '') return [];
  const entries: DayTopEntry[] = [];
  for (const line of top.split('\n')) {
    const first = line.indexOf('\t');
    const last = line.lastIndexOf('\t');
    const count = Number(line.slice(last + 1));
    if (first > 0 && Number.isInteger(count) && count > 0) {
      entries.push(
        withLabel(line.slice(0, first), count, first < last ? line.slice(first + 1, last) : undefined),
      );
    }
  }
  return entries;
}
