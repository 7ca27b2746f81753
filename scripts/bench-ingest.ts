/**
 * `npm run bench:ingest [-- --articles 2000 --concurrency 4]`: articles end to end through the real ingest
 * handler into local servers. Each article is uploaded to s3rver as a JSON object; the server's event is
 * wrapped as the deployed queue would deliver it (one message per invocation) and the handler reads the
 * object, tags it with the real tagger and writes to dynalite. Prints articles/s, items and write units
 * per article (DynamoDB's own ConsumedCapacity, table plus indexes) and p50/p99 handler duration.
 * Run under Node's --openssl-legacy-provider only if you page ListObjectsV2 (this script does not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createDynamoRepository } from '../functions/adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../functions/adapters/s3-reader.js';
import { buildIndexItems, buildTaggedRecord, indexedTags } from '../functions/core/records/build.js';
import { itemSize, writeUnits } from '../functions/core/records/item-size.js';
import { shortId } from '../functions/core/records/keys.js';
import { tagArticle } from '../functions/core/tag.js';
import { TAGGER_VERSION } from '../functions/core/version.js';
import { createIngestHandler } from '../functions/ingest/create-handler.js';
import { decodeObject } from '../functions/ingest/decode.js';
import { createNotificationMapper } from '../functions/local/s3-notifications.js';
import { type S3rverEvent, startLocalServers } from '../functions/local/servers.js';
import { syntheticArticles } from './synthetic-news.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'articles');

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '4' },
    sizes: { type: 'boolean', default: false },
  },
});
const total = Number(values.articles);
const concurrency = Number(values.concurrency);

if (values.sizes) {
  // `--sizes`: no servers. Tags the generated articles and the team's demo fixtures and prints what
  // their index items and article records weigh, as DynamoDB bills them.
  process.stdout.write(`${JSON.stringify(itemSizeReport(total), null, 2)}\n`);
  process.exit(0);
}

process.env.POWERTOOLS_METRICS_DISABLED = 'true';
const servers = await startLocalServers({ bucket: 'bench-articles', table: 'bench' });

// Count what DynamoDB is asked to write and what it says that cost.
const writes = { requests: 0, capacity: 0 };
const indexItemBytes: number[] = [];
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
      for (const request of Object.values(batch ?? {}).flat() as { PutRequest?: { Item: object } }[]) {
        const item = request.PutRequest?.Item as { pk?: unknown } | undefined;
        if (item && String(item.pk).startsWith('I#')) indexItemBytes.push(itemSize(item));
      }
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
  indexItemsPerArticle: +(indexItemBytes.length / events.length).toFixed(1),
  indexItemBytes: sizeStats(indexItemBytes),
  handlerMs: {
    p50: +quantile(0.5).toFixed(1),
    p99: +quantile(0.99).toFixed(1),
    max: +(durations.at(-1) ?? 0).toFixed(1),
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await servers.stop();

/** Size distribution of the items an article writes, from records built exactly as the ingest builds them. */
function itemSizeReport(count: number) {
  const fixtures = readdirSync(FIXTURES)
    .filter((name) => name !== 'README.md')
    .flatMap((name) =>
      decodeObject(
        name,
        { bytes: readFileSync(join(FIXTURES, name)), metadata: {} },
        { maxDecompressedBytes: 20_000_000, maxArticlesPerObject: 5_000 },
      ),
    )
    .flatMap((d) => (d.kind === 'article' ? [d.input] : []));
  const inputs = [...syntheticArticles(count, 7), ...fixtures];
  const indexSizes: number[] = [];
  const indexUnits: number[] = [];
  const recordSizes: number[] = [];
  let cappedCo = 0;
  for (const [i, input] of inputs.entries()) {
    const result = tagArticle(input);
    const tags = indexedTags(result);
    const aid = shortId(`bench/${i}.json`);
    const record = buildTaggedRecord(
      {
        aid,
        articleId: input.id ?? `bench/${String(i).padStart(5, '0')}.json`,
        provenance: {
          key: `bench/${String(i).padStart(5, '0')}.json`,
          seq: '0'.repeat(40),
          contentHash: 'x'.repeat(64),
        },
        taggerVersion: TAGGER_VERSION,
        publishedAt: input.publishedAt ?? '2026-11-29T08:15:00Z',
        title: input.title,
        source: input.source ?? 'Bench Wire',
        language: result.language,
        eventTime: '2026-11-29T08:15:00Z',
      },
      result,
      tags,
      [],
      '2026-11-29T08:15:00.000Z',
    );
    recordSizes.push(itemSize(record));
    let units = 0;
    for (const item of buildIndexItems(record, tags)) {
      if (item.co.length < tags.length - 1) cappedCo++;
      const size = itemSize(item);
      indexSizes.push(size);
      units += writeUnits(item);
    }
    indexUnits.push(units);
  }
  return {
    articles: inputs.length,
    indexItemBytes: sizeStats(indexSizes),
    indexItemsOver1KB: +(indexSizes.filter((b) => b > 1024).length / Math.max(1, indexSizes.length)).toFixed(
      3,
    ),
    indexItemsPerArticle: +(indexSizes.length / inputs.length).toFixed(1),
    /** Index items whose co could not hold every other indexed tag of the article (byte budget). */
    indexItemsWithCappedCo: cappedCo,
    indexWriteUnitsPerArticle: +(indexUnits.reduce((a, b) => a + b, 0) / inputs.length).toFixed(1),
    articleRecordBytes: sizeStats(recordSizes),
  };
}

function sizeStats(xs: number[]) {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return { n: sorted.length, mean: Math.round(mean), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1) };
}
