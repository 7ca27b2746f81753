import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../functions/cli/commands/ingest.js';
import { shortId } from '../../functions/core/records/keys.js';
import { type LocalStack, runningStackOf, startLocalStack } from '../../functions/local/stack.js';
import { writeRunningStack } from '../../functions/local/state-file.js';
import { captureOutput } from '../unit/cli/capture-output.js';

// `newstag ingest` against the whole local pipeline (real servers, real handlers, the in-process queue),
// found through a state file as `npm start` writes it.
let stack: LocalStack;
let dataDir: string;

beforeAll(async () => {
  stack = await startLocalStack({ apiPort: 0, retryBaseMs: 5, rollup: true });
  dataDir = mkdtempSync(join(tmpdir(), 'newstag-ingest-e2e-'));
  writeRunningStack(dataDir, runningStackOf(stack, { prefix: 'articles/', suffix: '' }));
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

// Each command waits for the rollup its uploads start (31 days of daily tops on dynalite): seconds when
// the machine is loaded, so two commands can pass the default 30 s.
describe('newstag ingest on the local stack', { timeout: 90_000 }, () => {
  it('says an upload with the same title and body as an earlier one is its copy, naming it, not "0 tags"', async () => {
    const story =
      'Kenya and Ethiopia sign power deal\n\nNAIROBI — Kenya and Ethiopia signed an agreement on Tuesday to ' +
      'expand electricity trade across their border, President William Ruto said.\n';
    const first = join(dataDir, 'power-deal.txt');
    const second = join(dataDir, 'power-deal-copy.txt');
    writeFileSync(first, story);
    writeFileSync(second, story);
    await run([first, '--data-dir', dataDir]);
    const { out } = captureOutput();

    const code = await run([second, '--data-dir', dataDir]);

    expect(code).toBe(0);
    expect(out()).toBe(
      `articles/power-deal-copy.txt: TAGGED ${shortId('articles/power-deal-copy.txt')} "Kenya and Ethiopia sign power deal" — ` +
        `a copy of ${shortId('articles/power-deal.txt')} (articles/power-deal.txt), the same title and body: lists and counts show that one\n`,
    );
  });

  it('returns once /top counts the upload: the rollup the drained queue starts is waited for', async () => {
    const file = join(dataDir, 'fiji-cyclone.txt');
    writeFileSync(
      file,
      'Cyclone hits Fiji\n\nSUVA — A cyclone struck Fiji on Tuesday, cutting power across the main island of Viti Levu, Fiji officials said.\n',
    );

    const code = await run([file, '--data-dir', dataDir]);
    const top = (await (await fetch(`${stack.apiUrl}/top?kind=country`)).json()) as {
      items: { value: string }[];
    };

    expect(code).toBe(0);
    expect(top.items.map((i) => i.value)).toContain('FJ');
  });

  it('prints a CSV export as FAILED UNSUPPORTED_TYPE and a date far ahead as a warning under the tagged article', async () => {
    const csv = join(dataDir, 'people.csv');
    const typo = join(dataDir, 'typo.json');
    writeFileSync(csv, 'name,country\nAnna Berg,Germany\n');
    writeFileSync(
      typo,
      JSON.stringify({
        title: 'Port reopens',
        body: 'Mombasa port reopened on Monday, Kenya said.',
        publishedAt: '2062-11-30',
      }),
    );
    const { out } = captureOutput();

    const code = await run([csv, typo, '--data-dir', dataDir]);

    expect(code).toBe(1);
    const lines = out().split('\n');
    expect(lines[0]).toBe(
      'articles/people.csv: FAILED UNSUPPORTED_TYPE the object is a .csv file; newstag reads articles as text, Markdown, HTML, JSON or JSON Lines (.txt, .md, .html, .json, .jsonl; gzipped or not), and NITF, NewsML-G2, RSS and Atom XML',
    );
    expect(lines[1]).toMatch(/^articles\/typo\.json: TAGGED \S+ "Port reopens" — indexed tags: /);
    expect(lines[2]).toMatch(
      /^ {2}warning PUBLISHED_AT_AHEAD: publishedAt 2062-11-30T00:00:00(\.000)?Z is more than a day after the article was uploaded /,
    );
  });
});
