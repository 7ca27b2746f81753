import { createServer } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DeleteObjectCommand, PutObjectCommand, type PutObjectCommandInput } from '@aws-sdk/client-s3';
import { GetCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import { createDynamoRepository } from '../../../functions/adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../../../functions/adapters/s3-reader.js';
import type { ArticleInput, TagResult } from '../../../functions/core/schema.js';
import { TAGGER_VERSION } from '../../../functions/core/version.js';
import { createIngestHandler } from '../../../functions/ingest/create-handler.js';
import type { TagRepository } from '../../../functions/ingest/ports.js';
import { createNotificationMapper } from '../../../functions/local/s3-notifications.js';
import { type LocalServers, type S3rverEvent, startLocalServers } from '../../../functions/local/servers.js';
import { fakeTag } from './fake-tagger.js';

export type { LocalServers };

/** Real s3rver + dynalite on free loopback ports, in a throwaway folder. Call `stop()` in afterAll. */
export async function startServers(): Promise<LocalServers> {
  return startLocalServers({ bucket: 'articles', table: `newstag-${process.pid}` });
}

/** Polls `probe` until it returns a value, at most `timeoutMs`; never a fixed sleep. */
/**
 * The servers and an S3 event recorder for one test file, started in beforeAll and stopped in afterAll.
 * `upload` and `remove` change an object and return the notification the server emitted for it.
 */
export function useLocalStack() {
  let servers: LocalServers | undefined;
  let recorder: ReturnType<typeof recordS3Events> | undefined;
  beforeAll(async () => {
    servers = await startServers();
    recorder = recordS3Events(servers);
  });
  afterAll(async () => {
    recorder?.stop();
    await servers?.stop();
  });
  const started = () => {
    if (!servers || !recorder) throw new Error('useLocalStack: the servers start in beforeAll');
    return { servers, recorder };
  };
  return {
    get servers() {
      return started().servers;
    },
    get recorder() {
      return started().recorder;
    },
    async upload(
      key: string,
      body: string | Uint8Array,
      extra: Omit<PutObjectCommandInput, 'Bucket' | 'Key' | 'Body'> = {},
    ) {
      const { servers, recorder } = started();
      const from = recorder.events.length;
      await putObject(servers, { Key: key, Body: body, ...extra });
      return recorder.next(key, from);
    },
    async remove(key: string) {
      const { servers, recorder } = started();
      const from = recorder.events.length;
      await servers.clients.s3.send(new DeleteObjectCommand({ Bucket: servers.bucket, Key: key }));
      return recorder.next(key, from);
    },
  };
}

export async function pollUntil<T>(probe: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Quiet telemetry for tests: no logs, metrics disabled. */
export function quietTelemetry() {
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  return {
    logger: new Logger({ serviceName: 'newstag-test', logLevel: 'SILENT' }),
    metrics: new Metrics({ serviceName: 'newstag-test', namespace: 'newstag-test' }),
  };
}

export interface IngestHarness {
  readonly repository: TagRepository;
  readonly handler: ReturnType<typeof createIngestHandler>;
}

/** The real ingest handler wired to the local servers, as handler.ts wires it to AWS. */
export function ingestHarness(
  servers: LocalServers,
  overrides: {
    maxObjectBytes?: number;
    maxDecompressedBytes?: number;
    prefix?: string;
    suffix?: string;
    /** The fake tagger by default, so tests control the tags; pass `tagArticle` for the real one. */
    tag?: (article: ArticleInput) => TagResult;
    taggerVersion?: string;
    /** Wraps the real repository, e.g. to inject a crash. */
    wrapRepository?: (repository: TagRepository) => TagRepository;
  } = {},
): IngestHarness {
  const real = createDynamoRepository(servers.clients.dynamo, { tableName: servers.table });
  const repository = overrides.wrapRepository ? overrides.wrapRepository(real) : real;
  const handler = createIngestHandler({
    pipeline: {
      repository,
      objects: createS3ObjectSource(servers.clients.s3, overrides.maxObjectBytes ?? 5_000_000),
      tag: overrides.tag ?? fakeTag,
      taggerVersion: overrides.taggerVersion ?? TAGGER_VERSION,
      limits: {
        maxDecompressedBytes: overrides.maxDecompressedBytes ?? 20_000_000,
        maxArticlesPerObject: 5_000,
      },
      articleConcurrency: 4,
      now: () => new Date().toISOString(),
    },
    filter: { prefix: overrides.prefix ?? '', suffix: overrides.suffix ?? '' },
    ...quietTelemetry(),
  });
  return { repository, handler };
}

/**
 * Records the S3 server's object events. Sequencers are replaced by a strictly increasing counter (the
 * server's is the time in milliseconds, which ties within a millisecond) and keys URL-encoded as real
 * S3 does.
 */
export function recordS3Events(servers: LocalServers) {
  const events: S3rverEvent[] = [];
  const toNotification = createNotificationMapper();
  const stop = servers.onS3Event((event) => {
    events.push(toNotification(event));
  });
  return {
    events,
    stop,
    /** Waits for the next event whose key is `key`. */
    async next(key: string, from = 0) {
      return pollUntil(async () =>
        events
          .slice(from)
          .find((e) => decodeURIComponent(e.Records[0]?.s3.object.key.replace(/\+/g, ' ') ?? '') === key),
      );
    },
  };
}

/** Wraps S3 notifications into an SQS batch, as the deployed queue delivers them. */
export function sqsBatch(...notifications: unknown[]) {
  return {
    Records: notifications.map((n, i) => ({
      messageId: `m-${i}-${Math.random().toString(36).slice(2)}`,
      receiptHandle: 'r',
      body: JSON.stringify(n),
      attributes: {},
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest',
      awsRegion: 'us-east-1',
    })),
  };
}

export async function putObject(servers: LocalServers, input: Omit<PutObjectCommandInput, 'Bucket'>) {
  return servers.clients.s3.send(new PutObjectCommand({ Bucket: servers.bucket, ...input }));
}

export async function getItem(servers: LocalServers, pk: string, sk: string) {
  const out = await servers.clients.dynamo.send(
    new GetCommand({ TableName: servers.table, Key: { pk, sk }, ConsistentRead: true }),
  );
  return out.Item;
}

export async function queryPartition(servers: LocalServers, pk: string) {
  const out = await servers.clients.dynamo.send(
    new QueryCommand({
      TableName: servers.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk },
    }),
  );
  return out.Items ?? [];
}

/** Every item of the table: for assertions on small test tables only (the product never scans). */
export async function scanAll(servers: LocalServers) {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await servers.clients.dynamo.send(
      new ScanCommand({ TableName: servers.table, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A loopback port free at the time of asking, for a stack that must start twice on the same ports. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
