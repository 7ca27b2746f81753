import {
  BatchGetItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ShardPage, ShardQuery } from '../core/query/articles.js';
import type { MonthQuery } from '../core/query/failures.js';
import type { NamePlan } from '../core/query/names.js';
import { dayCount } from '../core/query/range.js';
import type { DayTop, TopShard } from '../core/query/top.js';
import type { CountShard } from '../core/query/trends.js';
import { coCode, parseCoCode } from '../core/records/co-codes.js';
import {
  type ArticleRecordItem,
  type CatalogItem,
  type ClaimItem,
  type IndexItem,
  isTombstone,
  type StoredArticle,
} from '../core/records/items.js';
import {
  type CountKind,
  type CountRef,
  keys,
  parseTagRef,
  tagRefString,
  wordOfNameSort,
} from '../core/records/keys.js';
import { attributesOf, type Item, nativeItem } from './attribute-values.js';
import { topPartitionQuery, topShardRow } from './top-partition.js';

/**
 * DynamoDB reads of the query API. GetItem, BatchGetItem and Query with a `Limit` only: no Scan, and no
 * call loops over pages except where the caller passes an explicit page bound. Every user-supplied value
 * travels as an expression attribute value; expressions and attribute names are constants.
 *
 * It sends the DynamoDB client's own commands and converts attribute values itself (`attribute-values.ts`),
 * so the document client stays out of the API bundle; a document client works too (tests and the local
 * tools pass theirs), as it sends plain commands unchanged.
 */

/** Items DynamoDB evaluated (ScannedCount) and requests made, per API request. */
export interface ReadMeter {
  items: number;
  requests: number;
}

export const newReadMeter = (): ReadMeter => ({ items: 0, requests: 0 });

/**
 * An index item as the API lists it: short id and publication time read from the sort key, `co` decoded
 * to tag references (`kind|value`) for co-occurrence.
 */
export type IndexRow = Pick<
  IndexItem,
  'sk' | 'articleId' | 'title' | 'lead' | 'source' | 'language' | 'score'
> & {
  readonly aid: string;
  readonly publishedAt: string;
  readonly co: string[];
};

export interface NameRow {
  readonly entityId: string;
  readonly name: string;
  readonly entityType: string;
  /** Absent on a person's later-name item (`g3sk` `word!name#id`): the entry holds the count. */
  readonly articleCount?: number;
  readonly g3sk: string;
}

export interface FailureRow {
  readonly sk: string;
  readonly aid: string;
  readonly articleId: string;
  readonly key: string;
  readonly reason: string;
  readonly message: string;
  readonly failedAt: string;
}

export interface QueryRepository {
  getArticle(aid: string): Promise<ArticleRecordItem | undefined>;
  /** The claim of a fingerprint: the listed article (`owner`) and every article with that text. */
  getClaim(fp: string): Promise<ClaimItem | undefined>;
  getEntity(entityId: string): Promise<CatalogItem | undefined>;
  /** At most 100 ids (one BatchGetItem); unknown ids are left out. */
  getEntities(entityIds: readonly string[]): Promise<CatalogItem[]>;
  queryIndex(query: ShardQuery): Promise<ShardPage<IndexRow>>;
  /** Count shards of one tag in a day range (gsi1), reading at most `limit` items. */
  queryCountSeries(
    ref: CountRef,
    fromDay: string,
    toDay: string,
    limit: number,
  ): Promise<{ items: CountShard[]; complete: boolean }>;
  /**
   * The daily tops of `kind` from `fromDay` to `toDay` (at most one Query page; days it did not reach are
   * simply absent and get read live).
   */
  queryDayTops(kind: CountKind, fromDay: string, toDay: string): Promise<DayTop[]>;
  /** `complete` when the partition had no more than `limit` items. */
  queryTopPartition(partition: string, limit: number): Promise<{ items: TopShard[]; complete: boolean }>;
  queryNames(
    plan: NamePlan,
    limit: number,
    entityType?: string,
    after?: string,
  ): Promise<{ items: NameRow[]; lastEvaluated?: string }>;
  /** Short ids of the articles that give `articleId` as their own id (gsi3), at most `limit`. */
  queryArticleIds(articleId: string, limit: number): Promise<string[]>;
  queryFailures(month: MonthQuery, limit: number): Promise<{ items: FailureRow[]; lastEvaluated?: string }>;
}

const INDEX_ATTRIBUTES = ['sk', 'articleId', 'title', 'lead', 'source', 'language', 'score', 'co'];

/** The list row of a stored index item (see `IndexRow`). */
export function indexRow(item: Record<string, unknown>): IndexRow {
  const sk = String(item.sk);
  const hash = sk.lastIndexOf('#');
  const co = Array.isArray(item.co) ? (item.co as string[]) : [];
  return {
    ...(item as Omit<IndexRow, 'aid' | 'publishedAt' | 'co'>),
    sk,
    aid: sk.slice(hash + 1),
    publishedAt: sk.slice(0, hash),
    co: co.flatMap((code) => {
      const ref = parseCoCode(code);
      return ref ? [tagRefString(ref)] : [];
    }),
  };
}

type Values = Record<string, string | number | boolean>;

/** A Query as this file writes it: attribute values and the start key as plain values. */
type QueryInput = Omit<QueryCommandInput, 'TableName' | 'ExpressionAttributeValues' | 'ExclusiveStartKey'> & {
  readonly ExpressionAttributeValues: Values;
  readonly ExclusiveStartKey?: Values;
};

export function createQueryRepository(
  documentOrPlainClient: DynamoDBClient | DynamoDBDocumentClient,
  tableName: string,
  meter: ReadMeter = newReadMeter(),
): QueryRepository {
  const TableName = tableName;
  // Only the client's own commands are sent (never the document client's), so both clients answer alike.
  const client = documentOrPlainClient as DynamoDBClient;

  async function query({ ExpressionAttributeValues, ExclusiveStartKey, ...input }: QueryInput) {
    const out = await client.send(
      new QueryCommand({
        TableName,
        ...input,
        ExpressionAttributeValues: attributesOf(ExpressionAttributeValues),
        ...(ExclusiveStartKey ? { ExclusiveStartKey: attributesOf(ExclusiveStartKey) } : {}),
      }),
    );
    meter.requests += 1;
    meter.items += out.ScannedCount ?? out.Items?.length ?? 0;
    return {
      Items: (out.Items ?? []).map(nativeItem),
      LastEvaluatedKey: out.LastEvaluatedKey && nativeItem(out.LastEvaluatedKey),
    };
  }

  async function get<T>(key: { pk: string; sk: string }): Promise<T | undefined> {
    const out = await client.send(new GetItemCommand({ TableName, Key: attributesOf(key) }));
    meter.requests += 1;
    meter.items += out.Item ? 1 : 0;
    return out.Item && (nativeItem(out.Item) as T);
  }

  return {
    async getArticle(aid) {
      // A removed article leaves a tombstone (state DELETED): to a reader it does not exist.
      const stored = await get<StoredArticle>(keys.article(aid));
      return isTombstone(stored) ? undefined : stored;
    },
    async getClaim(fp) {
      const item = await get<{ owner?: string; m?: Set<string>; v?: number }>(keys.claim(fp));
      return item?.owner === undefined
        ? undefined
        : { owner: item.owner, members: [...(item.m ?? [])].sort(), version: item.v ?? 0 };
    },
    getEntity: (entityId) => get<CatalogItem>(keys.entity(entityId)),

    async getEntities(entityIds) {
      const unique = [...new Set(entityIds)].slice(0, 100);
      if (unique.length === 0) return [];
      let pending: Item[] = unique.map((id) => attributesOf(keys.entity(id)));
      const found: CatalogItem[] = [];
      // UnprocessedKeys is retried a bounded number of times; what is still missing is left out.
      for (let attempt = 0; attempt < 3 && pending.length > 0; attempt++) {
        const out = await client.send(
          new BatchGetItemCommand({
            RequestItems: {
              [TableName]: {
                Keys: pending,
                ProjectionExpression: '#id, #name, #type, #count',
                ExpressionAttributeNames: {
                  '#id': 'entityId',
                  '#name': 'name',
                  '#type': 'entityType',
                  '#count': 'articleCount',
                },
              },
            },
          }),
        );
        meter.requests += 1;
        const items = (out.Responses?.[TableName] ?? []).map(nativeItem) as unknown as CatalogItem[];
        meter.items += items.length;
        found.push(...items);
        pending = out.UnprocessedKeys?.[TableName]?.Keys ?? [];
      }
      return found;
    },

    async queryIndex(shard) {
      const filter = [
        ...shard.mustContain.map((_, i) => `contains(#co, :t${i})`),
        ...(shard.focusOnly ? ['#focus = :focus'] : []),
      ].join(' AND ');
      const out = await query({
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lower AND :upper',
        ...(filter ? { FilterExpression: filter } : {}),
        ProjectionExpression: INDEX_ATTRIBUTES.map((_, i) => `#a${i}`).join(', '),
        ExpressionAttributeNames: {
          '#pk': 'pk',
          '#sk': 'sk',
          ...(shard.mustContain.length > 0 ? { '#co': 'co' } : {}),
          ...(shard.focusOnly ? { '#focus': 'focus' } : {}),
          ...Object.fromEntries(INDEX_ATTRIBUTES.map((name, i) => [`#a${i}`, name])),
        },
        ExpressionAttributeValues: {
          ':pk': shard.partition,
          ':lower': shard.lower,
          ':upper': shard.upper,
          ...Object.fromEntries(shard.mustContain.map((tag, i) => [`:t${i}`, coCode(parseTagRef(tag))])),
          ...(shard.focusOnly ? { ':focus': true } : {}),
        },
        ScanIndexForward: false,
        Limit: shard.limit,
      });
      const last = out.LastEvaluatedKey?.sk;
      return {
        items: out.Items.map(indexRow),
        ...(typeof last === 'string' ? { lastEvaluated: last } : {}),
      };
    },

    async queryCountSeries(ref, fromDay, toDay, limit) {
      const out = await query({
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lower AND :upper',
        ProjectionExpression: '#day, #n',
        ExpressionAttributeNames: { '#pk': 'g1pk', '#sk': 'g1sk', '#day': 'day', '#n': 'n' },
        ExpressionAttributeValues: { ':pk': keys.countSeries(ref), ':lower': fromDay, ':upper': `${toDay}~` },
        Limit: limit,
      });
      return { items: out.Items as unknown as CountShard[], complete: out.LastEvaluatedKey === undefined };
    },

    async queryDayTops(kind, fromDay, toDay) {
      const out = await query({
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ProjectionExpression: '#day, #top, #complete, #builtAt, #staleAfter',
        ExpressionAttributeNames: {
          '#pk': 'pk',
          '#sk': 'sk',
          '#day': 'day',
          '#top': 'top',
          '#complete': 'complete',
          '#builtAt': 'builtAt',
          '#staleAfter': 'staleAfter',
        },
        ExpressionAttributeValues: { ':pk': keys.dayTopPartition(kind), ':from': fromDay, ':to': toDay },
        Limit: dayCount(fromDay, toDay),
      });
      return out.Items.map((item) => ({
        day: String(item.day),
        top: typeof item.top === 'string' ? item.top : '',
        complete: item.complete === true,
        builtAt: String(item.builtAt),
        ...(typeof item.staleAfter === 'string' ? { staleAfter: item.staleAfter } : {}),
      }));
    },

    async queryTopPartition(partition, limit) {
      const out = await query({ ...topPartitionQuery(partition), ScanIndexForward: false, Limit: limit });
      return { items: out.Items.map(topShardRow), complete: out.LastEvaluatedKey === undefined };
    },

    async queryNames(plan, limit, entityType, after) {
      const out = await query({
        IndexName: 'gsi3',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ...(entityType ? { FilterExpression: '#type = :type' } : {}),
        ProjectionExpression: '#id, #name, #type, #count, #sk',
        ExpressionAttributeNames: {
          '#pk': 'g3pk',
          '#sk': 'g3sk',
          '#id': 'entityId',
          '#name': 'name',
          '#type': 'entityType',
          '#count': 'articleCount',
        },
        ExpressionAttributeValues: {
          ':pk': plan.partition,
          ':prefix': plan.prefix,
          ...(entityType ? { ':type': entityType } : {}),
        },
        ...(after !== undefined ? { ExclusiveStartKey: nameStartKey(plan.partition, after) } : {}),
        Limit: limit,
      });
      const last = out.LastEvaluatedKey?.g3sk;
      return {
        items: out.Items as unknown as NameRow[],
        ...(typeof last === 'string' ? { lastEvaluated: last } : {}),
      };
    },

    async queryArticleIds(articleId, limit) {
      const out = await query({
        IndexName: 'gsi3',
        KeyConditionExpression: '#pk = :pk',
        ProjectionExpression: '#sk',
        ExpressionAttributeNames: { '#pk': 'g3pk', '#sk': 'g3sk' },
        ExpressionAttributeValues: { ':pk': keys.sourceIdPartition(articleId) },
        Limit: limit,
      });
      return out.Items.map((item) => String(item.g3sk));
    },

    async queryFailures(month, limit) {
      const out = await query({
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :lower AND :upper',
        ProjectionExpression: '#sk, #aid, #articleId, #key, #reason, #message, #failedAt',
        ExpressionAttributeNames: {
          '#pk': 'g1pk',
          '#sk': 'g1sk',
          '#aid': 'aid',
          '#articleId': 'articleId',
          '#key': 'key',
          '#reason': 'reason',
          '#message': 'message',
          '#failedAt': 'failedAt',
        },
        ExpressionAttributeValues: { ':pk': month.partition, ':lower': month.lower, ':upper': month.upper },
        ScanIndexForward: false,
        Limit: limit,
      });
      const last = out.LastEvaluatedKey?.g1sk;
      const items = out.Items.map((item) => ({ ...item, sk: item.g1sk }) as unknown as FailureRow);
      return { items, ...(typeof last === 'string' ? { lastEvaluated: last } : {}) };
    },
  };
}

/**
 * gsi3 start key from a name sort key, `name#entityId` or a later name's `word!name#entityId` (normalised
 * names never contain `#` or `!`): the base table key of the item it was written for.
 */
function nameStartKey(partition: string, g3sk: string) {
  const entityId = g3sk.slice(g3sk.indexOf('#') + 1);
  const word = wordOfNameSort(g3sk);
  return {
    g3pk: partition,
    g3sk,
    ...(word === undefined ? keys.entity(entityId) : keys.entityWord(entityId, word)),
  };
}
