import type { ArticleRecordItem, IndexItem, StaleTags } from './items.js';
import {
  COUNT_SHARDS,
  type CountRef,
  dayOf,
  type ItemKey,
  keys,
  parseCountRef,
  shardOf,
  type TagRef,
} from './keys.js';

/** One conditional change of a count shard: add or remove one article's membership. */
export interface CountChange {
  readonly key: ItemKey;
  readonly ref: CountRef;
  readonly day: string;
  readonly shard: number;
  readonly aid: string;
}

/** Everything to write for one article, all of it idempotent. */
export interface ArticlePlan {
  readonly indexPuts: IndexItem[];
  readonly indexDeletes: ItemKey[];
  readonly countAdds: CountChange[];
  readonly countRemoves: CountChange[];
}

/** The memberships a record applied (`tags` at `publishedAt`) when it is APPLIED and TAGGED. */
export function appliedMemberships(record: ArticleRecordItem | undefined): StaleTags[] {
  if (record?.state !== 'APPLIED' || record.tags.length === 0) return [];
  return [{ publishedAt: record.publishedAt, tags: record.tags }];
}

/**
 * Every membership that may have items in the table: the record's own tags (applied, or being applied
 * when PENDING) and the stale ones an interrupted write had still to remove.
 */
export function possibleMemberships(record: ArticleRecordItem | undefined): StaleTags[] {
  if (!record) return [];
  const stale: StaleTags[] = record.stale ? (JSON.parse(record.stale) as StaleTags[]) : [];
  return mergeMemberships([{ publishedAt: record.publishedAt, tags: record.tags }, ...stale]);
}

/** Union of memberships, grouped by publication time, without duplicates or empty groups. */
export function mergeMemberships(groups: readonly StaleTags[]): StaleTags[] {
  const byTime = new Map<string, Set<string>>();
  for (const group of groups) {
    const set = byTime.get(group.publishedAt) ?? new Set<string>();
    for (const tag of group.tags) set.add(tag);
    byTime.set(group.publishedAt, set);
  }
  return [...byTime]
    .filter(([, tags]) => tags.size > 0)
    .map(([publishedAt, tags]) => ({ publishedAt, tags: [...tags].sort() }));
}

export function countChanges(aid: string, groups: readonly StaleTags[]): CountChange[] {
  return groups.flatMap((group) =>
    group.tags.map((text) => {
      const ref = parseCountRef(text);
      const day = dayOf(group.publishedAt);
      return { key: keys.count(ref, day, aid), ref, day, shard: shardOf(aid, COUNT_SHARDS[ref.kind]), aid };
    }),
  );
}

/** Index items of the memberships: one per tag (a focus country is counted, not indexed). */
export function indexKeys(aid: string, groups: readonly StaleTags[]): ItemKey[] {
  return groups.flatMap((group) =>
    group.tags.flatMap((text) => {
      const ref = parseCountRef(text);
      return ref.kind === 'focus' ? [] : [keys.index(ref as TagRef, aid, group.publishedAt)];
    }),
  );
}

const keyText = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

/**
 * Moves an article from whatever the table may hold (`possible`, of which `applied` is certainly there)
 * to `nextItems`: put every next index item, delete the possible ones that no longer apply, add the next
 * count memberships that are not certainly there, remove the possible ones that no longer apply.
 */
export function planArticle(
  aid: string,
  possible: readonly StaleTags[],
  applied: readonly StaleTags[],
  nextItems: readonly IndexItem[],
  next: readonly StaleTags[],
): ArticlePlan {
  const nextIndex = new Set(nextItems.map(keyText));
  const nextCounts = countChanges(aid, next);
  const nextCountKeys = new Set(nextCounts.map((c) => keyText(c.key)));
  const appliedCountKeys = new Set(countChanges(aid, applied).map((c) => keyText(c.key)));
  const uniqueBy = <T>(items: T[], key: (item: T) => string) => [
    ...new Map(items.map((item) => [key(item), item])).values(),
  ];
  return {
    indexPuts: [...nextItems],
    indexDeletes: uniqueBy(
      indexKeys(aid, possible).filter((k) => !nextIndex.has(keyText(k))),
      keyText,
    ),
    countAdds: nextCounts.filter((c) => !appliedCountKeys.has(keyText(c.key))),
    countRemoves: uniqueBy(
      countChanges(aid, possible).filter((c) => !nextCountKeys.has(keyText(c.key))),
      (c) => keyText(c.key),
    ),
  };
}

/**
 * What an overtaken write leaves behind: its memberships (`ours`) that the version which overtook it
 * (`theirs`) does not want. Removing them is safe whatever that version is still doing, because it only
 * adds memberships it wants.
 */
export function orphanedMemberships(
  aid: string,
  ours: readonly StaleTags[],
  theirs: readonly StaleTags[],
): { indexDeletes: ItemKey[]; countRemoves: CountChange[] } {
  const wantedIndex = new Set(indexKeys(aid, theirs).map(keyText));
  const wantedCounts = new Set(countChanges(aid, theirs).map((c) => keyText(c.key)));
  return {
    indexDeletes: indexKeys(aid, ours).filter((k) => !wantedIndex.has(keyText(k))),
    countRemoves: countChanges(aid, ours).filter((c) => !wantedCounts.has(keyText(c.key))),
  };
}
