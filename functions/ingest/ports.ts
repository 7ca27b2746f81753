import type { CatalogEntry } from '../core/records/build.js';
import type { CountChange } from '../core/records/diff.js';
import type { ArticleRecordItem, IndexItem, ObjectRecordItem } from '../core/records/items.js';
import type { ItemKey } from '../core/records/keys.js';

/**
 * What the ingest pipeline needs from the table. Every write is idempotent or conditional; a `false`
 * return means the condition failed (a newer event got there first, or the change was already made).
 * Implemented by the DynamoDB adapter and by an in-memory fake in the tests.
 */
export interface TagRepository {
  getObjectRecord(key: string): Promise<ObjectRecordItem | undefined>;
  /** Writes if the stored record is absent, has an older `seq`, or has the same `seq` and is PENDING. */
  advanceObjectRecord(item: ObjectRecordItem): Promise<boolean>;
  /** Writes if the stored record still has `item.seq`. */
  replaceObjectRecord(item: ObjectRecordItem): Promise<boolean>;

  getArticle(aid: string): Promise<ArticleRecordItem | undefined>;
  /** Writes if the stored record is absent or its `seq` is not newer than `item.seq`. */
  advanceArticle(item: ArticleRecordItem): Promise<boolean>;
  /** Writes if the stored record still has `item.seq`. */
  replaceArticle(item: ArticleRecordItem): Promise<boolean>;
  /** Deletes if the stored record still has `seq`. */
  deleteArticle(aid: string, seq: string): Promise<boolean>;

  /** Puts and deletes index items; resolves only when every one is written. */
  writeIndex(puts: readonly IndexItem[], deletes: readonly ItemKey[]): Promise<void>;
  /** Adds `aid` to the count shard; false if it was already a member. */
  addMember(change: CountChange): Promise<boolean>;
  /** Removes `aid` from the count shard; false if it was not a member. */
  removeMember(change: CountChange): Promise<boolean>;
  /** Creates or refreshes a catalog entry and moves its best-effort article count by `delta`. */
  upsertEntity(entry: CatalogEntry, delta: number): Promise<void>;
  /** Moves the best-effort article count of an existing catalog entry; no-op if there is none. */
  adjustEntityCount(entityId: string, delta: number): Promise<void>;
}

/** An S3 object as read by the ingest: bytes (capped) plus what S3 says about it. */
export interface FetchedObject {
  readonly bytes: Uint8Array;
  readonly eTag?: string;
  readonly versionId?: string;
  readonly contentType?: string;
  readonly contentEncoding?: string;
  readonly lastModified?: string;
  /** S3 user metadata, lower-case keys without the `x-amz-meta-` prefix. */
  readonly metadata: Readonly<Record<string, string>>;
}

export type ObjectRead =
  | { readonly kind: 'found'; readonly object: FetchedObject }
  | { readonly kind: 'missing' }
  | { readonly kind: 'too-large'; readonly size: number; readonly limit: number };

export interface ObjectSource {
  read(bucket: string, key: string): Promise<ObjectRead>;
}
