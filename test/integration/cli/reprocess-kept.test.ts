import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { run as reprocess } from '../../../functions/cli/commands/reprocess.js';
import { shortId } from '../../../functions/core/records/keys.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { getItem, ingestHarness, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();

/** An RSS feed of its latest items `[guid, text]`, newest first. */
const rss = (...items: [string, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Estuary Times</title>\n${items
    .map(
      ([guid, text]) =>
        `<item><guid>${guid}</guid><title>${text.split('.')[0]}</title><description>${text}</description><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

/** Uploads a feed under `key` and ingests it with a tagger of an older version than the CLI's. */
async function fetchFeed(key: string, body: string) {
  await ingestHarness(stack.servers, { taggerVersion: 'v0' }).handler(
    sqsBatch(await stack.upload(key, body)),
  );
}

describe('newstag reprocess over a feed whose rolled-off story keeps no text (dynalite, s3rver)', () => {
  it('prints "kept 1 feed story as tagged" and why, after its summary line', async () => {
    const key = 'estuary/feed.rss';
    await fetchFeed(key, rss(['es-1', 'Dredging starts. country:NL'], ['es-2', 'Dyke repaired. country:NL']));
    // As a record written before ingest kept feed items' text (2026-12-02) has it: no itemGz.
    const old = shortId(`${key}#id=es-2`);
    await stack.servers.clients.dynamo.send(
      new UpdateCommand({
        TableName: stack.servers.table,
        Key: { pk: `A#${old}`, sk: 'A' },
        UpdateExpression: 'REMOVE itemGz',
      }),
    );
    await fetchFeed(key, rss(['es-3', 'Ferry timetable changes. country:NL']));
    const dataDir = mkdtempSync(join(tmpdir(), 'newstag-reprocess-kept-'));
    writeRunningStack(dataDir, {
      pid: process.pid,
      apiUrl: 'http://127.0.0.1:1/',
      adminUrl: 'http://127.0.0.1:1/',
      s3Endpoint: stack.servers.s3Endpoint,
      dynamoEndpoint: stack.servers.dynamoEndpoint,
      bucket: stack.servers.bucket,
      table: stack.servers.table,
      region: stack.servers.region,
      keyPrefix: 'estuary/',
      keySuffix: '',
    });
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);

    let code: number;
    try {
      code = await reprocess(['--data-dir', dataDir]);
    } finally {
      vi.restoreAllMocks();
      rmSync(dataDir, { recursive: true, force: true });
    }

    expect(code).toBe(0);
    const lines = printed.join('').split('\n');
    expect(lines[0]).toMatch(/^reprocess s3:\/\/\S+\/estuary\/: 1 objects, tagged 1, unchanged 0, failed 0/);
    expect(lines[1]).toBe(
      "kept 1 feed story as tagged: it rolled off its feed before ingest kept feed items' text (2026-12-02), so nothing holds the text to re-read",
    );
    expect(await getItem(stack.servers, `A#${old}`, 'A')).toMatchObject({
      taggerVersion: 'v0',
      status: 'TAGGED',
    });
  });
});
