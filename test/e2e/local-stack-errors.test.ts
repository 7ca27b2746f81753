import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalServers } from '../../functions/local/servers.js';
import { LocalStackError, startLocalStack } from '../../functions/local/stack.js';
import { writeRunningStack } from '../../functions/local/state-file.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function occupiedPort(): Promise<number> {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
  cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
  return (blocker.address() as AddressInfo).port;
}

async function isFree(port: number): Promise<boolean> {
  const probe = createServer();
  const free = await new Promise<boolean>((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (free) await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A data folder with a real LevelDB store in it, as a first `npm start` leaves it. */
async function usedDataFolder(): Promise<string> {
  const dataDir = tempDir('newstag-used-');
  const servers = await startLocalServers({ dataDir });
  await servers.stop();
  return dataDir;
}

describe('starting the local stack', () => {
  it('says the API port is busy, with a hint, instead of crashing', async () => {
    const port = await occupiedPort();

    const attempt = startLocalStack({ apiPort: port });

    await expect(attempt).rejects.toBeInstanceOf(LocalStackError);
    await expect(attempt).rejects.toThrow(
      `port ${port} (API, set with --port) on 127.0.0.1 is already in use`,
    );
  });

  it.each([
    ['S3', '--s3-port', 's3Port'],
    ['DynamoDB', '--dynamodb-port', 'dynamoPort'],
  ] as const)('names the flag of a busy %s port and suggests a free one', async (what, flag, key) => {
    const port = await occupiedPort();

    const error = await startLocalStack({ apiPort: 0, [key]: port }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LocalStackError);
    expect((error as LocalStackError).message).toContain(`${port} (${what}, set with ${flag})`);
    const suggested = (error as LocalStackError).changes[key];
    expect(suggested).toEqual(expect.any(Number));
    expect((error as LocalStackError).hint).toContain(`${flag} ${suggested}`);
    expect(await isFree(suggested as number)).toBe(true);
  });

  it('explains a data folder it cannot open and suggests moving it aside', async () => {
    const dataDir = tempDir('newstag-corrupt-');
    mkdirSync(join(dataDir, 's3'));
    writeFileSync(join(dataDir, 'dynamo'), 'this should be a LevelDB folder');

    const attempt = startLocalStack({ apiPort: 0, dataDir });

    await expect(attempt).rejects.toBeInstanceOf(LocalStackError);
    await expect(attempt).rejects.toMatchObject({ hint: expect.stringContaining('Move it aside') });
  });

  it('says a data folder that is a file is not a folder, with a hint, instead of crashing', async () => {
    const dataDir = join(tempDir('newstag-file-'), 'afile');
    writeFileSync(dataDir, 'x\n');

    const error = await startLocalStack({ apiPort: 0, dataDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LocalStackError);
    expect((error as LocalStackError).message).toBe(`the data folder ${dataDir} is a file, not a folder`);
    expect((error as LocalStackError).hint).toContain(`--data-dir ${dataDir}-2`);
  });

  it('calls a data folder with garbage in its LevelDB files damaged, not "Database is closed"', async () => {
    const dataDir = await usedDataFolder();
    const dynamo = join(dataDir, 'dynamo');
    const manifest = readdirSync(dynamo).find((name) => name.startsWith('MANIFEST-'));
    writeFileSync(join(dynamo, manifest as string), Buffer.from('\u0000\u00ff garbage \u0001'.repeat(8)));

    const error = await startLocalStack({ apiPort: 0, dataDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LocalStackError);
    expect((error as LocalStackError).message).toContain(`the data folder ${dataDir} is damaged`);
    expect((error as LocalStackError).hint).toMatch(/rm -rf .*--data-dir /s);
  });

  it('refuses a data folder whose LevelDB store another process holds', async () => {
    const dataDir = await usedDataFolder();
    const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
    const { Level } = fromDynalite('level') as {
      Level: new (path: string) => { open(): Promise<void>; close(): Promise<void> };
    };
    const holder = new Level(join(dataDir, 'dynamo'));
    await holder.open();
    cleanups.push(() => holder.close());

    const error = await startLocalStack({ apiPort: 0, dataDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LocalStackError);
    expect((error as LocalStackError).message).toContain(`the data folder ${dataDir} is in use`);
    expect((error as LocalStackError).changes.dataDir).toBe(`${dataDir}-2`);
  });

  it('refuses a data folder another live stack runs on, naming that stack', async () => {
    const dataDir = tempDir('newstag-owned-');
    const other = process.ppid; // alive, and not this process
    writeRunningStack(dataDir, {
      pid: other,
      apiUrl: 'http://127.0.0.1:3000',
      adminUrl: 'http://127.0.0.1:3999',
      s3Endpoint: 'http://127.0.0.1:4568',
      dynamoEndpoint: 'http://127.0.0.1:4567',
      bucket: 'articles',
      table: 'newstag',
      region: 'us-east-1',
    });

    const error = await startLocalStack({ apiPort: 0, dataDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LocalStackError);
    expect((error as LocalStackError).message).toBe(
      `the data folder ${dataDir} is in use by the stack of process ${other} (API http://127.0.0.1:3000)`,
    );
  });
});
