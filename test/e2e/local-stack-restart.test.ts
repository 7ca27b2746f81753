import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { shortId } from '../../functions/core/records/keys.js';
import { startLocalStack } from '../../functions/local/stack.js';
import { freePort, pollUntil } from '../integration/support/local-stack.js';

const dataDir = mkdtempSync(join(tmpdir(), 'newstag-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('a local stack with a data folder', () => {
  it('keeps tagged articles across a restart and seeds the demo articles only once', async () => {
    // The handlers read their endpoints once per process, so both starts use the same ports.
    const ports = { apiPort: await freePort(), s3Port: await freePort(), dynamoPort: await freePort() };
    const demoDir = join(import.meta.dirname, '../fixtures/articles');
    const key = 'inbox/kept.txt';

    const first = await startLocalStack({ ...ports, dataDir, demoDir });
    await first.servers.clients.s3.send(
      new PutObjectCommand({
        Bucket: first.servers.bucket,
        Key: key,
        Body: 'OSLO — Norway and Sweden opened a new rail link on Friday.\n',
      }),
    );
    await pollUntil(async () => {
      const r = await fetch(`${first.apiUrl}/articles/${shortId(key)}`);
      return r.status === 200 && ((await r.json()) as { state: string }).state === 'APPLIED'
        ? true
        : undefined;
      // The first start tags the demo articles before this one: a loaded CI machine needs the room.
    }, 90_000);
    await first.queue.idle();
    await first.stop();

    const second = await startLocalStack({ ...ports, dataDir, demoDir });
    try {
      const response = await fetch(`${second.apiUrl}/articles/${shortId(key)}`);
      expect(response.status).toBe(200);
      expect(first.seeded.length).toBeGreaterThan(0);
      expect(second.seeded).toEqual([]);
    } finally {
      await second.stop();
    }
  }, 180_000);
});
