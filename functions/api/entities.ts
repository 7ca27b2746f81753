import type * as z from 'zod';
import type { NameRow } from '../adapters/query-repository.js';
import type { EntityType } from '../core/entity-types.js';
import { COOCCURRENCE_SAMPLE, COOCCURRENCE_TOP, coOccurring } from '../core/query/cooccurrence.js';
import { queryBinding } from '../core/query/cursor.js';
import { planNamePrefix, TYPE_FILTER_BUDGET_FACTOR } from '../core/query/names.js';
import { EARLIEST, LATEST } from '../core/query/range.js';
import { total } from '../core/query/trends.js';
import { INDEX_SHARDS, keys } from '../core/records/keys.js';
import { type RequestContext, readCursor, writeCursor } from './context.js';
import { badParameter, notFound } from './http.js';
import { DEFAULT_LIMIT, PREFIX_MESSAGE } from './limits.js';
import type { EntitySearchQuery } from './requests.js';

/**
 * Count items read, at most, for an entity's exact article count: its whole count series (days × 4
 * shards). An entity in the news on more days than this gets the catalog's best-effort count instead.
 */
export const ENTITY_SERIES_BOUND = 1_000;

export async function searchEntities(ctx: RequestContext, query: z.output<typeof EntitySearchQuery>) {
  const plan = planNamePrefix(query.prefix);
  if (!plan) throw badParameter('prefix', `prefix ${PREFIX_MESSAGE}`);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const binding = queryBinding(['entities', plan.prefix, query.type]);
  const after = readCursor(
    ctx,
    query.cursor,
    binding,
    (position) => position.startsWith(plan.prefix) && position.includes('#'),
  );
  const budget = query.type ? TYPE_FILTER_BUDGET_FACTOR * (limit + 1) : limit + 1;
  const page = await ctx.repository.queryNames(plan, budget, query.type, after);
  const rows = page.items.slice(0, limit);
  const next = page.items.length > limit ? rows[rows.length - 1]?.g3sk : page.lastEvaluated;
  const counts = await countsOfLaterNames(ctx, rows);
  const listed = new Set<string>();
  return {
    // The catalog keeps an entity whose articles were all deleted (its count at 0), for the day another
    // article names it; a retracted story's names are not offered meanwhile. A person found by both the
    // start of the name and a surname ("Tan Tan") is listed once.
    items: rows.flatMap((row) => {
      const articleCount = row.articleCount ?? counts.get(row.entityId) ?? 0;
      if (articleCount <= 0 || listed.has(row.entityId)) return [];
      listed.add(row.entityId);
      return [{ id: row.entityId, name: row.name, type: row.entityType, articleCount }];
    }),
    nextCursor: writeCursor(ctx, binding, next),
  };
}

/** Counts of the people a page found by a later name (their items carry none): one BatchGetItem. */
async function countsOfLaterNames(
  ctx: RequestContext,
  rows: readonly NameRow[],
): Promise<Map<string, number>> {
  const ids = rows.filter((row) => row.articleCount === undefined).map((row) => row.entityId);
  if (ids.length === 0) return new Map();
  const entries = await ctx.repository.getEntities(ids);
  return new Map(entries.map((entry) => [entry.entityId, entry.articleCount]));
}

/** One entity; with `type`, its co-occurring entities are of that type only (people, organisations, …). */
export async function getEntity(ctx: RequestContext, entityId: string, type?: EntityType) {
  const ref = { kind: 'entity' as const, value: entityId };
  const perShard = Math.ceil(COOCCURRENCE_SAMPLE / INDEX_SHARDS.entity) + 1;
  const [entity, series, recent] = await Promise.all([
    ctx.repository.getEntity(entityId),
    ctx.repository.queryCountSeries(ref, EARLIEST, LATEST, ENTITY_SERIES_BOUND),
    Promise.all(
      Array.from({ length: INDEX_SHARDS.entity }, (_, shard) =>
        ctx.repository.queryIndex({
          partition: keys.indexPartition(ref, shard),
          lower: EARLIEST,
          upper: `${LATEST}~`,
          limit: perShard,
          mustContain: [],
        }),
      ),
    ),
  ]);
  if (!entity) throw notFound(`no entity with id "${entityId}"`);
  const count = series.complete ? total(series.items) : entity.articleCount;
  if (count === 0 && recent.every((page) => page.items.length === 0))
    throw notFound(`no article names the entity "${entityId}" (any more)`);
  // A sample, not a page: the newest items of both shards, whether or not a shard has older ones unread.
  const sample = recent
    .flatMap((page) => page.items)
    .sort((a, b) => (a.sk < b.sk ? 1 : -1))
    .slice(0, COOCCURRENCE_SAMPLE)
    .map((row) => row.co ?? []);
  const topEntities = coOccurring(sample, 'entity', entityId, COOCCURRENCE_TOP, type ? `${type}:` : '');
  const names = new Map(
    (await ctx.repository.getEntities(topEntities.map((e) => e.value))).map((e) => [e.entityId, e]),
  );
  return {
    id: entity.entityId,
    name: entity.name,
    type: entity.entityType,
    aliases: [...(entity.aliases ?? [])].sort(),
    articleCount: count,
    articleCountExact: series.complete,
    cooccurrence: {
      sampleSize: sample.length,
      entities: topEntities.map((e) => {
        const known = names.get(e.value);
        return {
          id: e.value,
          ...(known ? { name: known.name, type: known.entityType } : {}),
          count: e.count,
        };
      }),
      countries: coOccurring(sample, 'country', '').map((c) => ({ code: c.value, count: c.count })),
    },
  };
}
