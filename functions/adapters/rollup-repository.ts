import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TopShard } from '../core/query/top.js';
import type { DayTopItem } from '../core/records/day-top.js';
import { type CountKind, keys, TOP_BUCKETS } from '../core/records/keys.js';
import { topPartitionQuery, topShardRow } from './top-partition.js';

/** Reads and writes of the daily-top rollup. */
export interface RollupRepository {
  /** Every count shard of `kind` on `day` (all gsi2 buckets, every page). */
  readDayShards(kind: CountKind, day: string): Promise<TopShard[]>;
  /** Writes the top unless one built from a later read is already stored; false when it was not written. */
  putDayTop(item: DayTopItem): Promise<boolean>;
}

/**
 * Pages a bucket may take before the rollup gives up on the day with an error rather than write a top from
 * part of it: 1 MB pages of ~60 B items, so ~3 million count shards of one kind in one day and bucket.
 */
export const MAX_PAGES_PER_BUCKET = 200;

export class RollupReadError extends Error {
  override readonly name = 'RollupReadError';
}

export function createRollupRepository(client: DynamoDBDocumentClient, tableName: string): RollupRepository {
  async function readBucket(kind: CountKind, day: string, bucket: number): Promise<TopShard[]> {
    const shards: TopShard[] = [];
    let start: Record<string, unknown> | undefined;
    for (let page = 0; page < MAX_PAGES_PER_BUCKET; page++) {
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          ...topPartitionQuery(keys.topPartition(kind, day, bucket)),
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      for (const item of out.Items ?? []) shards.push(topShardRow(item));
      start = out.LastEvaluatedKey;
      if (!start) return shards;
    }
    throw new RollupReadError(
      `${kind} counts of ${day} (bucket ${bucket}) span more than ${MAX_PAGES_PER_BUCKET} pages`,
    );
  }

  return {
    async readDayShards(kind, day) {
      const buckets = await Promise.all(
        Array.from({ length: TOP_BUCKETS }, (_, bucket) => readBucket(kind, day, bucket)),
      );
      return buckets.flat();
    },
    async putDayTop(item) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: item,
            // Two overlapping runs: the one that read later wins, whichever writes last.
            ConditionExpression: 'attribute_not_exists(#pk) OR #builtAt <= :builtAt',
            ExpressionAttributeNames: { '#pk': 'pk', '#builtAt': 'builtAt' },
            ExpressionAttributeValues: { ':builtAt': item.builtAt },
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },
  };
}
