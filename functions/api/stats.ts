import type * as z from 'zod';
import {
  candidateLimit,
  daysWithoutTop,
  dayTopShards,
  entityTypeFilter,
  freshDayTops,
  planTopCandidates,
  rankCandidates,
  rankTotals,
  shardLabels,
  uncertainValues,
} from '../core/query/top.js';
import { dailyCounts, seriesItemBound, total } from '../core/query/trends.js';
import type { CountKind, CountRef } from '../core/records/keys.js';
import { filterRefs } from './articles.js';
import { checkedRange, type RequestContext } from './context.js';
import { badParameter } from './http.js';
import {
  DEFAULT_LIMIT,
  DEFAULT_TOP_DAYS,
  DEFAULT_TREND_DAYS,
  MAX_TOP_DAYS,
  MAX_TREND_DAYS,
  topicLabel,
} from './limits.js';
import type { TopQuery, TrendsQuery } from './requests.js';

export async function trends(ctx: RequestContext, query: z.output<typeof TrendsQuery>) {
  const refs = filterRefs(query);
  const [ref, second] = refs;
  if (!ref) throw badParameter('filter', 'give one filter: entity, topic, country or pair');
  if (second) throw badParameter(second.kind, 'trends take exactly one filter');
  const focus = query.focus === true;
  if (focus && ref.kind !== 'country')
    throw badParameter('focus', 'focus applies to a country filter: /trends?country=XX&focus=true');
  const range = checkedRange(query.from, query.to, MAX_TREND_DAYS, {
    today: ctx.today,
    days: DEFAULT_TREND_DAYS,
  });
  // With focus, the series of the articles about the country (their `focus|XX` memberships).
  const counted: CountRef = focus ? { kind: 'focus', value: ref.value } : ref;
  const bound = seriesItemBound(counted, range.fromDay, range.toDay);
  const series = await ctx.repository.queryCountSeries(counted, range.fromDay, range.toDay, bound);
  const items = withoutComingDays(dailyCounts(series.items, range.fromDay, range.toDay), ctx.today);
  return {
    filter: { kind: ref.kind, value: ref.value, ...(focus ? { focus: true as const } : {}) },
    from: range.fromDay,
    to: items.at(-1)?.day ?? range.toDay,
    total: total(series.items),
    items,
  };
}

/**
 * The days up to today, and after it only up to the last one with a count (an article dated ahead): a
 * day that has not come is not a zero, which a chart would draw as the news stopping.
 */
function withoutComingDays<T extends { day: string; count: number }>(items: T[], today: string): T[] {
  let end = items.length;
  while (end > 0 && (items[end - 1] as T).day > today && (items[end - 1] as T).count === 0) end--;
  return end === items.length ? items : items.slice(0, end);
}

/** A topic's label: its daily top's, or for a topic counted only live, the API's own topic table's. */
function labelOf(value: string, fromDayTops: ReadonlyMap<string, string>): { label?: string } {
  const label = fromDayTops.get(value) ?? topicLabel(value);
  return label === undefined ? {} : { label };
}

export async function top(ctx: RequestContext, query: z.output<typeof TopQuery>) {
  const range = checkedRange(query.from, query.to, MAX_TOP_DAYS, {
    today: ctx.today,
    days: DEFAULT_TOP_DAYS,
  });
  const limit = query.limit ?? DEFAULT_LIMIT;
  const focus = query.focus === true;
  if (focus && query.kind !== 'country')
    throw badParameter('focus', 'focus applies to kind=country: /top?kind=country&focus=true');
  if (query.type !== undefined && query.kind !== 'entity')
    throw badParameter('type', 'type applies to kind=entity: /top?kind=entity&type=person');
  const entities = query.kind === 'entity';
  const keep = entities ? entityTypeFilter(query.type) : () => true;
  // With focus, the counts of the countries articles are about (their own daily tops and count shards).
  const kind: CountKind = focus ? 'focus' : query.kind;
  const dayTops = freshDayTops(await ctx.repository.queryDayTops(kind, range.fromDay, range.toDay), ctx.now);
  const liveDays = daysWithoutTop(range.fromDay, range.toDay, dayTops);
  const partitions = planTopCandidates(kind, liveDays, entities ? candidateLimit(limit, query.type) : limit);
  const pages = await Promise.all(
    partitions.map((p) => ctx.repository.queryTopPartition(p.partition, p.limit)),
  );
  const topShards = dayTopShards(dayTops);
  const shards = [...topShards, ...pages.flatMap((page) => page.items)];
  const candidates = rankCandidates(
    shards.filter((shard) => keep(shard.value)),
    limit,
  );
  // Only candidates whose partial sum may miss counts get their exact total from the count series.
  const uncertain = uncertainValues(
    candidates,
    dayTops,
    topShards,
    pages.every((page) => page.complete),
  );
  const exact = uncertain.size === 0;
  const totals = await Promise.all(
    candidates.map(async (candidate) => {
      if (!uncertain.has(candidate.value)) return candidate;
      const ref = { kind, value: candidate.value };
      const bound = seriesItemBound(ref, range.fromDay, range.toDay);
      const series = await ctx.repository.queryCountSeries(ref, range.fromDay, range.toDay, bound);
      return { value: candidate.value, count: total(series.items) };
    }),
  );
  // Totals read live from the count series are current: only sums of daily tops are as of their rollup.
  // (Any candidate read live makes the whole answer current as of now for that value: no single `asOf`.)
  const asOf = exact
    ? dayTops.reduce<string | undefined>(
        (oldest, t) => (oldest === undefined || t.builtAt < oldest ? t.builtAt : oldest),
        undefined,
      )
    : undefined;
  const ranked = rankTotals(totals);
  const names = entities
    ? new Map((await ctx.repository.getEntities(ranked.map((r) => r.value))).map((e) => [e.entityId, e.name]))
    : new Map<string, string>();
  const labels = shardLabels(topShards);
  return {
    kind: query.kind,
    ...(focus ? { focus: true as const } : {}),
    ...(query.type !== undefined ? { type: query.type } : {}),
    from: range.fromDay,
    to: range.toDay,
    items: ranked.map((r) => ({
      value: r.value,
      ...(names.has(r.value) ? { name: names.get(r.value) } : {}),
      ...(query.kind === 'topic' ? labelOf(r.value, labels) : {}),
      count: r.count,
    })),
    ...(asOf !== undefined ? { asOf } : {}),
  };
}
