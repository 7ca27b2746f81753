import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../functions/cli/commands/ingest.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { type LocalServers, startServers } from '../support/local-stack.js';

// Real S3 and DynamoDB servers with no ingest behind them: an upload is stored but never tagged, as when
// a large feed is still being worked through when `newstag ingest` stops waiting.
let servers: LocalServers;
let dataDir: string;

beforeAll(async () => {
  servers = await startServers();
  dataDir = mkdtempSync(join(tmpdir(), 'newstag-ingest-timeout-'));
  writeRunningStack(dataDir, {
    pid: process.pid,
    apiUrl: 'http://127.0.0.1:1',
    adminUrl: 'http://127.0.0.1:1',
    s3Endpoint: servers.s3Endpoint,
    dynamoEndpoint: servers.dynamoEndpoint,
    bucket: servers.bucket,
    table: servers.table,
    region: servers.region,
    keyPrefix: 'articles/',
    keySuffix: '',
  });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await servers?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('newstag ingest, when tagging outlasts --timeout', () => {
  it('exits 1 and says the stack goes on, naming --timeout to wait longer', async () => {
    const file = join(dataDir, 'feed.jsonl');
    writeFileSync(file, '{"id":"a1","body":"Flooding closed roads in Valencia on Tuesday."}\n');
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    const code = await run([file, '--data-dir', dataDir, '--timeout', '0.3']);

    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(out.join('')).toContain('articles/feed.jsonl: not tagged within 0.3 s');
    expect(out.join('')).toContain('--timeout SECONDS');
  });
});
