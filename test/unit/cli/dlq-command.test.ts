import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../functions/cli/commands/dlq.js';
import { startAdminServer } from '../../../functions/local/admin.js';
import { MemoryDeadLetters } from '../../../functions/local/dead-letters.js';
import { LocalQueue, type QueueMessage } from '../../../functions/local/queue.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { captureOutput } from './capture-output.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const clean of cleanups.splice(0)) clean();
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newstag-dlq-cli-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const letter = (key: string): QueueMessage => ({
  messageId: `m-${key}`,
  body: JSON.stringify({ Records: [{ s3: { object: { key } } }] }),
  sentAt: 0,
  receiveCount: 3,
  lastError: 'object unreadable',
});

describe('newstag dlq list', () => {
  it('says no stack is running, and exits 1, on a folder no stack has used', async () => {
    const io = captureOutput();

    const code = await run(['list', '--data-dir', join(folder(), 'nope')]);

    expect(code).toBe(1);
    expect(io.err()).toContain('no local stack is running on');
    expect(io.out()).toBe('');
  });

  it('asks the running stack, so the dead letters of an in-memory run are listed', async () => {
    const deadLetters = new MemoryDeadLetters();
    await deadLetters.put(letter('articles/broken.txt'));
    const queue = new LocalQueue({ handler: async () => undefined, deadLetters });
    const admin = await startAdminServer(queue, '127.0.0.1');
    cleanups.push(
      () => admin.server.close(),
      () => void queue.stop(),
    );
    const stateDir = folder();
    writeRunningStack(stateDir, {
      pid: process.pid,
      apiUrl: 'http://127.0.0.1:1',
      adminUrl: admin.url,
      s3Endpoint: 'http://127.0.0.1:1',
      dynamoEndpoint: 'http://127.0.0.1:1',
      bucket: 'articles',
      table: 'newstag',
      region: 'us-east-1',
    });
    const io = captureOutput();

    const code = await run(['list', '--data-dir', stateDir]);

    expect(code).toBe(0);
    expect(io.out()).toContain('m-articles/broken.txt  3 receives  articles/broken.txt  — object unreadable');
  });

  it('lists what a stopped stack left in its folder and says it is not running', async () => {
    const dataDir = folder();
    mkdirSync(join(dataDir, 'dynamo'));
    writeFileSync(join(dataDir, 'dead-letters.json'), JSON.stringify([letter('articles/old.txt')]));
    const io = captureOutput();

    const code = await run(['list', '--data-dir', dataDir]);

    expect(code).toBe(0);
    expect(io.out()).toContain('1 dead letter(s) (the stack is not running');
    expect(io.out()).toContain('articles/old.txt');
  });
});
