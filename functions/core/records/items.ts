import type { EntityType } from '../schema.js';
import type { TagKind } from './keys.js';

/** Reason codes of a failed ingest. Stable strings: they appear in the API and in dashboards. */
export const FAILURE_REASONS = [
  'TOO_LARGE',
  'DECOMPRESSED_TOO_LARGE',
  'BAD_GZIP',
  'BINARY',
  'INVALID_UTF8',
  'EMPTY',
  'UNPARSEABLE',
  'BAD_METADATA',
  'UNSUPPORTED_TYPE',
  'TOO_MANY_ARTICLES',
  'TAGGING_FAILED',
  'DUPLICATE_ID',
  'INVALID_JSON',
  'MISSING_BODY',
  'INVALID_FIELD',
  'INVALID_XML',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number] | (string & {});

/** Where an article came from and which S3 event version produced it. */
export interface Provenance {
  /** S3 object key, URL-decoded. */
  readonly key: string;
  /** S3 `sequencer` of the event that produced this state (hex, compared after padding). */
  readonly seq: string;
  readonly versionId?: string;
  readonly eTag?: string;
  /** SHA-256 of the object's bytes as stored (before decompression). */
  readonly contentHash: string;
}

export interface ArticleRecordItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'article';
  readonly aid: string;
  /** The article's own id: the S3 key, a `.jsonl` line's `id` field, or `key#line`. */
  readonly articleId: string;
  readonly key: string;
  /** 1-based line of a `.jsonl` object. */
  readonly line?: number;
  readonly status: 'TAGGED' | 'FAILED';
  /** PENDING while index items and counts are being written; `stale` lists what may still need removing. */
  readonly state: 'APPLIED' | 'PENDING';
  readonly seq: string;
  readonly versionId?: string;
  readonly eTag?: string;
  readonly contentHash: string;
  readonly taggerVersion: string;
  /** ISO, UTC. From the article, else S3 metadata `published-at`, else the S3 event time. */
  readonly publishedAt: string;
  readonly day: string;
  readonly title?: string;
  /** A story without a title: its first sentence, at most 160 characters (records/lead.ts). */
  readonly lead?: string;
  readonly url?: string;
  readonly source?: string;
  readonly language?: string;
  /** Tag references (`kind|value`) that have index items and count memberships. */
  readonly tags: string[];
  /** JSON of StaleTags[]: memberships of earlier versions still to remove (only while PENDING). */
  readonly stale?: string;
  /** Fingerprint of the title and body (`fingerprint`) of a TAGGED article: its claim is `F#<fp>`. */
  readonly fp?: string;
  /**
   * Hash of what the decoder gave for this article (ingest/unchanged.ts): a later version of its object
   * with the same article (a feed whose `lastBuildDate` moved) only moves the provenance.
   */
  readonly articleHash?: string;
  /**
   * Set when the last version of its object held this article unchanged (ingest/unchanged.ts): only the
   * provenance moved, nothing was tagged. Absent after a write that tagged it. `newstag ingest` says so.
   */
  readonly unchanged?: true;
  /**
   * A feed item named by its own id: the decoded item, gzip+base64 (ingest/kept.ts), so that it can be
   * tagged again (`reprocess`, the backfill, a new tagger) after it rolled off the feed and its text left
   * the object. Absent on other articles and on items over 64 KB packed.
   */
  readonly itemGz?: string;
  /**
   * Set on a copy: the aid of the article with the same fingerprint that was listed and counted when the
   * copy was written (the claim `F#<fp>` says who is now: an owner that leaves hands over without
   * rewriting the other copies). A copy has no index items, count memberships or catalog increments
   * (`tags` is empty).
   */
  readonly duplicateOf?: string;
  /** Fingerprints whose claims this article still has to leave (only while PENDING). */
  readonly leaving?: string[];
  /** A PENDING record written by the promotion of a copy (not by an event of its key): see promote. */
  readonly promotion?: true;
  /** TagResult as JSON text, or gzip+base64 in `resultGz` when large. */
  readonly result?: string;
  readonly resultGz?: string;
  /** True when mentions/evidence were capped so the item stays well under 400 KB. */
  readonly truncated?: boolean;
  readonly reason?: FailureReason;
  readonly message?: string;
  readonly failedAt?: string;
  readonly g1pk?: string;
  readonly g1sk?: string;
  /** gsi3: `ID#<articleId>` / `<aid>`, the lookup by the publisher's id (absent for an id over 1 KB). */
  readonly g3pk?: string;
  readonly g3sk?: string;
  readonly updatedAt: string;
}

/**
 * What is left of an article that its object dropped (a `.jsonl` line that disappeared, or the object was
 * deleted): the sequencer that removed it, so that an older attempt of the same object still in flight
 * cannot recreate it (its conditional write finds a newer `seq`). Never returned by the API and never
 * indexed; `expiresAt` lets a TTL reap it once no older event can arrive (see docs/data-model.md).
 */
export interface ArticleTombstoneItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'article';
  readonly aid: string;
  /** The S3 key whose event removed the article: a tombstone only holds back that key's older events. */
  readonly key: string;
  readonly seq: string;
  readonly state: 'DELETED';
  readonly updatedAt: string;
  /** Epoch seconds. */
  readonly expiresAt: number;
}

/** What the table holds under an article's key: a record, or the tombstone of a removed article. */
export type StoredArticle = ArticleRecordItem | ArticleTombstoneItem;

export function isTombstone(item: StoredArticle | undefined): item is ArticleTombstoneItem {
  return item?.state === 'DELETED';
}

/** Memberships that an earlier version of an article held: enough to rebuild its index and count keys. */
export interface StaleTags {
  readonly publishedAt: string;
  readonly tags: string[];
}

/**
 * An article under one tag. Kind and value are in `pk` (`I#<kind>#<value>#<shard>`), publication time and
 * short id in `sk` (`<publishedAt>#<aid>`): the item does not repeat them (see docs/data-model.md).
 */
export interface IndexItem {
  readonly pk: string;
  readonly sk: string;
  readonly articleId: string;
  readonly title?: string;
  readonly lead?: string;
  readonly source?: string;
  readonly language?: string;
  /** Salience (entities, countries) or score (topics, pairs) of this tag in the article. */
  readonly score: number;
  /** Present on a country's item when the article is about that country (its `focus`); absent otherwise. */
  readonly focus?: true;
  /** Codes (`coCode`) of the article's other indexed tags, for a second filter (`contains(co, :code)`). */
  readonly co: string[];
}

/**
 * The claim of a fingerprint (`F#<fp>`): `owner` is the one article with this text that is listed and
 * counted, `m` every article with it (owner included). `promoting` names a member being promoted after
 * its owner left, until its index items and memberships are written.
 */
export interface ClaimItem {
  readonly owner: string;
  readonly members: readonly string[];
  readonly promoting?: string;
  /**
   * Bumped by every change of owner or members (`v`): a member leaves only on the claim it read, so an
   * article that claims the text again meanwhile is not dropped.
   */
  readonly version: number;
}

export interface CountItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'count';
  readonly kind: TagKind;
  readonly value: string;
  readonly day: string;
  readonly shard: number;
  /** Number of members; equals the size of `m`. */
  readonly n: number;
  /** Short ids of the articles counted (a string set; absent when empty). */
  readonly m?: Set<string>;
  readonly g1pk: string;
  readonly g1sk: string;
  readonly g2pk: string;
  /** Same as `n`, as the gsi2 sort key. */
  readonly g2sk: number;
}

export interface CatalogItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'entity';
  readonly entityId: string;
  readonly name: string;
  readonly entityType: EntityType;
  readonly aliases?: Set<string>;
  /** Best effort (see docs/data-model.md); exact counts come from the count series. */
  readonly articleCount: number;
  readonly g3pk: string;
  readonly g3sk: string;
}

/**
 * A person's later name (surname) filed in the catalog index (gsi3) beside the entry's own name, so that
 * `/entities?prefix=takai` finds Sanae Takaichi. No count: the lookup reads it from the entry.
 */
export interface CatalogWordItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'entityWord';
  readonly entityId: string;
  readonly name: string;
  readonly entityType: EntityType;
  readonly g3pk: string;
  readonly g3sk: string;
}

export interface ObjectRecordItem {
  readonly pk: string;
  readonly sk: string;
  readonly recordType: 'object';
  readonly key: string;
  readonly seq: string;
  readonly versionId?: string;
  readonly eTag?: string;
  readonly contentHash?: string;
  readonly taggerVersion?: string;
  /** PENDING while its articles are written; DELETED is a tombstone that rejects older events. */
  readonly state: 'APPLIED' | 'PENDING' | 'DELETED';
  /** Short ids of the articles the object produced (one, or one per `.jsonl` line). */
  readonly aids: string[];
  /** Short ids produced by an earlier version that may still need deleting (only while PENDING). */
  readonly staleAids?: string[];
  /** Of `aids`, the XML feed items named by their own id: kept when a later fetch no longer holds them. */
  readonly itemAids?: string[];
  /** Feed items of earlier versions this one no longer holds: still listed; removed with the object. */
  readonly keptAids?: string[];
  readonly updatedAt: string;
  /** Epoch seconds; set on tombstones so a TTL can reap them once no older event can still arrive. */
  readonly expiresAt?: number;
}
