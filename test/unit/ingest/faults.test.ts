import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DynamoDBDocumentClient,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { createDynamoRepository, getObjectRecords } from '../../../functions/adapters/dynamo-repository.js';
import {
  type BackoffOptions,
  backoffDelay,
  RetriesExhaustedError,
} from '../../../functions/adapters/retry.js';
import { createS3ObjectSource } from '../../../functions/adapters/s3-reader.js';
import type { IndexItem } from '../../../functions/core/records/items.js';
import { keys } from '../../../functions/core/records/keys.js';
import { createIngestHandler } from '../../../functions/ingest/create-handler.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import { quietTelemetry, sqsBatch } from '../../integration/support/local-stack.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

const TABLE = 'tags';
const dynamoMock = mockClient(DynamoDBDocumentClient);
const s3Mock = mockClient(S3Client);

afterEach(() => {
  dynamoMock.reset();
  s3Mock.reset();
});

function instantBackoff(attempts = 5) {
  const delays: number[] = [];
  const options: BackoffOptions = {
    attempts,
    baseDelayMs: 10,
    maxDelayMs: 1_000,
    random: () => 0.5,
    sleep: async (ms) => {
      delays.push(ms);
    },
  };
  return { options, delays };
}

function repository(backoff: BackoffOptions) {
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
  return createDynamoRepository(client, { tableName: TABLE, backoff, batchConcurrency: 1 });
}

function indexItems(count: number): IndexItem[] {
  return Array.from({ length: count }, (_, i) => ({
    ...keys.index(
      { kind: 'country', value: 'US' },
      `aid${String(i).padStart(13, '0')}`,
      '2026-11-29T00:00:00Z',
    ),
    recordType: 'index',
    kind: 'country',
    value: 'US',
    aid: `aid${i}`,
    articleId: `a${i}`,
    publishedAt: '2026-11-29T00:00:00.000Z',
    score: 1,
    co: [],
  }));
}

type Requests = NonNullable<BatchWriteCommandInput['RequestItems']>[string];
const throttled = () =>
  Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });

describe('DynamoDB writes under faults', () => {
  it('re-sends UnprocessedItems until every item is written when 24 of 25 come back unprocessed', async () => {
    const sent: Requests[] = [];
    dynamoMock.on(BatchWriteCommand).callsFake((input: BatchWriteCommandInput) => {
      const requests = input.RequestItems?.[TABLE] ?? [];
      sent.push(requests);
      // The first call processes only one item; later calls process everything.
      return { UnprocessedItems: sent.length === 1 ? { [TABLE]: requests.slice(1) } : {} };
    });
    const { options, delays } = instantBackoff();

    await repository(options).writeIndex(indexItems(25), []);

    expect(sent.map((r) => r.length)).toEqual([25, 24]);
    expect(sent[1]).toEqual(sent[0]?.slice(1));
    expect(delays).toHaveLength(1);
  });

  it('asks again for the UnprocessedKeys of a batch read and returns every record found', async () => {
    const asked: unknown[][] = [];
    dynamoMock.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => {
      const requested = input.RequestItems?.[TABLE]?.Keys ?? [];
      asked.push(requested);
      // The first call answers the first key only and leaves the rest unprocessed.
      const answered = asked.length === 1 ? requested.slice(0, 1) : requested;
      return {
        Responses: { [TABLE]: answered.map((k) => ({ ...k, key: String(k.pk).slice('O#'.length) })) },
        UnprocessedKeys: asked.length === 1 ? { [TABLE]: { Keys: requested.slice(1) } } : {},
      };
    });
    const { options, delays } = instantBackoff();

    const records = await getObjectRecords(
      DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' })),
      { tableName: TABLE, backoff: options },
      ['articles/a.txt', 'articles/b.txt', 'articles/c.txt'],
    );

    expect(asked.map((k) => k.length)).toEqual([3, 2]);
    expect([...records.keys()].sort()).toEqual(['articles/a.txt', 'articles/b.txt', 'articles/c.txt']);
    expect(delays).toHaveLength(1);
  });

  it('gives up after the bounded attempts instead of reporting unwritten items as written', async () => {
    dynamoMock.on(BatchWriteCommand).callsFake((input: BatchWriteCommandInput) => ({
      UnprocessedItems: { [TABLE]: input.RequestItems?.[TABLE]?.slice(1) ?? [] },
    }));
    const { options } = instantBackoff(4);

    await expect(repository(options).writeIndex(indexItems(25), [])).rejects.toBeInstanceOf(
      RetriesExhaustedError,
    );
    expect(dynamoMock.commandCalls(BatchWriteCommand)).toHaveLength(4);
  });

  it('retries throttled conditional updates with growing, capped, jittered delays', async () => {
    dynamoMock.on(UpdateCommand).rejectsOnce(throttled()).rejectsOnce(throttled()).resolves({});
    const { options, delays } = instantBackoff();
    const change = {
      key: keys.count({ kind: 'country', value: 'US' }, '2026-11-29', 'abc'),
      ref: { kind: 'country' as const, value: 'US' },
      day: '2026-11-29',
      shard: 3,
      aid: 'abc',
    };

    const added = await repository(options).addMember(change);

    expect(added).toBe(true);
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(3);
    expect(delays).toEqual([5, 10]);
    expect(backoffDelay(20, options, () => 0.999)).toBeLessThan(1_000);
  });

  it('treats a failed count condition as "already counted", not as an error', async () => {
    dynamoMock
      .on(UpdateCommand)
      .rejects(Object.assign(new Error('no'), { name: 'ConditionalCheckFailedException' }));
    const { options } = instantBackoff();
    const change = {
      key: keys.count({ kind: 'topic', value: 'medtop:11000000' }, '2026-11-29', 'abc'),
      ref: { kind: 'topic' as const, value: 'medtop:11000000' },
      day: '2026-11-29',
      shard: 0,
      aid: 'abc',
    };

    expect(await repository(options).addMember(change)).toBe(false);
    expect(dynamoMock.commandCalls(UpdateCommand)).toHaveLength(1);
  });
});

describe('S3 reads under faults', () => {
  it('skips an event whose object was deleted before it was read (NoSuchKey) and writes nothing', async () => {
    s3Mock
      .on(GetObjectCommand)
      .rejects(
        new S3ServiceException({ name: 'NoSuchKey', $fault: 'client', $metadata: { httpStatusCode: 404 } }),
      );
    const { deps, repository: memory } = memoryPipeline({
      objects: createS3ObjectSource(new S3Client({ region: 'us-east-1' }), 1_000, instantBackoff().options),
    });

    const outcome = await processEvent(deps, objectEvent('create', 'gone.txt', 1));

    expect(outcome).toBe('missing');
    expect(memory.writes).toBe(0);
  });

  it('fails only the message whose object read keeps failing with 5xx, so SQS retries just that one', async () => {
    s3Mock.on(GetObjectCommand, { Key: 'broken.txt' }).rejects(
      new S3ServiceException({
        name: 'InternalError',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
      }),
    );
    s3Mock.on(GetObjectCommand, { Key: 'fine.txt' }).resolves({
      Body: (async function* () {
        yield Buffer.from('Fine. country:NL');
      })() as never,
      ETag: '"e1"',
    });
    const { deps, repository: memory } = memoryPipeline({
      objects: createS3ObjectSource(new S3Client({ region: 'us-east-1' }), 1_000, instantBackoff(3).options),
    });
    const handler = createIngestHandler({
      pipeline: deps,
      filter: { prefix: '', suffix: '' },
      ...quietTelemetry(),
    });
    const notification = (key: string, seq: string) => ({
      Records: [
        {
          eventSource: 'aws:s3',
          eventName: 'ObjectCreated:Put',
          eventTime: '2026-11-29T08:00:00.000Z',
          s3: { bucket: { name: 'articles' }, object: { key, sequencer: seq } },
        },
      ],
    });
    const batch = sqsBatch(notification('broken.txt', '01'), notification('fine.txt', '02'));

    const response = await handler(batch);

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: batch.Records[0]?.messageId }] });
    expect(s3Mock.commandCalls(GetObjectCommand, { Key: 'broken.txt' })).toHaveLength(3);
    expect([...memory.articles.values()].map((a) => a.key)).toEqual(['fine.txt']);
  });
});
