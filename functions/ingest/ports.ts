import type { CatalogEntry } from '../core/records/build.js';
import type { CountChange } from '../core/records/diff.js';
import type {
  ArticleRecordItem,
  ArticleTombstoneItem,
  ClaimItem,
  IndexItem,
  ObjectRecordItem,
  StoredArticle,
} from '../core/records/items.js';
import type { ItemKey } from '../core/records/keys.js';

/**
 * What the ingest pipeline needs from the table. Every write is idempotent or conditional; a `false`
 * return means the condition failed (a newer event got there first, or the change was already made).
 * Implemented by the DynamoDB adapter and by an in-memory fake in the tests.
 */
export interface TagRepository {
  getObjectRecord(key: string): Promise<ObjectRecordItem | undefined>;
  /**
   * Writes if the stored record is still the one read: absent when `expectedSeq` is undefined, else
   * with that `seq` (compare-and-set, so an attempt never opens the ledger over a version it has not seen).
   */
  advanceObjectRecord(item: ObjectRecordItem, expectedSeq: string | undefined): Promise<boolean>;
  /** Writes if the stored record still has `item.seq`. */
  replaceObjectRecord(item: ObjectRecordItem): Promise<boolean>;

  /** The article record; undefined when there is none or only its tombstone. */
  getArticle(aid: string): Promise<ArticleRecordItem | undefined>;
  /** The article record or its tombstone. */
  getStoredArticle(aid: string): Promise<StoredArticle | undefined>;
  /**
   * Writes if what is stored is still `expected`, the item read before (compare-and-set on `seq`,
   * `state`, `taggerVersion` and `duplicateOf`; absence when undefined): a version never replaces one it
   * has not seen.
   */
  advanceArticle(item: ArticleRecordItem, expected: StoredArticle | undefined): Promise<boolean>;
  /** Writes if the stored record still has `item.seq` and is not a tombstone. */
  replaceArticle(item: ArticleRecordItem): Promise<boolean>;
  /**
   * Replaces the article by its tombstone if what is stored is still what was read: nothing when
   * `expectedSeq` is undefined, else an item with that `seq`.
   */
  buryArticle(tombstone: ArticleTombstoneItem, expectedSeq: string | undefined): Promise<boolean>;

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

  /**
   * Adds `aid` to the claim of `fp` (created if absent), making it the owner if there is none, in one
   * atomic write; returns the claim as it is after the write. Idempotent.
   */
  claim(fp: string, aid: string): Promise<ClaimItem>;
  getClaim(fp: string): Promise<ClaimItem | undefined>;
  /** Removes `aid` from the members if it is not the owner and the claim is still at `version`. */
  dropMember(fp: string, aid: string, version: number): Promise<boolean>;
  /**
   * The owner `from` leaves and `to` (a member) becomes the owner, marked `promoting`, in one write, if
   * the claim is still at `version`; false otherwise.
   */
  handOver(fp: string, from: string, to: string, version: number): Promise<boolean>;
  /** Deletes the claim if `aid` is its owner and only member and it is still at `version`. */
  releaseClaim(fp: string, aid: string, version: number): Promise<boolean>;
  /** Clears the `promoting` mark if it still names `aid`. */
  clearPromoting(fp: string, aid: string): Promise<void>;
  /** Writes the date a text was given as it leaves the table (`F#<fp>`/`D`, reaped at `expiresAt`). */
  traceText(fp: string, publishedAt: string, expiresAt: number): Promise<void>;
  /** The date `traceText` left for the text, if any and not past its `expiresAt` at `at` (epoch seconds). */
  tracedDate(fp: string, at: number): Promise<string | undefined>;
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
