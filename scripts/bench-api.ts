/**
 * `npm run bench:api`: latency and items read per route of the query API handler, over a table filled
 * by the real ingest handler (S3 object → SQS-shaped event → pipeline → DynamoDB) on local s3rver +
 * dynalite. The tagger is the deterministic fake of the integration tests, so the feed's tag
 * distribution is chosen here (skewed like news: a few hot countries and topics, a long tail of
 * entities) and the measurement is of the API, not of the tagger.
 *
 * With `--ingest records` (the default) the items are built by the same record builders the ingest uses
 * (functions/core/records: tagged record, index items, catalog entries, count shards with their member
 * sets) and written with BatchWriteItem, because the full ingest path (≈ 27 conditional writes per
 * article) managed about 4 articles/s on the shared 2-core machine: 10,000 would take 45 minutes.
 * `--ingest handler` runs every article through the real ingest handler instead.
 *
 * Usage: npm run bench:api [-- --articles 10000 --requests 1000 --live-top-requests 100 --ingest records|handler --servers process|inline --store disk|memory]
 */

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createClients } from '../functions/adapters/clients.js';
import { createQueryRepository } from '../functions/adapters/query-repository.js';
import { createRollupRepository } from '../functions/adapters/rollup-repository.js';
import { createApp } from '../functions/api/app.js';
import {
  appliedRecord,
  buildFailedRecord,
  buildIndexItems,
  buildTaggedRecord,
  catalogEntries,
  indexedTags,
} from '../functions/core/records/build.js';
import { fingerprint } from '../functions/core/records/fingerprint.js';
import {
  COUNT_SHARDS,
  dayOf,
  keys,
  namePartition,
  normalizeName,
  parseCountRef,
  shardOf,
  shortId,
  TOP_BUCKETS,
} from '../functions/core/records/keys.js';
import { createRollupHandler } from '../functions/rollup/create-handler.js';
import { fakeTag } from '../test/integration/support/fake-tagger.js';
import {
  ingestHarness,
  type LocalServers,
  putObject,
  recordS3Events,
  sqsBatch,
  startServers,
} from '../test/integration/support/local-stack.js';
import { httpEvent } from '../test/unit/api/support.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    /** Per route: 1,000 makes p99 the 10th-worst request, not a single stall. */
    requests: { type: 'string', default: '1000' },
    /** Requests per `/top` variant read live (the fallback of a stack without daily tops; 0.1–0.4 s each). */
    'live-top-requests': { type: 'string', default: '100' },
    days: { type: 'string', default: '60' },
    /** `handler`: every article through the real ingest handler (about 4 articles/s here); `records`: the real record builders, batch-written. */
    ingest: { type: 'string', default: 'records' },
    /**
     * `process` (default): dynalite in a child process, as `npm start` runs it beside the API; `inline`:
     * in this process, as the tests run it (needed by `--ingest handler`).
     */
    servers: { type: 'string', default: 'process' },
    /** `disk` (default): dynalite on LevelDB in a temporary folder, as `npm start` keeps its data; `memory`: in memory. */
    store: { type: 'string', default: 'disk' },
  },
});
const ARTICLES = Number(values.articles);
const REQUESTS = Number(values.requests);
const LIVE_TOP_REQUESTS = Number(values['live-top-requests']);
const DAYS = Number(values.days);
/** The feed's articles are spread over DAYS days from this one (UTC). */
const FEED_START = Date.UTC(2026, 9, 1);
const feedDay = (index: number) => new Date(FEED_START + index * 86_400_000).toISOString().slice(0, 10);
const LINES_PER_OBJECT = 1_000;
const BENCH_SEQ = '1'.padStart(40, '0');

/** Deterministic pseudo-random numbers (mulberry32), so every run ingests the same feed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(42);
/** Zipf-like pick: index i with weight 1 / (i + 1). */
function zipf(n: number): number {
  const harmonic = Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((s, w) => s + w, 0);
  let r = rand() * harmonic;
  for (let i = 0; i < n; i++) {
    r -= 1 / (i + 1);
    if (r <= 0) return i;
  }
  return n - 1;
}

const COUNTRIES =
  'US CN FR DE GB RU UA IN JP BR IL IR TR IT ES CA AU MX KR ZA NG EG SA PL NL SE CH AR PK ID'.split(' ');
const TOPICS = Array.from({ length: 17 }, (_, i) => `medtop:${String((i + 1) * 1_000_000).padStart(8, '0')}`);
const FIRST =
  'anna ben carla david elena farid greta hugo ines jonas karim lena marco nadia oscar paula rafael sofia tomas ula'.split(
    ' ',
  );
const LAST =
  'adams berg costa dubois evans fischer garcia hansen ivanova jensen kowalski lopez meyer novak olsen petrov quinn rossi schmidt tanaka'.split(
    ' ',
  );
const ORGS =
  'acme globex initech umbrella stark wayne wonka tyrell cyberdyne soylent hooli vandelay massive oscorp aperture'.split(
    ' ',
  );
const ORG_KIND = 'bank group motors labs energy media foods air mining systems'.split(' ');

const ENTITIES = [
  ...FIRST.flatMap((f) => LAST.map((l) => `person:${f}-${l}`)),
  ...ORGS.flatMap((o) => ORG_KIND.map((k) => `organization:${o}-${k}`)),
].sort(() => rand() - 0.5);

interface Article {
  id: string;
  tags: string[];
  publishedAt: string;
}

function article(i: number): Article {
  const countries = new Set<string>();
  const countryCount = 1 + zipf(4);
  while (countries.size < countryCount) countries.add(COUNTRIES[zipf(COUNTRIES.length)] as string);
  const sorted = [...countries];
  const pairs = sorted.length > 1 ? [[sorted[0], sorted[1]].sort().join('-')] : [];
  const topics = new Set([TOPICS[zipf(TOPICS.length)] as string, TOPICS[zipf(TOPICS.length)] as string]);
  const entities = new Set(
    Array.from({ length: 2 + zipf(6) }, () => ENTITIES[zipf(ENTITIES.length)] as string),
  );
  const publishedAt = new Date(FEED_START + Math.floor(rand() * DAYS * 86_400_000)).toISOString();
  return {
    id: `bench-${i}`,
    publishedAt,
    tags: [
      ...sorted.map((c) => `country:${c}`),
      ...pairs.map((p) => `pair:${p}`),
      ...[...topics].map((t) => `topic:${t}`),
      ...[...entities].map((e) => `entity:${e}`),
    ],
  };
}

const objectKeyOf = (a: Article) =>
  `bench/feed-${String(Math.floor(Number(a.id.slice(6)) / LINES_PER_OBJECT)).padStart(3, '0')}.jsonl`;
/** The article id the ingest gives a `.jsonl` line with an `id` field. */
const articleIdOf = (a: Article) => `${objectKeyOf(a)}#id=${a.id}`;

function jsonLine(a: Article): string {
  return JSON.stringify({
    id: a.id,
    title: `Bench ${a.id}`,
    body: `Text. ${a.tags.join(' ')}`,
    publishedAt: a.publishedAt,
  });
}

async function ingestThroughHandler(servers: LocalServers, articles: Article[]) {
  const ingest = ingestHarness(servers);
  const recorder = recordS3Events(servers);
  for (let first = 0; first < articles.length; first += LINES_PER_OBJECT) {
    const slice = articles.slice(first, first + LINES_PER_OBJECT);
    const key = objectKeyOf(slice[0] as Article);
    const from = recorder.events.length;
    await putObject(servers, { Key: key, Body: slice.map(jsonLine).join('\n') });
    const outcome = await ingest.handler(sqsBatch(await recorder.next(key, from)));
    if ('batchItemFailures' in outcome && outcome.batchItemFailures.length > 0)
      throw new Error(`ingest of ${key} failed`);
    process.stderr.write(`ingested ${first + slice.length} / ${articles.length}\n`);
  }
  for (const key of ['bench/bad-1.txt', 'bench/bad-2.txt']) {
    const from = recorder.events.length;
    await putObject(servers, { Key: key, Body: '  ' });
    await ingest.handler(sqsBatch(await recorder.next(key, from)));
  }
  recorder.stop();
}

/** The items the ingest would write, from the same builders, with counts and catalog aggregated in memory. */
interface Table {
  readonly clients: { readonly dynamo: DynamoDBDocumentClient };
  readonly table: string;
  stop(): Promise<void>;
}

/** dynalite in a child process, so its CPU is not the handler's event loop; the child exits when stdin closes. */
async function startDynaliteProcess(store: string): Promise<Table> {
  const dataDir = store === 'disk' ? mkdtempSync(join(tmpdir(), 'newstag-bench-')) : undefined;
  const serversModule = new URL('../functions/local/servers.ts', import.meta.url).pathname;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { startLocalServers } from ${JSON.stringify(serversModule)};
       const s = await startLocalServers({ table: 'bench', ...${JSON.stringify(dataDir ? { dataDir } : {})} });
       console.log(JSON.stringify({ dynamoEndpoint: s.dynamoEndpoint, table: s.table, region: s.region }));
       process.stdin.resume();
       process.stdin.on('end', () => s.stop().then(() => process.exit(0)));`,
    ],
    { stdio: ['pipe', 'pipe', 'ignore'] },
  );
  const [line] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), 'line')) as [
    string,
  ];
  const started = JSON.parse(line) as { dynamoEndpoint: string; table: string; region: string };
  const { dynamo } = createClients({ region: started.region, dynamoEndpoint: started.dynamoEndpoint });
  return {
    clients: { dynamo },
    table: started.table,
    async stop() {
      child.stdin?.end();
      await once(child, 'exit');
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function writeWithRecordBuilders(servers: Table, articles: Article[]) {
  const now = new Date().toISOString();
  const items: Record<string, unknown>[] = [];
  const counts = new Map<string, Record<string, unknown> & { n: number; m: Set<string> }>();
  const catalog = new Map<string, Record<string, unknown> & { articleCount: number; aliases: Set<string> }>();
  for (const a of articles) {
    const title = `Bench ${a.id}`;
    const body = `Text. ${a.tags.join(' ')}`;
    const result = fakeTag({ id: a.id, title, body, publishedAt: a.publishedAt });
    const tags = indexedTags(result);
    const aid = shortId(articleIdOf(a));
    const version = {
      aid,
      articleId: articleIdOf(a),
      provenance: { key: objectKeyOf(a), seq: BENCH_SEQ, contentHash: 'bench' },
      taggerVersion: 'bench',
      publishedAt: a.publishedAt,
      title,
      eventTime: now,
    };
    // As ingest writes it: the record names its text's fingerprint, whose claim lists the article, so
    // `GET /articles/{id}` reads both (record and claim) as it does on a real table.
    const fp = fingerprint(title, body);
    const record = { ...appliedRecord(buildTaggedRecord(version, result, tags, [], now)), fp };
    items.push(
      record as unknown as Record<string, unknown>,
      ...(buildIndexItems(record, tags) as unknown as Record<string, unknown>[]),
      { ...keys.claim(fp), recordType: 'claim', owner: aid, m: new Set([aid]), v: 1 },
    );
    const day = dayOf(record.publishedAt);
    // Every membership the record names: its indexed tags and the countries it is about (`focus|XX`).
    for (const ref of record.tags.map(parseCountRef)) {
      const key = keys.count(ref, day, aid);
      const shard = shardOf(aid, COUNT_SHARDS[ref.kind]);
      const id = `${key.pk}|${key.sk}`;
      const item = counts.get(id) ?? {
        ...key,
        recordType: 'count',
        kind: ref.kind,
        value: ref.value,
        day,
        shard,
        n: 0,
        m: new Set<string>(),
        g1pk: keys.countSeries(ref),
        g1sk: keys.countSeriesSort(day, shard),
        g2pk: keys.topPartition(ref.kind, day, shard % TOP_BUCKETS),
      };
      item.n += 1;
      item.m.add(aid);
      counts.set(id, item);
    }
    for (const entry of catalogEntries(result, tags)) {
      const normalized = normalizeName(entry.name);
      const item = catalog.get(entry.entityId) ?? {
        ...keys.entity(entry.entityId),
        recordType: 'entity',
        entityId: entry.entityId,
        name: entry.name,
        entityType: entry.entityType,
        articleCount: 0,
        aliases: new Set<string>(),
        g3pk: namePartition(normalized),
        g3sk: keys.nameSort(normalized, entry.entityId),
      };
      item.articleCount += 1;
      for (const alias of entry.aliases) if (item.aliases.size < 50) item.aliases.add(alias);
      catalog.set(entry.entityId, item);
    }
  }
  for (const item of counts.values()) items.push({ ...item, g2sk: item.n });
  for (const item of catalog.values()) {
    const { aliases, ...rest } = item;
    items.push(aliases.size > 0 ? { ...rest, aliases } : rest);
  }
  for (const [i, key] of ['bench/bad-1.txt', 'bench/bad-2.txt'].entries()) {
    const failed = buildFailedRecord(
      {
        aid: shortId(key),
        articleId: key,
        provenance: { key, seq: BENCH_SEQ, contentHash: 'bench' },
        taggerVersion: 'bench',
        publishedAt: now,
        eventTime: new Date(Date.UTC(2026, 10, 28, i)).toISOString(),
      },
      'EMPTY',
      'the object holds no text',
      [],
      now,
    );
    items.push(appliedRecord(failed) as unknown as Record<string, unknown>);
  }
  let next = 0;
  let written = 0;
  const worker = async () => {
    while (next < items.length) {
      let pending = items.slice(next, next + 25).map((Item) => ({ PutRequest: { Item } }));
      next += 25;
      for (let attempt = 0; pending.length > 0 && attempt < 10; attempt++) {
        const out = await servers.clients.dynamo.send(
          new BatchWriteCommand({ RequestItems: { [servers.table]: pending } }),
        );
        pending = (out.UnprocessedItems?.[servers.table] ?? []) as typeof pending;
      }
      if (pending.length > 0) throw new Error('BatchWriteItem kept items unprocessed');
      written += 25;
      if (written % 10_000 < 25) process.stderr.write(`written ${written} / ${items.length} items\n`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

type Repository = ReturnType<typeof createQueryRepository>;
const callKey = (method: string | symbol, args: unknown[]) => `${String(method)} ${JSON.stringify(args)}`;

function recording(repository: Repository, store: Map<string, unknown>): Repository {
  return new Proxy(repository, {
    get:
      (target, method) =>
      async (...args: unknown[]) => {
        const value = await (target[method as keyof Repository] as (...a: unknown[]) => Promise<unknown>)(
          ...args,
        );
        store.set(callKey(method, args), value);
        return value;
      },
  });
}

function replaying(store: Map<string, unknown>): Repository {
  return new Proxy({} as Repository, {
    get:
      (_target, method) =>
      async (...args: unknown[]) => {
        const key = callKey(method, args);
        if (!store.has(key)) throw new Error(`not recorded: ${key}`);
        return store.get(key);
      },
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Writes the feed and keeps only the articles' short ids, so the articles themselves are garbage before the
 * timed requests (a suspended async frame would otherwise hold them for the whole run).
 */
async function writeFeed(servers: Table): Promise<{ aids: string[]; ingestSeconds: number }> {
  const articles = Array.from({ length: ARTICLES }, (_, i) => article(i));
  const ingestStart = performance.now();
  if (values.ingest === 'handler') await ingestThroughHandler(servers as LocalServers, articles);
  else await writeWithRecordBuilders(servers, articles);
  const ingestSeconds = (performance.now() - ingestStart) / 1000;
  const aids = articles.map((a) =>
    shortId(
      `bench/feed-${String(Math.floor(Number(a.id.slice(6)) / LINES_PER_OBJECT)).padStart(3, '0')}.jsonl#id=${a.id}`,
    ),
  );
  return { aids, ingestSeconds };
}

async function main() {
  if (values.servers === 'process' && values.ingest === 'handler') {
    throw new Error('--ingest handler needs the S3 server: add --servers inline');
  }
  const servers: Table =
    values.servers === 'process' ? await startDynaliteProcess(values.store) : await startServers();
  try {
    const { aids, ingestSeconds } = await writeFeed(servers);

    // After the timed requests, each distinct one is sent again with every repository answer recorded and
    // then all are replayed with their reads served from memory: that latency is the handler's own cost
    // (validation, planning, merging, JSON). The timed pass records nothing: holding every answer alive
    // made the young-generation collections of this process copy them (10–46 ms pauses on /entities/{id}).
    const recorded = new Map<string, unknown>();
    const appOptions = {
      corsOrigins: [],
      cursorSecret: 'bench-secret-bench-secret-bench-secret',
      now: () => new Date(Date.UTC(2026, 10, 29, 12)),
    };
    const handle = createApp({
      ...appOptions,
      repository: (meter) => createQueryRepository(servers.clients.dynamo, servers.table, meter),
    });
    const handleRecording = createApp({
      ...appOptions,
      repository: (meter) =>
        recording(createQueryRepository(servers.clients.dynamo, servers.table, meter), recorded),
    });
    const handleReplayed = createApp({ ...appOptions, repository: () => replaying(recorded) });
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
    const hotEntity = ENTITIES[0] as string;
    const warmEntity = ENTITIES[5] as string;

    // A second page of the hottest tag: the cursor taken from a first page.
    const firstPage = JSON.parse(
      (await handle(httpEvent('/articles?country=US&limit=20'))).body as string,
    ) as { nextCursor: string };

    const routes: Record<string, () => string> = {
      'GET /articles/{id}': () => `/articles/${pick(aids)}`,
      'GET /articles?country=US (hot, page 1)': () => '/articles?country=US&limit=20',
      'GET /articles?country=US (page 2, cursor)': () =>
        `/articles?country=US&limit=20&cursor=${encodeURIComponent(firstPage.nextCursor)}`,
      'GET /articles?country=US&focus=true': () => '/articles?country=US&focus=true&limit=20',
      'GET /articles?entity (hot)': () => `/articles?entity=${encodeURIComponent(hotEntity)}&limit=20`,
      'GET /articles?topic&from&to (30 days)': () =>
        `/articles?topic=${pick(TOPICS.slice(0, 5))}&from=2026-10-15&to=2026-11-13&limit=20`,
      'GET /articles?entity&country': () =>
        `/articles?entity=${encodeURIComponent(warmEntity)}&country=${pick(['US', 'CN', 'FR'])}&limit=20`,
      'GET /articles?topic&pair': () => `/articles?topic=${pick(TOPICS.slice(0, 3))}&pair=CN-US&limit=20`,
      'GET /articles?country&country&topic': () =>
        `/articles?country=US&country=CN&topic=${TOPICS[0]}&limit=20`,
      'GET /entities?prefix': () =>
        `/entities?prefix=${pick(FIRST).slice(0, 2 + Math.floor(rand() * 3))}&limit=10`,
      'GET /entities?prefix&type': () =>
        `/entities?prefix=${pick(ORGS).slice(0, 2)}&type=organization&limit=10`,
      'GET /entities/{id}': () => `/entities/${encodeURIComponent(pick(ENTITIES.slice(0, 50)))}`,
      'GET /trends?country (60 days)': () =>
        `/trends?country=${pick(COUNTRIES.slice(0, 5))}&from=2026-10-01&to=2026-11-29`,
      'GET /trends?country&focus=true (60 days)': () =>
        `/trends?country=${pick(COUNTRIES.slice(0, 5))}&focus=true&from=2026-10-01&to=2026-11-29`,
      'GET /trends?entity (30 days)': () =>
        `/trends?entity=${encodeURIComponent(pick(ENTITIES.slice(0, 20)))}&from=2026-10-31&to=2026-11-29`,
      'GET /failures': () => '/failures?limit=20',
      'GET /health': () => '/health',
    };
    const topRoutes: Record<string, () => string> = {
      'GET /top?kind=country (7 days)': () => '/top?kind=country&from=2026-11-01&to=2026-11-07&limit=10',
      'GET /top?kind=country&focus=true (7 days)': () =>
        '/top?kind=country&focus=true&from=2026-11-01&to=2026-11-07&limit=10',
      'GET /top?kind=entity (7 days)': () => '/top?kind=entity&from=2026-11-01&to=2026-11-07&limit=10',
      'GET /top?kind=entity (1 day)': () => '/top?kind=entity&from=2026-11-05&to=2026-11-05&limit=10',
      'GET /top?kind=pair (31 days)': () => '/top?kind=pair&from=2026-10-08&to=2026-11-07&limit=10',
    };

    const rows: string[] = [];
    const measure = async (name: string, request: () => string, requests = REQUESTS) => {
      for (let i = 0; i < 10; i++) await handle(httpEvent(request())); // warm-up
      const latencies: number[] = [];
      const reads: number[] = [];
      const sent: string[] = [];
      let items = 0;
      for (let i = 0; i < requests; i++) {
        const path = request();
        sent.push(path);
        const started = performance.now();
        const result = await handle(httpEvent(path));
        latencies.push(performance.now() - started);
        if (result.statusCode !== 200) throw new Error(`${name}: HTTP ${result.statusCode} ${result.body}`);
        reads.push(Number(result.headers?.['x-read-items'] ?? 0));
        const body = JSON.parse(result.body as string) as { items?: unknown[] };
        items += body.items?.length ?? 1;
      }
      recorded.clear();
      for (const path of new Set(sent)) await handleRecording(httpEvent(path));
      const own: number[] = [];
      for (const path of sent) {
        const started = performance.now();
        const result = await handleReplayed(httpEvent(path));
        own.push(performance.now() - started);
        if (result.statusCode !== 200)
          throw new Error(`${name} replayed: HTTP ${result.statusCode} ${result.body}`);
      }
      recorded.clear();
      own.sort((a, b) => a - b);
      latencies.sort((a, b) => a - b);
      reads.sort((a, b) => a - b);
      const mean = reads.reduce((s, r) => s + r, 0) / reads.length;
      rows.push(
        `| ${name} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 99).toFixed(1)} | ${percentile(own, 50).toFixed(2)} | ${percentile(own, 99).toFixed(2)} | ${mean.toFixed(0)} | ${reads.at(-1)} | ${(items / requests).toFixed(1)} |`,
      );
      process.stderr.write(`${rows.at(-1)}\n`);
    };
    for (const [name, request] of Object.entries(routes)) await measure(name, request);
    // /top first as a fresh stack answers it (every day read live), then from the daily tops that the
    // deployed schedules keep (one rollup over the whole feed, timed).
    for (const [name, request] of Object.entries(topRoutes))
      await measure(`${name}, live`, request, LIVE_TOP_REQUESTS);
    const rollupStart = performance.now();
    const rolledUp = await createRollupHandler({
      repository: createRollupRepository(servers.clients.dynamo, servers.table),
      now: () => new Date(),
      logger: { info: () => {} },
    })({ from: feedDay(0), to: feedDay(DAYS - 1) });
    const rollupSeconds = (performance.now() - rollupStart) / 1000;
    process.stderr.write(`rollup: ${rolledUp.written} daily tops in ${rollupSeconds.toFixed(1)} s\n`);
    for (const [name, request] of Object.entries(topRoutes)) await measure(`${name}, daily tops`, request);

    const cpu = cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `\n${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores (${cpu}), Node ${process.version}; ` +
        `${ARTICLES} articles over ${DAYS} days written in ${ingestSeconds.toFixed(0)} s (${values.ingest === 'handler' ? 'real ingest handler' : 'real record builders + BatchWriteItem'}); ` +
        `daily tops of all ${DAYS} days rolled up in ${rollupSeconds.toFixed(1)} s; ` +
        `load average during the run ${loadavg()[0]?.toFixed(1)}; ` +
        `${REQUESTS} requests per route (${LIVE_TOP_REQUESTS} per live /top), handler called in-process against dynalite (${values.servers === 'process' ? 'in a child process' : 'in the same process'}).\n`,
    );
    console.log(
      '| route | p50 ms | p99 ms | handler only p50 ms | handler only p99 ms | items read (mean) | items read (max) | items returned (mean) |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    await servers.stop();
  }
}

await main();
