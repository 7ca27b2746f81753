import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalStackError, startLocalStack } from '../../functions/local/stack.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('starting the local stack', () => {
  it('says the API port is busy, with a hint, instead of crashing', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(() => blocker.close());
    const port = (blocker.address() as AddressInfo).port;

    const attempt = startLocalStack({ apiPort: port });

    await expect(attempt).rejects.toBeInstanceOf(LocalStackError);
    await expect(attempt).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
  });

  it('explains a data folder it cannot open and suggests moving it aside', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'newstag-corrupt-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    mkdirSync(join(dataDir, 's3'));
    writeFileSync(join(dataDir, 'dynamo'), 'this should be a LevelDB folder');

    const attempt = startLocalStack({ apiPort: 0, dataDir });

    await expect(attempt).rejects.toBeInstanceOf(LocalStackError);
    await expect(attempt).rejects.toMatchObject({ hint: expect.stringContaining('Move it aside') });
  });
});
