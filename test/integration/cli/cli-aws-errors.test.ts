import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../functions/cli/main.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { captureOutput } from '../../unit/cli/capture-output.js';
import { type LocalServers, startServers } from '../support/local-stack.js';

// Real S3 and DynamoDB servers; the state file points the CLI at them, or at a port where nothing
// listens (127.0.0.1:1), as when the stack is killed while `newstag ingest` waits for its tags.
let servers: LocalServers;
let dataDir: string;

function pointCliAt(endpoints: { s3Endpoint: string; dynamoEndpoint: string }): void {
  writeRunningStack(dataDir, {
    pid: process.pid,
    apiUrl: 'http://127.0.0.1:1',
    adminUrl: 'http://127.0.0.1:1',
    ...endpoints,
    bucket: servers.bucket,
    table: servers.table,
    region: servers.region,
    keyPrefix: 'articles/',
    keySuffix: '',
  });
}

beforeAll(async () => {
  servers = await startServers();
  dataDir = mkdtempSync(join(tmpdir(), 'newstag-cli-errors-'));
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await servers?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a command that meets an AWS or network error', () => {
  it('reprocess on a bucket that does not exist says so in one line and exits 1', async () => {
    pointCliAt({ s3Endpoint: servers.s3Endpoint, dynamoEndpoint: servers.dynamoEndpoint });
    const { err } = captureOutput();

    const code = await runCli(['reprocess', '--data-dir', dataDir, '--bucket', 'no-such-bucket']);

    expect(code).toBe(1);
    expect(err()).toBe(
      'newstag reprocess: the bucket "no-such-bucket" does not exist: check --bucket (the stack output ArticleBucketName)\n',
    );
  });

  it('ingest whose stack stops answering while it waits names the address and how to recover', async () => {
    pointCliAt({ s3Endpoint: servers.s3Endpoint, dynamoEndpoint: 'http://127.0.0.1:1' });
    const file = join(dataDir, 'story.txt');
    writeFileSync(file, 'Flooding closed roads in Valencia on Tuesday.\n');
    const { err } = captureOutput();

    const code = await runCli(['ingest', file, '--data-dir', dataDir, '--timeout', '30']);

    expect(code).toBe(1);
    const lines = err().trim().split('\n');
    expect(lines.at(-1)).toBe(
      'newstag ingest: nothing answers at 127.0.0.1:1 (ECONNREFUSED): if it is the local stack, it has stopped; `npm start` again re-queues the uploads it had not tagged',
    );
    expect(err()).not.toContain('    at ');
  });
});
