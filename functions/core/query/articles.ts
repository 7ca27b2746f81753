import { INDEX_SHARDS, keys, type TagKind, type TagRef, tagRefString } from '../records/keys.js';
import type { TimeRange } from './range.js';

/**
 * Planning and merging of "articles with these tags, newest first".
 *
 * One filter: query each shard partition of the tag, newest first, `Limit = limit + 1` (one more on a
 * continuation page, whose inclusive upper bound reads the previous page's last item again), and merge.
 * Several filters: drive on the filter expected to be rarest and keep only index items whose `co`
 * (the article's other indexed tags) contains every other filter (a FilterExpression with the tags as
 * expression attribute values). DynamoDB applies `Limit` before the filter, so each shard partition reads
 * at most a fixed budget of items per page; a page can come back short, with a cursor, when matches are
 * sparse. Either way a page reads at most `shards × budget` items, whatever the number of matches.
 */

/** Filters of one kind are rarer than those of a later kind, by how many articles a typical value has. */
export const RARITY_ORDER: readonly TagKind[] = ['pair', 'entity', 'topic', 'country'];

/** Items each shard may evaluate per page when other filters are applied (times `limit + 1`). */
export const FILTER_BUDGET_FACTOR = 4;

/** At most this many filters in one query. */
export const MAX_FILTERS = 3;

export interface ShardQuery {
  readonly partition: string;
  /** `BETWEEN lower AND upper`, both inclusive. */
  readonly lower: string;
  readonly upper: string;
  /** DynamoDB `Limit`: items evaluated in this partition. */
  readonly limit: number;
  /** Tag references (`kind|value`) that `co` must contain; empty for a single filter. */
  readonly mustContain: readonly string[];
  /** Only items marked `focus` (the driving country is what the article is about). */
  readonly focusOnly?: true;
}

export interface ArticlesPlan {
  readonly driver: TagRef;
  readonly queries: readonly ShardQuery[];
  readonly limit: number;
  /** Sort key where the previous page ended: items at or after it were already evaluated. */
  readonly before?: string;
}

/** The one country filter as the driver (a `focus` query). */
export function countryDriver(filters: readonly TagRef[]): { driver: TagRef; others: TagRef[] } {
  const countries = filters.filter((ref) => ref.kind === 'country');
  const [driver] = countries;
  if (!driver || countries.length > 1) throw new Error('a focus query needs exactly one country filter');
  return { driver, others: filters.filter((ref) => ref !== driver) };
}

/** The filter to drive on: the rarest kind first, then the order given. */
export function chooseDriver(filters: readonly TagRef[]): { driver: TagRef; others: TagRef[] } {
  const ranked = filters
    .map((ref, i) => ({ ref, i }))
    .sort((a, b) => RARITY_ORDER.indexOf(a.ref.kind) - RARITY_ORDER.indexOf(b.ref.kind) || a.i - b.i);
  const [first, ...rest] = ranked;
  if (!first) throw new Error('at least one filter is required');
  return { driver: first.ref, others: rest.map((r) => r.ref) };
}

/**
 * With `focusOnly`, the one country filter drives whatever the others are, because only its own index
 * items say whether the article is about it; its items are then filtered too, so the read budget applies.
 */
export function planArticles(
  filters: readonly TagRef[],
  range: TimeRange,
  limit: number,
  before?: string,
  focusOnly = false,
): ArticlesPlan {
  const { driver, others } = focusOnly ? countryDriver(filters) : chooseDriver(filters);
  const mustContain = others.map(tagRefString);
  const filtered = mustContain.length > 0 || focusOnly;
  // The previous page's position is inclusive in BETWEEN, so a continuation reads that item again (merging
  // drops it): one more item keeps `limit + 1` new ones, or a shard that ends exactly at the page would
  // report more to read and hand out a cursor to an empty page.
  const reread = before !== undefined ? 1 : 0;
  const perShard = (filtered ? FILTER_BUDGET_FACTOR * (limit + 1) : limit + 1) + reread;
  const upper = before !== undefined && before < range.upper ? before : range.upper;
  const queries = Array.from({ length: INDEX_SHARDS[driver.kind] }, (_, shard) => ({
    partition: keys.indexPartition(driver, shard),
    lower: range.lower,
    upper,
    limit: perShard,
    mustContain,
    ...(focusOnly ? { focusOnly: true as const } : {}),
  }));
  return { driver, queries, limit, ...(before !== undefined ? { before } : {}) };
}

/** What one shard query returned: matching items newest first, and where evaluation stopped, if it did. */
export interface ShardPage<T extends { readonly sk: string }> {
  readonly items: readonly T[];
  /** Sort key of the last item evaluated, when the partition has more to read (LastEvaluatedKey). */
  readonly lastEvaluated?: string;
}

export interface MergedPage<T> {
  readonly items: T[];
  /** Position for the next page, or undefined when every shard is exhausted. */
  readonly next?: string;
}

/**
 * Merges shard pages newest first. An item may be returned only if no shard can still hold a newer one:
 * each unfinished shard has evaluated everything at or after its `lastEvaluated`, so items at or after
 * the highest such frontier are complete. The next page continues below the last item returned, or below
 * the frontier when fewer than `limit` items were complete.
 */
export function mergeShardPages<T extends { readonly sk: string }>(
  pages: readonly ShardPage<T>[],
  limit: number,
  before?: string,
): MergedPage<T> {
  const frontier = pages.reduce<string | undefined>(
    (max, page) =>
      page.lastEvaluated !== undefined && (max === undefined || page.lastEvaluated > max)
        ? page.lastEvaluated
        : max,
    undefined,
  );
  const complete = pages
    .flatMap((page) => page.items)
    .filter(
      (item) => (before === undefined || item.sk < before) && (frontier === undefined || item.sk >= frontier),
    )
    .sort((a, b) => (a.sk < b.sk ? 1 : a.sk > b.sk ? -1 : 0));
  const items = complete.slice(0, limit);
  if (complete.length > limit) return { items, next: items[items.length - 1]?.sk };
  return frontier !== undefined ? { items, next: frontier } : { items };
}

/**
 * A page as it is shown: newest first, and among articles published at the same instant (a feed without
 * dates gets one time for all its lines) the stronger match first (higher `score`), then as stored. Only
 * the order within the page changes: the page holds the same items and the cursor the same position, so
 * paging stays without gaps or repeats; a run of equal times split across two pages is ordered within each.
 */
export function shownOrder<T extends { readonly sk: string; readonly score?: number }>(
  items: readonly T[],
): T[] {
  const time = (item: T) => item.sk.slice(0, item.sk.lastIndexOf('#'));
  return items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => {
      const ta = time(a.item);
      const tb = time(b.item);
      if (ta !== tb) return ta < tb ? 1 : -1;
      return (b.item.score ?? 0) - (a.item.score ?? 0) || a.at - b.at;
    })
    .map(({ item }) => item);
}
