import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { BATCH_GET_KEYS, getObjectRecords } from '../adapters/dynamo-repository.js';
import type { ObjectRecordItem } from '../core/records/items.js';
import { forEachLimited } from '../ingest/concurrency.js';
import { decodeS3Key, matchesFilter, unquoteETag } from '../ingest/events.js';
import type { KeyFilter } from './key-filter.js';
import type { LocalServers, S3rverEvent } from './servers.js';

/** What the bucket listing says about one object. */
export interface ListedObject {
  readonly key: string;
  readonly size?: number;
  /** Unquoted. */
  readonly eTag?: string;
  readonly versionId?: string;
}

/**
 * Whether an object in the bucket still has to be ingested, judged from its object record: none (its
 * event was never handled: the stack stopped or was killed with it queued), PENDING (stopped halfway),
 * DELETED (a tombstone, yet the object is there: written again after the delete), or a record of
 * another version of the object (other ETag or version id: overwritten while the stack was down).
 */
export function needsIngest(record: ObjectRecordItem | undefined, object: ListedObject): boolean {
  if (record?.state !== 'APPLIED') return true;
  if (record.eTag && object.eTag && unquoteETag(record.eTag) !== unquoteETag(object.eTag)) return true;
  return Boolean(record.versionId && object.versionId && record.versionId !== object.versionId);
}

/**
 * The objects under the ingest filter that `needsIngest` (and how many were checked), each as the event its PUT gives, for the
 * stack to queue. The local queue lives in memory: on a restart this scan is what keeps an upload
 * from being lost (the deployed stack keeps its messages in SQS instead).
 */
export async function unfinishedUploads(
  servers: LocalServers,
  filter: KeyFilter,
  options: {
    /** Objects whose message sits in the dead-letter store (key → ETag): left for `newstag dlq redrive`. */
    readonly deadLettered?: ReadonlyMap<string, string | undefined>;
    readonly concurrency?: number;
  } = {},
): Promise<{ checked: number; events: S3rverEvent[]; deadLettered: number }> {
  const concurrency = options.concurrency ?? 4;
  const listed: ListedObject[] = [];
  for await (const page of paginateListObjectsV2(
    { client: servers.clients.s3 },
    { Bucket: servers.bucket, ...(filter.prefix ? { Prefix: filter.prefix } : {}) },
  )) {
    for (const o of page.Contents ?? []) {
      if (!o.Key || o.Key.endsWith('/') || !matchesFilter(o.Key, filter)) continue;
      listed.push({
        key: o.Key,
        ...(o.Size !== undefined ? { size: o.Size } : {}),
        ...(o.ETag ? { eTag: unquoteETag(o.ETag) } : {}),
      });
    }
  }
  const unfinished: ListedObject[] = [];
  let deadLettered = 0;
  const batches: ListedObject[][] = [];
  for (let i = 0; i < listed.length; i += BATCH_GET_KEYS) batches.push(listed.slice(i, i + BATCH_GET_KEYS));
  await forEachLimited(batches, concurrency, async (batch) => {
    const records = await getObjectRecords(
      servers.clients.dynamo,
      { tableName: servers.table },
      batch.map((o) => o.key),
    );
    for (const object of batch) {
      if (!needsIngest(records.get(object.key), object)) continue;
      // Its message failed every receive and waits in the dead-letter store; queuing it again at each
      // start would only add another dead letter. A newer version of the object is queued.
      const dead = options.deadLettered;
      if (dead?.has(object.key) && sameETag(dead.get(object.key), object.eTag)) deadLettered++;
      else unfinished.push(object);
    }
  });
  unfinished.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    checked: listed.length,
    events: unfinished.map((object) => putEvent(servers, object)),
    deadLettered,
  };
}

/** The notification the local S3 server sends for a PUT of this object. */
function putEvent(servers: LocalServers, object: ListedObject): S3rverEvent {
  return {
    Records: [
      {
        eventVersion: '2.0',
        eventSource: 'aws:s3',
        awsRegion: servers.region,
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: {
          bucket: { name: servers.bucket },
          object: {
            key: object.key,
            ...(object.size !== undefined ? { size: object.size } : {}),
            ...(object.eTag ? { eTag: object.eTag } : {}),
          },
        },
      },
    ],
  };
}

/** The same version, or no ETag to tell them apart. */
function sameETag(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || unquoteETag(a) === unquoteETag(b);
}

/** The objects (key → ETag) of the S3 notifications waiting in the dead-letter store. */
export function deadLetteredObjects(bodies: readonly string[]): Map<string, string | undefined> {
  const objects = new Map<string, string | undefined>();
  for (const body of bodies) {
    let parsed: { Records?: { s3?: { object?: { key?: string; eTag?: string } } }[] };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      continue; // not a notification: nothing of the bucket to match
    }
    for (const record of parsed.Records ?? []) {
      const object = record.s3?.object;
      if (object?.key) objects.set(decodeS3Key(object.key), object.eTag);
    }
  }
  return objects;
}
