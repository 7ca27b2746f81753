import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../functions/cli/commands/ingest.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { ingestHarness, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();
let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'newstag-ingest-unchanged-'));
  writeRunningStack(dataDir, {
    pid: process.pid,
    apiUrl: 'http://127.0.0.1:1',
    adminUrl: 'http://127.0.0.1:1',
    s3Endpoint: stack.servers.s3Endpoint,
    dynamoEndpoint: stack.servers.dynamoEndpoint,
    bucket: stack.servers.bucket,
    table: stack.servers.table,
    region: stack.servers.region,
    keyPrefix: 'articles/',
    keySuffix: '',
  });
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** An RSS feed as a site serves it: its build time, then its items `[guid, text]`. */
const rss = (built: string, ...items: [string, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Harbour Gazette</title><lastBuildDate>${built}</lastBuildDate>\n${items
    .map(
      ([guid, text]) =>
        `<item><guid>${guid}</guid><title>${text.split('.')[0]}</title><description>${text}</description><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

/**
 * `newstag ingest FILE` against the local servers, with the real ingest handler run on the upload's
 * notification (as the local stack's queue does): its exit code and what it printed.
 */
async function ingest(name: string, body: string) {
  const file = join(dataDir, name);
  writeFileSync(file, body);
  const from = stack.recorder.events.length;
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const command = run([file, '--data-dir', dataDir, '--timeout', '20']);
    await ingestHarness(stack.servers).handler(sqsBatch(await stack.recorder.next(`articles/${name}`, from)));
    const code = await command;
    return { code, stdout: printed.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('newstag ingest of an upload that holds what an earlier one tagged (dynalite, s3rver)', () => {
  it('prints UNCHANGED, not TAGGED, for the items of a refetched feed whose only change is lastBuildDate, and counts them apart', async () => {
    const items: [string, string][] = [
      ['hg-1', 'Ferry fares frozen. country:NO'],
      ['hg-2', 'Salmon quota cut. country:IS'],
    ];
    const first = await ingest('harbour.rss', rss('Tue, 01 Dec 2026 08:05:00 GMT', ...items));

    const again = await ingest('harbour.rss', rss('Tue, 01 Dec 2026 08:10:00 GMT', ...items));

    expect(first.stdout).toContain('newstag ingest: 2 articles: tagged 2, unchanged 0, failed 0');
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('TAGGED');
    expect(again.stdout).toMatch(
      /articles\/harbour\.rss: UNCHANGED \S+ "Ferry fares frozen" — as an earlier upload tagged it, not tagged again: indexed tags: entity \d+, country 1/,
    );
    expect(again.stdout).toContain('newstag ingest: 2 articles: tagged 0, unchanged 2, failed 0');
  });

  it('prints UNCHANGED for a story uploaded again with the very same bytes, once the stack has seen the upload', async () => {
    const story =
      'Harbour dues waived for a month\n\nThe port authority said the waiver helps fishermen. country:NO';
    const first = await ingest('dues.txt', story);

    const again = await ingest('dues.txt', story);

    expect(first.stdout).toMatch(/articles\/dues\.txt: TAGGED \S+/);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('TAGGED');
    expect(again.stdout).toMatch(
      /articles\/dues\.txt: UNCHANGED \S+ "Harbour dues waived for a month" — as an earlier upload tagged it, not tagged again: indexed tags: entity \d+, country 1/,
    );
    expect(again.stdout).toContain('newstag ingest: 1 article: tagged 0, unchanged 1, failed 0');
  });

  it('still prints TAGGED for a feed item whose text changed, next to the unchanged one', async () => {
    await ingest(
      'quay.rss',
      rss(
        'Tue, 01 Dec 2026 08:05:00 GMT',
        ['qy-1', 'Quay closed. country:NO'],
        ['qy-2', 'Tolls rise. country:NO'],
      ),
    );

    const again = await ingest(
      'quay.rss',
      rss(
        'Tue, 01 Dec 2026 09:05:00 GMT',
        ['qy-1', 'Quay closed until spring. country:NO'],
        ['qy-2', 'Tolls rise. country:NO'],
      ),
    );

    expect(again.stdout).toMatch(/TAGGED \S+ "Quay closed until spring"/);
    expect(again.stdout).toMatch(/UNCHANGED \S+ "Tolls rise"/);
    expect(again.stdout).toContain('newstag ingest: 2 articles: tagged 1, unchanged 1, failed 0');
  });
});
