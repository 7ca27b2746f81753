import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { EntityType } from '../core/entity-types.js';
import type { CatalogEntry } from '../core/records/build.js';
import type { CountChange } from '../core/records/diff.js';
import {
  type CatalogWordItem,
  type ClaimItem,
  type IndexItem,
  isTombstone,
  type ObjectRecordItem,
  type StoredArticle,
} from '../core/records/items.js';
import { type ItemKey, keys, namePartition, normalizeName, TOP_BUCKETS } from '../core/records/keys.js';
import { laterNameWords } from '../core/records/name-words.js';
import type { TagRepository } from '../ingest/ports.js';
import { type BackoffOptions, DEFAULT_BACKOFF, pause, RetriesExhaustedError, withRetries } from './retry.js';

/** BatchWriteItem takes at most 25 requests. */
export const BATCH_SIZE = 25;
/** BatchGetItem takes at most 100 keys. */
export const BATCH_GET_KEYS = 100;
const MAX_ALIASES = 50;

export interface DynamoRepositoryOptions {
  readonly tableName: string;
  readonly backoff?: BackoffOptions;
  /** Batches of one article written at the same time. */
  readonly batchConcurrency?: number;
}

type StoredItem = ObjectRecordItem | StoredArticle;

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: ItemKey } };

/** Only the placeholders an expression uses: DynamoDB rejects unused ones. */
function namesIn(expression: string, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(names).filter(([placeholder]) => expression.includes(placeholder)),
  );
}

/** The placeholders an expression uses, or nothing: DynamoDB rejects an empty value map too. */
function valuesIn(expression: string, values: Record<string, unknown>) {
  const used = Object.entries(values).filter(([placeholder]) => expression.includes(placeholder));
  return used.length > 0 ? { ExpressionAttributeValues: Object.fromEntries(used) } : {};
}

function conditionFailed(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/**
 * Sends a batch request, then what DynamoDB left unprocessed again with backoff, until nothing is left or
 * the attempts run out. `sendOnce` answers what is still unprocessed.
 */
async function untilProcessed<T>(
  what: string,
  requests: T[],
  backoff: BackoffOptions,
  sendOnce: (pending: T[]) => Promise<T[]>,
): Promise<void> {
  let pending = requests;
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt >= backoff.attempts) {
      throw new RetriesExhaustedError(`${what}: ${pending.length} items still unprocessed`);
    }
    if (attempt > 0) await pause(attempt - 1, backoff);
    pending = await sendOnce(pending);
  }
}

/**
 * The object records of up to BATCH_GET_KEYS keys (key → record) in one BatchGetItem, strongly consistent,
 * for the local stack's restart check: a bucket of 10,000 uploads makes 100 requests, not 10,000 GetItems.
 * Apart from the repository so the ingest bundle, which never reads in batches, leaves it out.
 */
export async function getObjectRecords(
  client: DynamoDBDocumentClient,
  options: DynamoRepositoryOptions,
  objectKeys: readonly string[],
): Promise<Map<string, ObjectRecordItem>> {
  const TableName = options.tableName;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const records = new Map<string, ObjectRecordItem>();
  await untilProcessed(
    'BatchGetItem',
    objectKeys.map((key) => keys.object(key)),
    backoff,
    async (pending) => {
      const out = await withRetries(
        'BatchGetItem',
        () =>
          client.send(
            new BatchGetCommand({ RequestItems: { [TableName]: { Keys: pending, ConsistentRead: true } } }),
          ),
        backoff,
      );
      for (const item of (out.Responses?.[TableName] ?? []) as ObjectRecordItem[])
        records.set(item.key, item);
      return (out.UnprocessedKeys?.[TableName]?.Keys as ItemKey[] | undefined) ?? [];
    },
  );
  return records;
}

export function createDynamoRepository(
  client: DynamoDBDocumentClient,
  options: DynamoRepositoryOptions,
): TagRepository {
  const TableName = options.tableName;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const send = <T>(what: string, op: () => Promise<T>) => withRetries(what, op, backoff);

  /** Runs a conditional write; false when the condition failed. */
  async function conditional(what: string, op: () => Promise<unknown>): Promise<boolean> {
    try {
      await send(what, op);
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * Files a person's later names (surnames) in the catalog index, once per entity: puts (idempotent) first,
   * then the mark, so a crash between them files them again on the entity's next article.
   */
  async function fileLaterNames(entityId: string, name: string, entityType: EntityType): Promise<void> {
    const words = laterNameWords(name, entityType);
    // Nothing to file (organisations, one-word names): no mark either, so it costs no write.
    if (words.length === 0) return;
    const normalized = normalizeName(name);
    // At most MAX_NAME_WORDS puts, sent together: they are independent and each is idempotent.
    await Promise.all(
      words.map((word) => {
        const item: CatalogWordItem = {
          ...keys.entityWord(entityId, word),
          recordType: 'entityWord',
          entityId,
          name,
          entityType,
          g3pk: namePartition(word),
          g3sk: keys.wordSort(word, normalized, entityId),
        };
        return send(`PutItem E#${entityId} W#${word}`, () =>
          client.send(new PutCommand({ TableName, Item: item })),
        );
      }),
    );
    await send(`UpdateItem E#${entityId}`, () =>
      client.send(
        new UpdateCommand({
          TableName,
          Key: keys.entity(entityId),
          UpdateExpression: 'SET #words = :yes',
          ExpressionAttributeNames: { '#words': 'wordsFiled' },
          ExpressionAttributeValues: { ':yes': true },
        }),
      ),
    );
  }

  async function get<T>(key: ItemKey): Promise<T | undefined> {
    const out = await send(`GetItem ${key.pk}`, () =>
      client.send(new GetCommand({ TableName, Key: key, ConsistentRead: true })),
    );
    return out.Item as T | undefined;
  }

  /** A conditional put; `values` are the expression's placeholders besides `:seq` (the item's). */
  const putIf = (item: StoredItem, expression: string, values: Record<string, unknown> = {}) =>
    conditional(`PutItem ${item.pk}`, () =>
      client.send(
        new PutCommand({
          TableName,
          Item: item,
          ConditionExpression: expression,
          ExpressionAttributeNames: namesIn(expression, {
            '#pk': 'pk',
            '#seq': 'seq',
            '#state': 'state',
            '#key': 'key',
            '#tv': 'taggerVersion',
            '#dup': 'duplicateOf',
          }),
          ...valuesIn(expression, { ':seq': item.seq, ...values }),
        }),
      ),
    );

  /** The claim as the pipeline sees it: owner, members (a string set in the table), promoting. */
  const claimOf = (item: Record<string, unknown> | undefined): ClaimItem | undefined =>
    item?.owner === undefined
      ? undefined
      : {
          owner: item.owner as string,
          members: [...((item.m as Set<string> | undefined) ?? [])].sort(),
          ...(typeof item.promoting === 'string' ? { promoting: item.promoting } : {}),
          version: typeof item.v === 'number' ? item.v : 0,
        };

  /** A conditional update of a claim item. */
  const updateClaim = (
    fp: string,
    update: string,
    condition: string,
    values: Record<string, unknown>,
  ): Promise<boolean> =>
    conditional(`UpdateItem F#${fp}`, () =>
      client.send(
        new UpdateCommand({
          TableName,
          Key: keys.claim(fp),
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: namesIn(`${update} ${condition}`, {
            '#pk': 'pk',
            '#m': 'm',
            '#owner': 'owner',
            '#promoting': 'promoting',
            '#v': 'v',
          }),
          ...valuesIn(`${update} ${condition}`, values),
        }),
      ),
    );

  /** Compare-and-set: the stored item is absent (`expectedSeq` undefined) or still has `expectedSeq`. */
  const swap = (item: StoredItem, expectedSeq: string | undefined) =>
    expectedSeq === undefined
      ? putIf(item, 'attribute_not_exists(#pk)')
      : putIf(item, '#seq = :expected', { ':expected': expectedSeq });

  /** Writes one batch, re-sending UnprocessedItems. */
  const writeBatch = (requests: WriteRequest[]) =>
    untilProcessed('BatchWriteItem', requests, backoff, async (pending) => {
      const out = await send('BatchWriteItem', () =>
        client.send(new BatchWriteCommand({ RequestItems: { [TableName]: pending } })),
      );
      return (out.UnprocessedItems?.[TableName] as WriteRequest[] | undefined) ?? [];
    });

  return {
    getObjectRecord: (key) => get<ObjectRecordItem>(keys.object(key)),
    advanceObjectRecord: (item, expectedSeq) => swap(item, expectedSeq),
    replaceObjectRecord: (item) => putIf(item, '#seq = :seq'),
    async getArticle(aid) {
      const stored = await get<StoredArticle>(keys.article(aid));
      return isTombstone(stored) ? undefined : stored;
    },
    getStoredArticle: (aid) => get<StoredArticle>(keys.article(aid)),
    advanceArticle(item, expected) {
      if (expected === undefined) return putIf(item, 'attribute_not_exists(#pk)');
      if (isTombstone(expected) || expected.taggerVersion === undefined)
        return putIf(item, '#seq = :expected AND #state = :state AND attribute_not_exists(#tv)', {
          ':expected': expected.seq,
          ':state': expected.state,
        });
      // A copy's promotion keeps the sequencer and ends APPLIED again: that it is no longer a copy is
      // what tells the two records apart.
      const copy = expected.duplicateOf === undefined ? 'attribute_not_exists(#dup)' : '#dup = :dup';
      return putIf(item, `#seq = :expected AND #state = :state AND #tv = :tv AND ${copy}`, {
        ':expected': expected.seq,
        ':state': expected.state,
        ':tv': expected.taggerVersion,
        ...(expected.duplicateOf !== undefined ? { ':dup': expected.duplicateOf } : {}),
      });
    },
    replaceArticle: (item) => putIf(item, '#seq = :seq AND #state <> :deleted', { ':deleted': 'DELETED' }),
    buryArticle: (tombstone, expectedSeq) => swap(tombstone, expectedSeq),

    async writeIndex(puts: readonly IndexItem[], deletes: readonly ItemKey[]) {
      const requests: WriteRequest[] = [
        ...puts.map((item) => ({ PutRequest: { Item: item as unknown as Record<string, unknown> } })),
        ...deletes.map((key) => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } })),
      ];
      const batches: WriteRequest[][] = [];
      for (let i = 0; i < requests.length; i += BATCH_SIZE) batches.push(requests.slice(i, i + BATCH_SIZE));
      let next = 0;
      const workers = Array.from(
        { length: Math.min(options.batchConcurrency ?? 4, batches.length) },
        async () => {
          while (next < batches.length) await writeBatch(batches[next++] as WriteRequest[]);
        },
      );
      await Promise.all(workers);
    },

    addMember: (change) =>
      conditional(`UpdateItem ${change.key.pk}`, () =>
        client.send(
          new UpdateCommand({
            TableName,
            Key: change.key,
            UpdateExpression:
              'SET #n = if_not_exists(#n, :zero) + :one, #g2sk = if_not_exists(#g2sk, :zero) + :one, ' +
              '#rt = :rt, #kind = :kind, #value = :value, #day = :day, #shard = :shard, ' +
              '#g1pk = :g1pk, #g1sk = :g1sk, #g2pk = :g2pk ADD #m :ids',
            ConditionExpression: 'NOT contains(#m, :aid)',
            ExpressionAttributeNames: {
              '#n': 'n',
              '#m': 'm',
              '#g2sk': 'g2sk',
              '#rt': 'recordType',
              '#kind': 'kind',
              '#value': 'value',
              '#day': 'day',
              '#shard': 'shard',
              '#g1pk': 'g1pk',
              '#g1sk': 'g1sk',
              '#g2pk': 'g2pk',
            },
            ExpressionAttributeValues: {
              ':zero': 0,
              ':one': 1,
              ':rt': 'count',
              ':kind': change.ref.kind,
              ':value': change.ref.value,
              ':day': change.day,
              ':shard': change.shard,
              ':g1pk': keys.countSeries(change.ref),
              ':g1sk': keys.countSeriesSort(change.day, change.shard),
              ':g2pk': keys.topPartition(change.ref.kind, change.day, change.shard % TOP_BUCKETS),
              ':ids': new Set([change.aid]),
              ':aid': change.aid,
            },
          }),
        ),
      ),

    async removeMember(change: CountChange) {
      const decremented = await conditional(`UpdateItem ${change.key.pk}`, () =>
        client.send(
          new UpdateCommand({
            TableName,
            Key: change.key,
            UpdateExpression: 'SET #n = #n - :one, #g2sk = #g2sk - :one DELETE #m :ids',
            ConditionExpression: 'contains(#m, :aid) AND #n > :one',
            ExpressionAttributeNames: { '#n': 'n', '#m': 'm', '#g2sk': 'g2sk' },
            ExpressionAttributeValues: { ':one': 1, ':ids': new Set([change.aid]), ':aid': change.aid },
          }),
        ),
      );
      if (decremented) return true;
      // The last member: delete the shard so empty counts leave nothing behind.
      return conditional(`DeleteItem ${change.key.pk}`, () =>
        client.send(
          new DeleteCommand({
            TableName,
            Key: change.key,
            ConditionExpression: 'contains(#m, :aid)',
            ExpressionAttributeNames: { '#m': 'm' },
            ExpressionAttributeValues: { ':aid': change.aid },
          }),
        ),
      );
    },

    async upsertEntity(entry: CatalogEntry, delta: number) {
      const normalized = normalizeName(entry.name);
      const aliases = entry.aliases.map((a) => a.slice(0, 200)).filter((a) => a.length > 0);
      const update = (withAliases: boolean) =>
        client.send(
          new UpdateCommand({
            TableName,
            Key: keys.entity(entry.entityId),
            UpdateExpression:
              'SET #rt = :rt, #id = :id, #name = if_not_exists(#name, :name), ' +
              '#type = if_not_exists(#type, :type), #g3pk = if_not_exists(#g3pk, :g3pk), ' +
              '#g3sk = if_not_exists(#g3sk, :g3sk), #words = if_not_exists(#words, :no) ' +
              `ADD #count :delta${withAliases ? ', #aliases :aliases' : ''}`,
            ...(withAliases
              ? { ConditionExpression: 'attribute_not_exists(#aliases) OR size(#aliases) < :max' }
              : {}),
            ExpressionAttributeNames: {
              '#rt': 'recordType',
              '#id': 'entityId',
              '#name': 'name',
              '#type': 'entityType',
              '#g3pk': 'g3pk',
              '#g3sk': 'g3sk',
              '#words': 'wordsFiled',
              '#count': 'articleCount',
              ...(withAliases ? { '#aliases': 'aliases' } : {}),
            },
            ExpressionAttributeValues: {
              ':rt': 'entity',
              ':id': entry.entityId,
              ':name': entry.name,
              ':type': entry.entityType,
              ':g3pk': namePartition(normalized),
              ':g3sk': keys.nameSort(normalized, entry.entityId),
              ':no': false,
              ':delta': delta,
              ...(withAliases ? { ':aliases': new Set(aliases), ':max': MAX_ALIASES } : {}),
            },
            // The old name and type (if_not_exists kept them) and whether the later names were filed.
            ReturnValues: 'UPDATED_OLD',
          }),
        );
      let old: Record<string, unknown> | undefined;
      const withAliases = async () => {
        old = (await update(true)).Attributes;
      };
      if (!(aliases.length > 0 && (await conditional(`UpdateItem E#${entry.entityId}`, withAliases))))
        old = (await send(`UpdateItem E#${entry.entityId}`, () => update(false))).Attributes;
      if (old?.wordsFiled === true) return;
      await fileLaterNames(
        entry.entityId,
        typeof old?.name === 'string' ? old.name : entry.name,
        typeof old?.entityType === 'string' ? (old.entityType as EntityType) : entry.entityType,
      );
    },

    async claim(fp, aid) {
      const out = await send(`UpdateItem F#${fp}`, () =>
        client.send(
          new UpdateCommand({
            TableName,
            Key: keys.claim(fp),
            UpdateExpression: 'SET #rt = :rt, #owner = if_not_exists(#owner, :aid) ADD #m :ids, #v :one',
            ExpressionAttributeNames: { '#rt': 'recordType', '#owner': 'owner', '#m': 'm', '#v': 'v' },
            ExpressionAttributeValues: { ':rt': 'claim', ':aid': aid, ':ids': new Set([aid]), ':one': 1 },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      const claim = claimOf(out.Attributes);
      if (!claim) throw new Error(`UpdateItem F#${fp} returned no claim`);
      return claim;
    },
    getClaim: async (fp) => claimOf(await get<Record<string, unknown>>(keys.claim(fp))),
    dropMember: (fp, aid, version) =>
      updateClaim(fp, 'DELETE #m :ids ADD #v :one', '#owner <> :aid AND #v = :v', {
        ':ids': new Set([aid]),
        ':aid': aid,
        ':one': 1,
        ':v': version,
      }),
    handOver: (fp, from, to, version) =>
      updateClaim(
        fp,
        'SET #owner = :to, #promoting = :to DELETE #m :ids ADD #v :one',
        '#owner = :from AND contains(#m, :to) AND #v = :v',
        { ':to': to, ':from': from, ':ids': new Set([from]), ':one': 1, ':v': version },
      ),
    releaseClaim: (fp, aid, version) =>
      conditional(`DeleteItem F#${fp}`, () =>
        client.send(
          new DeleteCommand({
            TableName,
            Key: keys.claim(fp),
            ConditionExpression: '#owner = :aid AND size(#m) = :one AND #v = :v',
            ExpressionAttributeNames: { '#owner': 'owner', '#m': 'm', '#v': 'v' },
            ExpressionAttributeValues: { ':aid': aid, ':one': 1, ':v': version },
          }),
        ),
      ),
    async traceText(fp, publishedAt, expiresAt) {
      await send(`PutItem F#${fp}`, () =>
        client.send(
          new PutCommand({
            TableName,
            Item: { ...keys.trace(fp), recordType: 'trace', publishedAt, expiresAt },
          }),
        ),
      );
    },
    async tracedDate(fp, at) {
      const trace = await get<{ publishedAt?: string; expiresAt?: number }>(keys.trace(fp));
      // TTL reaps an expired item days late at worst: a trace past its expiry dates nothing.
      return trace?.expiresAt === undefined || trace.expiresAt > at ? trace?.publishedAt : undefined;
    },
    async clearPromoting(fp, aid) {
      await updateClaim(fp, 'REMOVE #promoting', '#promoting = :aid', { ':aid': aid });
    },

    async adjustEntityCount(entityId: string, delta: number) {
      await conditional(`UpdateItem E#${entityId}`, () =>
        client.send(
          new UpdateCommand({
            TableName,
            Key: keys.entity(entityId),
            UpdateExpression: 'ADD #count :delta',
            ConditionExpression: 'attribute_exists(#pk)',
            ExpressionAttributeNames: { '#count': 'articleCount', '#pk': 'pk' },
            ExpressionAttributeValues: { ':delta': delta },
          }),
        ),
      );
    },
  };
}
