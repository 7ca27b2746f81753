import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../functions/cli/commands/ingest.js';
import { writeRunningStack } from '../../../functions/local/state-file.js';
import { captureOutput } from './capture-output.js';

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A data folder whose state file names this process as a stack with the given key filter. */
function stackFolder(keyPrefix: string, keySuffix: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'newstag-ingest-cli-'));
  dirs.push(dir);
  writeRunningStack(dir, {
    pid: process.pid,
    apiUrl: 'http://127.0.0.1:1',
    adminUrl: 'http://127.0.0.1:1',
    s3Endpoint: 'http://127.0.0.1:1',
    dynamoEndpoint: 'http://127.0.0.1:1',
    bucket: 'articles',
    table: 'newstag',
    region: 'us-east-1',
    keyPrefix,
    keySuffix,
  });
  return dir;
}

describe('newstag ingest', () => {
  it('says a missing file is not there, in plain words, uploads nothing and exits 1', async () => {
    const dataDir = stackFolder('articles/', '');
    const present = join(dataDir, 'present.txt');
    writeFileSync(present, 'Valletta harbour reopened on Monday.');
    const missing = join(dataDir, 'missing.txt');
    const { err } = captureOutput();

    const code = await run([present, missing, '--data-dir', dataDir]);

    expect(code).toBe(1);
    expect(err()).toBe(`newstag ingest: ${missing}: no such file or folder; nothing was uploaded\n`);
  });

  it('asks for files, naming itself, when none is given', async () => {
    const { err } = captureOutput();

    const code = await run([]);

    expect(code).toBe(2);
    expect(err().split('\n')[0]).toBe('newstag ingest: name one or more files or folders');
  });

  it('does not upload a file the stack would not ingest, and says which keys it ingests', async () => {
    const dataDir = stackFolder('articles/', '.txt');
    const file = join(dataDir, 'note.pdf');
    writeFileSync(file, 'Not a PDF at all.');
    const { out } = captureOutput();

    const code = await run([file, '--data-dir', dataDir]);

    expect(code).toBe(1);
    expect(out()).toContain(
      'articles/note.pdf: not uploaded: the stack ingests only keys under "articles/" ending in ".txt"',
    );
  });

  it('uploads nothing when two files would land on the same key, and names both', async () => {
    const dataDir = stackFolder('articles/', '');
    for (const desk of ['malta', 'cyprus']) {
      mkdirSync(join(dataDir, desk));
      writeFileSync(join(dataDir, desk, 'story.txt'), `News from the ${desk} desk.`);
    }
    const { out, err } = captureOutput();

    const code = await run([
      join(dataDir, 'malta', 'story.txt'),
      join(dataDir, 'cyprus', 'story.txt'),
      '--data-dir',
      dataDir,
    ]);

    expect(code).toBe(1);
    expect(err()).toContain('would both upload to articles/story.txt; nothing was uploaded');
    expect(out()).toBe('');
  });
});
