import type { ObjectRecordItem } from '../core/records/items.js';

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
