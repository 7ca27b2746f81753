import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { createDynamoRepository } from '../../../functions/adapters/dynamo-repository.js';
import { createQueryRepository } from '../../../functions/adapters/query-repository.js';
import { createS3ObjectSource } from '../../../functions/adapters/s3-reader.js';
import { createApp } from '../../../functions/api/app.js';
import { createBackfillHandler } from '../../../functions/backfill/create-handler.js';
import { run as reprocessCommand } from '../../../functions/cli/commands/reprocess.js';
import { shortId } from '../../../functions/core/records/keys.js';
import { TAGGER_VERSION } from '../../../functions/core/version.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { httpEvent } from '../../unit/api/support.js';
import { fakeTag } from '../support/fake-tagger.js';
import {
  getItem,
  ingestHarness,
  putObject,
  quietTelemetry,
  scanAll,
  sqsBatch,
  useLocalStack,
} from '../support/local-stack.js';

const stack = useLocalStack();

function backfill(taggerVersion: string) {
  return createBackfillHandler({
    pipeline: {
      repository: createDynamoRepository(stack.servers.clients.dynamo, { tableName: stack.servers.table }),
      objects: createS3ObjectSource(stack.servers.clients.s3, 1_000_000),
      tag: (article) => ({ ...fakeTag(article), taggerVersion }),
      taggerVersion,
      limits: { maxDecompressedBytes: 1_000_000, maxArticlesPerObject: 100 },
      articleConcurrency: 2,
      now: () => new Date().toISOString(),
    },
    bucket: stack.servers.bucket,
    filter: { prefix: 'retag/', suffix: '' },
    concurrency: 2,
    ...quietTelemetry(),
  });
}

/** The Distributed Map's batch: the ItemReader's ListObjectsV2 entries. */
async function listedBatch() {
  const listed = await stack.servers.clients.s3.send(
    new ListObjectsV2Command({ Bucket: stack.servers.bucket, Prefix: 'retag/' }),
  );
  return { Items: (listed.Contents ?? []).map((o) => ({ Key: o.Key, Size: o.Size, ETag: o.ETag })) };
}

describe('re-tagging objects of an older tagger version (backfill and reprocess)', () => {
  it('re-tags what an older version wrote, leaves current records alone, and lets --all force it', async () => {
    const old = ingestHarness(stack.servers, { taggerVersion: 'v1' });
    for (const [key, body] of [
      ['retag/one.txt', 'One. country:CL'],
      [
        'retag/two.jsonl',
        `${JSON.stringify({ id: 'p', body: 'country:PE' })}\n${JSON.stringify({ body: 'country:BO' })}`,
      ],
    ] as const) {
      const from = stack.recorder.events.length;
      await putObject(stack.servers, { Key: key, Body: body });
      await old.handler(sqsBatch(await stack.recorder.next(key, from)));
    }
    await putObject(stack.servers, { Key: 'retag/never-ingested.txt', Body: 'Missed. country:UY' });

    const first = await backfill('v2')(await listedBatch());
    const second = await backfill('v2')(await listedBatch());
    const forced = await backfill('v2')({ ...(await listedBatch()), BatchInput: { all: true } });

    expect(first).toEqual({ tagged: 3, unchanged: 0, failed: 0, skipped: 0, errors: 0, keptWithoutText: 0 });
    expect(second).toEqual({ tagged: 0, unchanged: 3, failed: 0, skipped: 0, errors: 0, keptWithoutText: 0 });
    expect(forced).toMatchObject({ tagged: 3, errors: 0, keptWithoutText: 0 });
    for (const ref of [
      'retag/one.txt',
      'retag/two.jsonl#id=p',
      'retag/two.jsonl#2',
      'retag/never-ingested.txt',
    ]) {
      expect(await getItem(stack.servers, `A#${shortId(ref)}`, 'A')).toMatchObject({
        taggerVersion: 'v2',
        status: 'TAGGED',
        state: 'APPLIED',
      });
    }
  });

  it('counts an article ingested before focus counts as about its country once reprocess --all re-tags it', async () => {
    const key = 'retag/focus-before.txt';
    const aid = shortId(key);
    const from = stack.recorder.events.length;
    await putObject(stack.servers, { Key: key, Body: 'Quake. country:NP country:IN' });
    await ingestHarness(stack.servers, { taggerVersion: 'v1' }).handler(
      sqsBatch(await stack.recorder.next(key, from)),
    );
    // What the ingest wrote before 2026-12-01: the same record without `focus|NP`, and no focus count.
    const { dynamo } = stack.servers.clients;
    const record = await getItem(stack.servers, `A#${aid}`, 'A');
    const tags = record?.tags as string[];
    expect(tags).toContain('focus|NP');
    await dynamo.send(
      new PutCommand({
        TableName: stack.servers.table,
        Item: { ...record, tags: tags.filter((t) => !t.startsWith('focus|')) },
      }),
    );
    for (const item of await scanAll(stack.servers)) {
      if (String(item.pk).startsWith('C#focus#NP#'))
        await dynamo.send(
          new DeleteCommand({ TableName: stack.servers.table, Key: { pk: item.pk, sk: item.sk } }),
        );
    }
    const handle = createApp({
      repository: (meter) => createQueryRepository(dynamo, stack.servers.table, meter),
      corsOrigins: [],
      cursorSecret: undefined,
    });
    const aboutNepal = async () => {
      const response = await handle(httpEvent('/trends?country=NP&focus=true'));
      return { total: JSON.parse(response.body ?? '{}').total, note: response.headers?.['x-focus-note'] };
    };
    const before = await aboutNepal();

    const summary = await backfill('v1')({ Items: [{ Key: key }], BatchInput: { all: true } });

    expect(before).toEqual({ total: 0, note: expect.stringContaining('newstag reprocess --all') });
    expect(summary).toMatchObject({ tagged: 1, errors: 0, keptWithoutText: 0 });
    expect(await aboutNepal()).toEqual({ total: 1, note: undefined });
    expect(await getItem(stack.servers, `A#${aid}`, 'A')).toMatchObject({
      tags: expect.arrayContaining(['country|NP', 'country|IN', 'focus|NP']),
    });
  });

  it('keeps the ordering: an event newer than the re-tagged version still replaces it', async () => {
    const key = 'retag/ordered.txt';
    const from = stack.recorder.events.length;
    await putObject(stack.servers, { Key: key, Body: 'First. country:EC' });
    const created = await stack.recorder.next(key, from);
    await ingestHarness(stack.servers, { taggerVersion: 'v1' }).handler(sqsBatch(created));
    await backfill('v2')({ Items: [{ Key: key }] });
    const later = stack.recorder.events.length;
    await putObject(stack.servers, { Key: key, Body: 'Second. country:VE' });

    await ingestHarness(stack.servers, { taggerVersion: 'v2' }).handler(
      sqsBatch(await stack.recorder.next(key, later)),
    );

    expect(await getItem(stack.servers, `A#${shortId(key)}`, 'A')).toMatchObject({
      tags: ['country|VE', 'focus|VE'],
      taggerVersion: 'v2',
    });
  });

  it('lists a failure found by a re-tag in /failures by when it failed, above older failures', async () => {
    const ingest = async (key: string, body: string, tag: typeof fakeTag) => {
      const from = stack.recorder.events.length;
      await putObject(stack.servers, { Key: key, Body: body });
      await ingestHarness(stack.servers, { taggerVersion: 'v1', tag }).handler(
        sqsBatch(await stack.recorder.next(key, from)),
      );
    };
    const breaksOn = (word: string) => (article: Parameters<typeof fakeTag>[0]) => {
      if (article.body.includes(word)) throw new Error(`the tagger broke on ${word}`);
      return fakeTag(article);
    };
    await ingest('fails/early-tagged.txt', 'Tagged at first, breaks v2. country:GY', fakeTag);
    await ingest('fails/old-failure.txt', 'Broke v1. country:SR', breaksOn('v1'));

    const retag = createBackfillHandler({
      pipeline: {
        repository: createDynamoRepository(stack.servers.clients.dynamo, { tableName: stack.servers.table }),
        objects: createS3ObjectSource(stack.servers.clients.s3, 1_000_000),
        tag: (article) => ({ ...breaksOn('v2')(article), taggerVersion: 'v2' }),
        taggerVersion: 'v2',
        limits: { maxDecompressedBytes: 1_000_000, maxArticlesPerObject: 100 },
        articleConcurrency: 2,
        now: () => new Date().toISOString(),
      },
      bucket: stack.servers.bucket,
      filter: { prefix: 'fails/', suffix: '' },
      concurrency: 1,
      ...quietTelemetry(),
    });
    await retag({ Items: [{ Key: 'fails/early-tagged.txt' }] });

    const api = createApp({
      repository: (meter) => createQueryRepository(stack.servers.clients.dynamo, stack.servers.table, meter),
      corsOrigins: [],
      cursorSecret: 'failures-order-secret-failures-order',
    });
    const failures = JSON.parse((await api(httpEvent('/failures?limit=100'))).body ?? '{}');
    const ours = failures.items.filter((i: { key: string }) => i.key.startsWith('fails/'));
    expect(ours.map((i: { key: string; reason: string }) => [i.key, i.reason])).toEqual([
      ['fails/early-tagged.txt', 'TAGGING_FAILED'],
      ['fails/old-failure.txt', 'TAGGING_FAILED'],
    ]);
    expect(ours[0].failedAt > ours[1].failedAt).toBe(true);
  });

  it('newstag reprocess re-tags what a running local stack ingests with the current tagger, and prints a summary', async () => {
    const key = 'cli/story.txt';
    const from = stack.recorder.events.length;
    await putObject(stack.servers, {
      Key: key,
      Body: 'The Chilean government in Santiago met Peruvian officials. country:CL',
    });
    // Outside the stack's suffix filter: ingest never indexed it, so a re-tag must not either.
    await putObject(stack.servers, { Key: 'cli/notes.pdf', Body: 'Lima officials met in Quito. country:PE' });
    await ingestHarness(stack.servers, { taggerVersion: 'v0' }).handler(
      sqsBatch(await stack.recorder.next(key, from)),
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'newstag-cli-'));
    writeRunningStack(dataDir, {
      pid: process.pid,
      apiUrl: 'http://127.0.0.1:1/',
      adminUrl: 'http://127.0.0.1:1/',
      s3Endpoint: stack.servers.s3Endpoint,
      dynamoEndpoint: stack.servers.dynamoEndpoint,
      bucket: stack.servers.bucket,
      table: stack.servers.table,
      region: stack.servers.region,
      keyPrefix: 'cli/',
      keySuffix: '.txt',
    });
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });

    let code: number;
    try {
      code = await reprocessCommand(['--data-dir', dataDir, '--concurrency', '2']);
    } finally {
      stdout.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
    }

    expect(code).toBe(0);
    expect(printed.join('')).toMatch(
      /reprocess s3:\/\/\S+\/cli\/: 1 objects, tagged 1, unchanged 0, failed 0, skipped 0, errors 0/,
    );
    expect(printed.join('')).toContain('left alone 1 listed keys the stack does not ingest');
    expect(await getItem(stack.servers, `A#${shortId('cli/notes.pdf')}`, 'A')).toBeUndefined();
    expect(await getItem(stack.servers, `A#${shortId(key)}`, 'A')).toMatchObject({
      taggerVersion: TAGGER_VERSION,
      status: 'TAGGED',
    });
  });
});
