import type { TopShard } from '../core/query/top.js';

/** Shared by the API's `/top` and the rollup: how one gsi2 partition of count shards is read. */

/** Query of one gsi2 partition (`TOP#<kind>#<day>#<bucket>`): the count shards, with value, day and count. */
export function topPartitionQuery(partition: string) {
  return {
    IndexName: 'gsi2',
    KeyConditionExpression: '#pk = :pk',
    ProjectionExpression: '#value, #day, #count',
    ExpressionAttributeNames: { '#pk': 'g2pk', '#value': 'value', '#day': 'day', '#count': 'g2sk' },
    ExpressionAttributeValues: { ':pk': partition },
  };
}

/** A gsi2 item as a count shard (`g2sk` always equals the shard's count). */
export function topShardRow(item: Record<string, unknown>): TopShard {
  return { value: String(item.value), day: String(item.day), n: Number(item.g2sk) };
}
