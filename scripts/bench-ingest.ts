/**
 * `npm run bench:ingest [-- --articles 2000 --concurrency 4]`: articles end to end through the real ingest
 * handler into local servers. Each article is uploaded to s3rver as a JSON object; the server's event is
 * wrapped as the deployed queue would deliver it (one message per invocation) and the handler reads the
 * object, tags it with the real tagger and writes to dynalite. Prints articles/s, items and write units
 * per article (DynamoDB's own ConsumedCapacity, table plus indexes) and p50/p99 handler duration.
 * Run under Node's --openssl-legacy-provider only if you page ListObjectsV2 (this script does not).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDynamoRepository } from '../functions/adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../functions/adapters/s3-reader.js';
import { tagArticle } from '../functions/core/tag.js';
import { TAGGER_VERSION } from '../functions/core/version.js';
import { createIngestHandler } from '../functions/ingest/create-handler.js';
import { createNotificationMapper } from '../functions/local/s3-notifications.js';
import { type S3rverEvent, startLocalServers } from '../functions/local/servers.js';
import { syntheticArticles } from './synthetic-news.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '4' } },
});
const total = Number(values.articles);
const concurrency = Number(values.concurrency);

process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const servers = await startLocalServers({ bucket: 'bench-articles', table: 'bench' });

// Count what DynamoDB is asked to write and what it says that cost.
const writes = { requests: 0, capacity: 0 };
servers.clients.dynamo.middlewareStack.add(
  (next) => async (args) => {
    const input = args.input as Record<string, unknown>;
    const writing =
      'Item' in input || 'UpdateExpression' in input || 'RequestItems' in input || 'Key' in input;
    const isRead = 'ConsistentRead' in input && !('UpdateExpression' in input);
    if (writing && !isRead) input.ReturnConsumedCapacity = 'TOTAL';
    const result = await next(args);
    if (writing && !isRead) {
      const batch = input.RequestItems as Record<string, unknown[]> | undefined;
      writes.requests += batch ? Object.values(batch).reduce((n, r) => n + r.length, 0) : 1;
      const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      for (const c of Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) {
        writes.capacity += (c as { CapacityUnits?: number }).CapacityUnits ?? 0;
      }
    }
    return result;
  },
  { step: 'initialize', name: 'countWrites' },
);

const handler = createIngestHandler({
  pipeline: {
    repository: createDynamoRepository(servers.clients.dynamo, { tableName: servers.table }),
    objects: createS3ObjectSource(servers.clients.s3, 5_000_000),
    tag: tagArticle,
    taggerVersion: TAGGER_VERSION,
    limits: { maxDecompressedBytes: 20_000_000, maxArticlesPerObject: 5_000 },
    articleConcurrency: 4,
    now: () => new Date().toISOString(),
  },
  filter: { prefix: '', suffix: '' },
  logger: new Logger({ serviceName: 'bench', logLevel: 'SILENT' }),
  metrics: new Metrics({ serviceName: 'bench', namespace: 'bench' }),
});

const events: S3rverEvent[] = [];
const toNotification = createNotificationMapper();
servers.onS3Event((event) => events.push(toNotification(event)));

const articles = syntheticArticles(total, 7);
const day0 = Date.UTC(2026, 10, 1);
process.stderr.write(`uploading ${total} articles…\n`);
let uploaded = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (uploaded < total) {
      const i = uploaded++;
      const publishedAt = new Date(day0 + (i % 28) * 86_400_000 + (i % 1440) * 60_000).toISOString();
      await servers.clients.s3.send(
        new PutObjectCommand({
          Bucket: servers.bucket,
          Key: `bench/${String(i).padStart(5, '0')}.json`,
          Body: JSON.stringify({ ...articles[i], publishedAt }),
          ContentType: 'application/json',
        }),
      );
    }
  }),
);
const deadline = Date.now() + 30_000;
while (events.length < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

process.stderr.write(`ingesting with ${concurrency} concurrent invocations…\n`);
const durations: number[] = [];
const failures: string[] = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < events.length) {
      const event = events[next++] as S3rverEvent;
      const body = JSON.stringify(event);
      const t0 = performance.now();
      const out = (await handler({
        Records: [{ messageId: String(next), body, eventSource: 'aws:sqs' }],
      })) as { batchItemFailures: unknown[] };
      durations.push(performance.now() - t0);
      if (durations.length % 200 === 0) process.stderr.write(`  ${durations.length}/${events.length}\n`);
      if (out.batchItemFailures.length > 0) failures.push(body);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
durations.sort((a, b) => a - b);
const quantile = (q: number) =>
  durations[Math.min(durations.length - 1, Math.floor(q * durations.length))] ?? 0;

const report = {
  date: new Date().toISOString(),
  machine: `${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${loadavg()[0]?.toFixed(1)}`,
  articles: events.length,
  concurrency,
  failedMessages: failures.length,
  articlesPerSecond: +(events.length / seconds).toFixed(1),
  writeRequestsPerArticle: +(writes.requests / events.length).toFixed(1),
  writeUnitsPerArticle: +(writes.capacity / events.length).toFixed(1),
  handlerMs: {
    p50: +quantile(0.5).toFixed(1),
    p99: +quantile(0.99).toFixed(1),
    max: +(durations.at(-1) ?? 0).toFixed(1),
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await servers.stop();
