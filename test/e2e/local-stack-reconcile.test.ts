import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoRepository } from '../../functions/adapters/dynamo-repository.js';
import { shortId } from '../../functions/core/records/keys.js';
import { FileDeadLetters } from '../../functions/local/dead-letters.js';
import { type LocalServers, startLocalServers } from '../../functions/local/servers.js';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../functions/local/stack.js';
import { freePort, pollUntil } from '../integration/support/local-stack.js';

// The handlers read their endpoints once per process: every stack of this file uses the same ports.
let ports: { apiPort: number; s3Port: number; dynamoPort: number };
const folders: string[] = [];
beforeAll(async () => {
  ports = { apiPort: await freePort(), s3Port: await freePort(), dynamoPort: await freePort() };
});
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newstag-reconcile-'));
  folders.push(dir);
  return dir;
}

async function start(dataDir: string, log: string[] = [], extra: Partial<LocalStackOptions> = {}) {
  return startLocalStack({ ...ports, dataDir, log: (line) => log.push(line), ...extra });
}

async function put(servers: LocalServers, key: string, body: string): Promise<void> {
  await servers.clients.s3.send(new PutObjectCommand({ Bucket: servers.bucket, Key: key, Body: body }));
}

/** The article of a single-article object once it is APPLIED, with its countries. */
async function applied(stack: LocalStack, key: string): Promise<string[] | undefined> {
  const response = await fetch(`${stack.apiUrl}/articles/${shortId(key)}`);
  if (response.status !== 200) return undefined;
  const article = (await response.json()) as { state: string; indexedTags: string[] };
  if (article.state !== 'APPLIED') return undefined;
  return article.indexedTags.filter((t) => t.startsWith('country|')).sort();
}

const NORWAY = 'OSLO — Norway and Sweden opened a new rail link on Friday.\n';
const JAPAN = 'TOKYO — Japan and South Korea signed a fisheries accord on Monday.\n';
/**
 * The story as filed under `key`: a text of its own, so two keys are two articles (the same text under two
 * keys is one listed story and a copy, docs/data-model.md "Duplicates across keys").
 */
const filed = (story: string, key: string) => `${story}The desk filed it as ${key}.\n`;

describe('restarting a local stack on its data folder', () => {
  it('re-queues uploads the last run left untagged (no record, PENDING, overwritten) and no tagged one', async () => {
    const dataDir = dataFolder();
    const first = await start(dataDir);
    for (const key of ['inbox/changed.txt', 'inbox/pending.txt', 'inbox/done.txt'])
      await put(first.servers, key, NORWAY);
    await pollUntil(async () => ((await applied(first, 'inbox/done.txt')) ? true : undefined), 20_000);
    await first.queue.idle();
    await first.stop();
    // Meanwhile, with no stack listening (as after a kill -9 with these events queued): a new upload,
    // an overwrite, and an object whose ingest stopped halfway.
    const bare = await startLocalServers({ ...ports, dataDir });
    await put(bare, 'inbox/lost.txt', filed(JAPAN, 'lost'));
    await put(bare, 'inbox/changed.txt', filed(JAPAN, 'changed'));
    const repository = createDynamoRepository(bare.clients.dynamo, { tableName: bare.table });
    const pending = await repository.getObjectRecord('inbox/pending.txt');
    await repository.replaceObjectRecord({ ...(pending as NonNullable<typeof pending>), state: 'PENDING' });
    const done = await repository.getObjectRecord('inbox/done.txt');
    await bare.stop();
    const log: string[] = [];

    const second = await start(dataDir, log);
    try {
      const lost = await pollUntil(() => applied(second, 'inbox/lost.txt'), 20_000);
      const changed = await pollUntil(
        async () => ((await applied(second, 'inbox/changed.txt'))?.includes('country|JP') ? true : undefined),
        20_000,
      );
      await pollUntil(() => applied(second, 'inbox/pending.txt'), 20_000);
      await second.queue.idle();

      expect(log).toContain('restart check: 4 uploads in the bucket, re-queued 3 not yet tagged');
      expect(lost).toEqual(['country|JP', 'country|KR']);
      expect(changed).toBe(true);
      const after = createDynamoRepository(second.servers.clients.dynamo, {
        tableName: second.servers.table,
      });
      expect(await after.getObjectRecord('inbox/done.txt')).toEqual(done);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('leaves an object whose message is in the dead-letter store there, instead of queuing it at each start', async () => {
    const dataDir = dataFolder();
    const first = await start(dataDir);
    await first.stop();
    const bare = await startLocalServers({ ...ports, dataDir });
    await put(bare, 'inbox/poison.txt', NORWAY);
    const { ETag } = await bare.clients.s3.send(
      new HeadObjectCommand({ Bucket: bare.bucket, Key: 'inbox/poison.txt' }),
    );
    await bare.stop();
    await new FileDeadLetters(join(dataDir, 'dead-letters.json')).put({
      messageId: 'm-poison',
      body: JSON.stringify({ Records: [{ s3: { object: { key: 'inbox/poison.txt', eTag: ETag } } }] }),
      sentAt: 0,
      receiveCount: 3,
      lastError: 'table throttled',
    });
    const log: string[] = [];

    const second = await start(dataDir, log);
    try {
      await second.queue.idle();

      expect(log).toContain(
        'restart check: 1 uploads in the bucket, re-queued 0 not yet tagged (1 left in the dead-letter store: npx newstag dlq redrive)',
      );
      expect(await applied(second, 'inbox/poison.txt')).toBeUndefined();
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('tags every upload of a burst stopped before the queue drained, once started again', async () => {
    const dataDir = dataFolder();
    const keys = Array.from({ length: 25 }, (_, i) => `inbox/burst-${i}.txt`);
    const first = await start(dataDir);
    await Promise.all(keys.map((key) => put(first.servers, key, NORWAY)));
    await first.stop();

    const second = await start(dataDir);
    try {
      for (const key of keys) await pollUntil(() => applied(second, key), 30_000);
      await second.queue.idle();

      const untagged = await Promise.all(keys.map(async (key) => ((await applied(second, key)) ? 0 : 1)));
      expect(untagged.reduce((a: number, b) => a + b, 0)).toBe(0);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('rebuilds the daily tops on start, so /top agrees with /trends after a run without rollups', async () => {
    const dataDir = dataFolder();
    const withRollup = await start(dataDir, [], { rollup: true });
    await put(withRollup.servers, 'inbox/first.txt', filed(NORWAY, 'first'));
    await pollUntil(() => applied(withRollup, 'inbox/first.txt'), 20_000);
    await withRollup.queue.idle();
    await withRollup.rollupIdle();
    await withRollup.stop();
    const withoutRollup = await start(dataDir);
    await put(withoutRollup.servers, 'inbox/second.txt', filed(NORWAY, 'second'));
    await pollUntil(() => applied(withoutRollup, 'inbox/second.txt'), 20_000);
    await withoutRollup.queue.idle();
    await withoutRollup.stop();

    const again = await start(dataDir, [], { rollup: true });
    try {
      await again.rollupIdle();
      const top = (await (await fetch(`${again.apiUrl}/top?kind=country`)).json()) as {
        items: { value: string; count: number }[];
      };
      const trends = (await (await fetch(`${again.apiUrl}/trends?country=NO`)).json()) as { total: number };

      expect(trends.total).toBe(2);
      expect(top.items.find((item) => item.value === 'NO')?.count).toBe(2);
    } finally {
      await again.stop();
    }
  }, 120_000);
});
