import { createHash } from 'node:crypto';
import { foldedLetters, withoutMarks } from '../text/chars.js';

/**
 * Key scheme of the single DynamoDB table (see docs/data-model.md). Pure: string building and hashing only.
 *
 * Base table: `pk` (S), `sk` (S). Three global secondary indexes, all sparse and projecting only small
 * attributes so that count items (which carry member sets) stay cheap to read:
 * - `gsi1` (`g1pk`, `g1sk`): daily count series per tag (trends) and failed ingests by month.
 * - `gsi2` (`g2pk`, `g2sk` number): count shards per kind, day and bucket, ordered by count (top-N).
 * - `gsi3` (`g3pk`, `g3sk`): the entity catalog by normalised name (prefix lookup).
 */

export const TAG_KINDS = ['entity', 'topic', 'country', 'pair'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/**
 * What is counted (count shards, count series, daily tops): the tag kinds, and `focus`, the countries an
 * article is *about* (`focus: true` in its result) — counted only, never indexed: `/articles?focus=true`
 * reads the country's index items, which carry `focus`. `/top?kind=country&focus=true` and
 * `/trends?country=XX&focus=true` read the `focus` counts (since 2026-12-01).
 */
export const COUNT_KINDS = [...TAG_KINDS, 'focus'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

/** One tag of an article, the unit of indexing and counting: `{kind: 'country', value: 'US'}`. */
export interface TagRef {
  readonly kind: TagKind;
  readonly value: string;
}

/** A counted value: a tag, or a focus country (`{kind: 'focus', value: 'US'}`). */
export interface CountRef {
  readonly kind: CountKind;
  readonly value: string;
}

/**
 * Write sharding of "articles by tag" partitions. A page of L articles reads at most shards × (L + 1)
 * items. Arithmetic in docs/data-model.md ("Hot keys").
 */
export const INDEX_SHARDS: Readonly<Record<TagKind, number>> = { entity: 2, topic: 4, country: 4, pair: 2 };

/**
 * Sharding of daily count items. Each count item holds its members' short ids, so sharding keeps a hot
 * value's item (and therefore the write units of every update, which scale with item size) small.
 */
export const COUNT_SHARDS: Readonly<Record<CountKind, number>> = {
  entity: 4,
  topic: 16,
  country: 16,
  pair: 8,
  focus: 16,
};

/** Count shards are spread over this many top-N partitions per kind and day (`shard % TOP_BUCKETS`). */
export const TOP_BUCKETS = 4;

/**
 * Most index items an article writes per kind (strongest first); the rest stay in the article record.
 * Each indexed tag costs an index item, a count-shard update and, for entities, a catalog update.
 */
export const MAX_INDEXED: Readonly<Record<TagKind, number>> = {
  entity: 20,
  topic: 8,
  country: 12,
  pair: 12,
};

export const TABLE_KEY = { partition: 'pk', sort: 'sk' } as const;

/**
 * Longest `articleId` (UTF-8 bytes) an article record puts in gsi3 for the lookup by publisher id: a
 * partition key value may take 2,048 bytes; a longer id is found with `key` only.
 */
export const SOURCE_ID_INDEX_MAX = 1024;

/** Partition key prefix of the daily tops (`R#<kind>`), the only items the rollup function may write. */
export const DAY_TOP_PREFIX = 'R#';

export interface GlobalIndexDefinition {
  readonly name: 'gsi1' | 'gsi2' | 'gsi3';
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly sortKeyType: 'S' | 'N';
  /** Non-key attributes projected (projection type INCLUDE). */
  readonly include: readonly string[];
}

export const GLOBAL_INDEXES: readonly GlobalIndexDefinition[] = [
  {
    name: 'gsi1',
    partitionKey: 'g1pk',
    sortKey: 'g1sk',
    sortKeyType: 'S',
    include: ['kind', 'value', 'day', 'n', 'aid', 'articleId', 'key', 'reason', 'message', 'failedAt'],
  },
  {
    name: 'gsi2',
    partitionKey: 'g2pk',
    sortKey: 'g2sk',
    sortKeyType: 'N',
    include: ['kind', 'value', 'day'],
  },
  {
    name: 'gsi3',
    partitionKey: 'g3pk',
    sortKey: 'g3sk',
    sortKeyType: 'S',
    include: ['entityId', 'name', 'entityType', 'articleCount'],
  },
];

// A type alias (not an interface) so that keys are assignable to `Record<string, unknown>` (SDK key maps).
export type ItemKey = {
  readonly pk: string;
  readonly sk: string;
};

/**
 * Short article id: 16 base64url characters (96 bits) of SHA-256 of the article id. URL-safe, used as the
 * public id (`GET /articles/{aid}`) and as the member id in count sets.
 */
export function shortId(articleId: string): string {
  return createHash('sha256').update(articleId, 'utf8').digest('base64url').slice(0, 16);
}

/** Content hash of an object's bytes (hex SHA-256), used to detect re-deliveries of identical content. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Stable shard in [0, n) from a short id (FNV-1a, 32 bit). The same article always lands on the same shard. */
export function shardOf(aid: string, n: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < aid.length; i++) {
    hash ^= aid.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % n;
}

/**
 * Case- and accent-insensitive form of a name for prefix lookup: "Zürich  AG" → "zurich ag", "Søren" →
 * "soren", "U.S. Chamber" → "us chamber", "China's" → "chinas" (an apostrophe or full stop after a letter
 * joins, so "us" finds "U.S." and "obrien" finds "O'Brien").
 */
export function normalizeName(name: string): string {
  return foldedLetters(withoutMarks(name.normalize('NFKD')).toLowerCase())
    .replace(/(?<=[\p{L}\p{N}])['\u2019.]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Names are grouped by their first two normalised characters; a lookup needs a prefix of at least 1. */
export function namePartition(normalizedPrefix: string): string {
  return `N#${normalizedPrefix.slice(0, 2)}`;
}

/** UTC day of an ISO timestamp: `2026-11-29`. */
export function dayOf(isoTimestamp: string): string {
  return new Date(isoTimestamp).toISOString().slice(0, 10);
}

/** ISO timestamp normalised to UTC with milliseconds, so that sort keys order lexicographically by time. */
export function canonicalTime(isoTimestamp: string): string {
  return new Date(isoTimestamp).toISOString();
}

export function tagRefString(ref: CountRef): string {
  return `${ref.kind}|${ref.value}`;
}

export function parseTagRef(text: string): TagRef {
  const ref = parseCountRef(text);
  if (ref.kind === 'focus') throw new Error(`not a tag reference: ${text}`);
  return ref as TagRef;
}

/** A reference of an article record's `tags`: a tag (`country|US`), or a focus country (`focus|US`). */
export function parseCountRef(text: string): CountRef {
  const bar = text.indexOf('|');
  const kind = text.slice(0, bar) as CountKind;
  if (bar < 0 || !COUNT_KINDS.includes(kind)) throw new Error(`not a tag reference: ${text}`);
  return { kind, value: text.slice(bar + 1) };
}

export const keys = {
  /** The article record: metadata, status, the tag result. `GET /articles/{aid}` is one GetItem. */
  article: (aid: string): ItemKey => ({ pk: `A#${aid}`, sk: 'A' }),
  /** Per S3 key: last applied sequencer, ETag/version, content hash, the article ids the object produced. */
  object: (objectKey: string): ItemKey => ({ pk: `O#${objectKey}`, sk: 'O' }),
  /**
   * Claim of a story's fingerprint: which article is listed and counted (`owner`) among the articles with
   * that text (`m`). See docs/data-model.md, "Duplicates across keys".
   */
  claim: (fp: string): ItemKey => ({ pk: `F#${fp}`, sk: 'F' }),
  /**
   * The date a story's text was given, left when its last article is removed (with a TTL): a copy of the
   * text whose event comes after the delete (`aws s3 mv` handled out of order) is dated by it.
   */
  trace: (fp: string): ItemKey => ({ pk: `F#${fp}`, sk: 'D' }),
  /** Entity catalog entry. */
  entity: (entityId: string): ItemKey => ({ pk: `E#${entityId}`, sk: 'E' }),
  /** A person's later name (surname) in the catalog's gsi3, so a lookup by its start finds the person. */
  entityWord: (entityId: string, word: string): ItemKey => ({ pk: `E#${entityId}`, sk: `W#${word}` }),

  /** Partition of "articles with this tag", one of INDEX_SHARDS[kind]. */
  indexPartition: (ref: TagRef, shard: number): string => `I#${ref.kind}#${ref.value}#${shard}`,
  /** Sort key: newest first with ScanIndexForward=false; ranges with BETWEEN `${from}` AND `${to}~`. */
  indexSort: (publishedAt: string, aid: string): string => `${canonicalTime(publishedAt)}#${aid}`,
  index: (ref: TagRef, aid: string, publishedAt: string): ItemKey => ({
    pk: keys.indexPartition(ref, shardOf(aid, INDEX_SHARDS[ref.kind])),
    sk: keys.indexSort(publishedAt, aid),
  }),

  countPartition: (ref: CountRef, shard: number): string => `C#${ref.kind}#${ref.value}#${shard}`,
  count: (ref: CountRef, day: string, aid: string): ItemKey => ({
    pk: keys.countPartition(ref, shardOf(aid, COUNT_SHARDS[ref.kind])),
    sk: `D#${day}`,
  }),
  /** gsi1 partition holding every count shard of one tag: Query g1sk BETWEEN `${from}` AND `${to}~`. */
  countSeries: (ref: CountRef): string => `C#${ref.kind}#${ref.value}`,
  countSeriesSort: (day: string, shard: number): string => `${day}#${String(shard).padStart(2, '0')}`,
  /** gsi2 partition: count shards of one kind and day, ordered by their count. */
  topPartition: (kind: CountKind, day: string, bucket: number): string => `TOP#${kind}#${day}#${bucket}`,
  /**
   * Daily top of one kind, built from that day's count shards by the rollup (functions/rollup): a range's
   * top-N reads one item per day (Query `sk BETWEEN from AND to`).
   */
  dayTop: (kind: CountKind, day: string): ItemKey => ({ pk: keys.dayTopPartition(kind), sk: day }),
  dayTopPartition: (kind: CountKind): string => `${DAY_TOP_PREFIX}${kind}`,

  /** gsi1 partition of failed ingests in one month; sort key `${failedAt}#${aid}`. */
  failurePartition: (month: string): string => `FAIL#${month}`,
  /**
   * gsi3 partition of the articles that give one publisher id (`articleId`), sort key their short id:
   * `GET /articles/{articleId}` without `key` (since 2026-12-01). `ID#` never meets the catalog's `N#`.
   */
  sourceIdPartition: (articleId: string): string => `ID#${articleId}`,
  /** gsi3 sort key of a catalog entry. */
  nameSort: (normalizedName: string, entityId: string): string => `${normalizedName}#${entityId}`,
  /**
   * gsi3 sort key of a person's later name: `takaichi!sanae takaichi#person:sanae-takaichi`. A normalised
   * name holds no `!`, so a position tells a name item from a word item (`wordOfNameSort`); and `!` sorts
   * below letters and digits, so "smith!…" comes before "smithers!…".
   */
  wordSort: (word: string, normalizedName: string, entityId: string): string =>
    `${word}!${normalizedName}#${entityId}`,
};

/** The later name a gsi3 sort key was written for, or undefined for a catalog entry's own name. */
export function wordOfNameSort(sortKey: string): string | undefined {
  const mark = sortKey.indexOf('!');
  return mark < 0 ? undefined : sortKey.slice(0, mark);
}
