import { gunzipSync, gzipSync } from 'node:zlib';
import { itemSize } from '../core/records/item-size.js';
import type { ArticleRecordItem, ObjectRecordItem } from '../core/records/items.js';
import type { DecodedArticle } from './decode.js';

/**
 * The articles an object keeps from its earlier versions: the items of an XML feed named by their own id
 * (guid, entry id) that a later fetch, uploaded under the same key, no longer holds. A feed rolls its
 * old items off; the stories were published and ingested, so they stay listed until the object itself is
 * deleted (or a later fetch holds the item again and re-tags it). Most recently in the feed first; at
 * most `room`, so the object record stays bounded: past it, those that left the feed longest ago go.
 * Only an applied version's items are kept: an interrupted attempt's may be half written. Pure.
 */
export function keptFromEarlier(
  stored: ObjectRecordItem | undefined,
  inObject: ReadonlySet<string>,
  room: number,
): string[] {
  if (stored === undefined || stored.state === 'DELETED' || room <= 0) return [];
  const earlier = new Set([
    ...(stored.state === 'APPLIED' ? (stored.itemAids ?? []) : []),
    ...(stored.keptAids ?? []),
  ]);
  return [...earlier].filter((aid) => !inObject.has(aid)).slice(0, room);
}

/**
 * Most bytes (DynamoDB's item size) of an article record that keeps its feed item's text: under DynamoDB's
 * 400 KB item limit with room for what later writes of the record add (`stale` memberships, `leaving`, a
 * promotion's tags: a few KB). A feed item's text is kept whenever the record with it fits, so only an item
 * of about a megabyte of text (or one whose tags fill the record) is not (was a flat 64 KB packed).
 */
export const KEPT_RECORD_MAX_BYTES = 380 * 1024;

type FeedItem = Extract<DecodedArticle, { kind: 'article' }>;

/**
 * What re-tagging a feed item needs once it has rolled off the feed (its text is then in no object):
 * the decoded item, gzipped and base64-encoded, stored on its record as `itemGz` (when it fits: `withItem`).
 */
export function packItem(item: FeedItem): string {
  const { kind: _k, line: _l, ...rest } = item;
  return gzipSync(JSON.stringify(rest)).toString('base64');
}

/** The record with its packed item as `itemGz` when the two fit in `KEPT_RECORD_MAX_BYTES`, else as it is. */
export function withItem<T extends object>(
  record: T,
  itemGz: string | undefined,
): T | (T & { itemGz: string }) {
  if (itemGz === undefined) return record;
  return itemSize(record) + ITEM_GZ_NAME_BYTES + itemGz.length <= KEPT_RECORD_MAX_BYTES
    ? { ...record, itemGz }
    : record;
}

const ITEM_GZ_NAME_BYTES = 'itemGz'.length;

/** The decoded item a record keeps (`packItem`), to be tagged again; undefined when it keeps none. */
export function unpackItem(record: ArticleRecordItem | undefined): FeedItem | undefined {
  if (record?.itemGz === undefined) return undefined;
  const rest = JSON.parse(gunzipSync(Buffer.from(record.itemGz, 'base64')).toString('utf8'));
  return { ...rest, kind: 'article' } as FeedItem;
}
