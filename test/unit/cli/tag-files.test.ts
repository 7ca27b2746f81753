import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../../functions/cli/commands/tag.js';
import { TagResultSchema } from '../../../functions/core/schema.js';
import { fakeIo } from './io.js';

describe('newstag tag FILE...', () => {
  it('tags each file in the format its extension names and uses the path as the id', async () => {
    const { io, stdout } = fakeIo({
      files: {
        'a.txt': 'Storm closes ports\n\nLONDON, March 3 - Gales shut ports on Monday.',
        'b.md': '# Budget passes\n\nThe **parliament** passed the budget.',
        'c.html': '<html><head><title>Vote</title></head><body><p>Polls opened.</p></body></html>',
        'd.json': '{"id":"own-id","body":"A JSON article."}',
      },
    });

    const code = await run(['--compact', 'a.txt', 'b.md', 'c.html', 'd.json'], io);

    expect(code).toBe(0);
    const results = stdout.lines() as Array<Record<string, unknown>>;
    expect(results.map((r) => r.id)).toEqual(['a.txt', 'b.md', 'c.html', 'own-id']);
    for (const r of results) expect(TagResultSchema.parse(r)).toEqual(r);
    expect(results[0]?.dateline).toMatchObject({ place: 'LONDON' });
  });

  it('reads standard input for "-" and sniffs its format', async () => {
    const { io, stdout } = fakeIo({ stdin: '<!doctype html><html><body><p>From a pipe.</p></body></html>' });

    expect(await run(['-', '--compact'], io)).toBe(0);
    expect(stdout.lines()).toHaveLength(1);
  });

  it('honours --format over the extension', async () => {
    const { io, stdout } = fakeIo({ files: { 'story.dat': '{"id":"j","body":"JSON in disguise."}' } });

    expect(await run(['--format', 'json', '--compact', 'story.dat'], io)).toBe(0);
    expect((stdout.lines()[0] as { id: string }).id).toBe('j');
  });

  it('reports unreadable and empty files with a reason, tags the rest and exits 1', async () => {
    const { io, stdout } = fakeIo({ files: { 'empty.txt': '  \n', 'ok.txt': 'Fine.' } });

    const code = await run(['--compact', 'missing.txt', 'empty.txt', 'ok.txt'], io);

    expect(code).toBe(1);
    const results = stdout.lines() as Array<{ id: string; reason?: string }>;
    expect(results.map((r) => [r.id, r.reason])).toEqual([
      ['missing.txt', 'READ_ERROR'],
      ['empty.txt', 'EMPTY'],
      ['ok.txt', undefined],
    ]);
  });

  it('pretty-prints when asked', async () => {
    const { io, stdout } = fakeIo({ files: { 'a.txt': 'Fine.' } });
    await run(['--pretty', 'a.txt'], io);
    expect(stdout.text).toContain('\n  "language": "en"');
  });

  it('exits 2 with usage for no files, an unknown option or an unknown format', async () => {
    for (const args of [[], ['--bogus', 'a.txt'], ['--format', 'pdf', 'a.txt']]) {
      const { io, stderr } = fakeIo();
      expect(await run(args, io)).toBe(2);
      expect(stderr.text).toContain('usage:');
    }
  });
});

describe('newstag tag on a folder and on a JSON Lines file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A folder of real files, and the command's io reading the disk (its output captured). */
  function onDisk(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'newstag-tag-dir-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const fake = fakeIo();
    const io = {
      ...fake.io,
      readFile: (path: string) => readFile(path),
      sizeOf: async (path: string) => (await stat(path)).size,
    };
    return { dir, io, stdout: fake.stdout };
  }

  it('tags every file under a folder, subfolders included, in name order, as ingest uploads them', async () => {
    const { dir, io, stdout } = onDisk({
      'b.txt': 'Gales shut ports in Norway on Monday.',
      '2026/11/a.md': '# Budget passes\n\nThe parliament of Ghana passed the budget.',
      '.DS_Store': 'junk',
    });

    const code = await run(['--compact', dir], io);

    expect(code).toBe(0);
    expect((stdout.lines() as Array<{ id: string }>).map((r) => r.id)).toEqual([
      join(dir, '2026/11/a.md'),
      join(dir, 'b.txt'),
    ]);
  });

  it('reads a .jsonl file one article a line, as ingest reads the object, between whole files', async () => {
    const { dir, io, stdout } = onDisk({
      'a.txt': 'Gales shut ports in Norway on Monday.',
      'feed.jsonl':
        '{"id":"f1","body":"Floods hit Valencia."}\nnot json\n{"id":"f3","body":"Rain in Porto."}\n',
    });

    const code = await run(['--compact', join(dir, 'a.txt'), join(dir, 'feed.jsonl')], io);

    expect(code).toBe(1);
    const results = stdout.lines() as Array<{ id: string; reason?: string }>;
    expect(results.map((r) => [r.id, r.reason])).toEqual([
      [join(dir, 'a.txt'), undefined],
      ['f1', undefined],
      ['line:2', 'INVALID_JSON'],
      ['f3', undefined],
    ]);
  });

  it('says a folder holds no files, exit 1', async () => {
    const { dir, io } = onDisk({});
    const fake = fakeIo();

    const code = await run([dir], { ...io, stderr: fake.stderr });

    expect(code).toBe(1);
    expect(fake.stderr.text).toBe(`newstag tag: no files under ${dir}\n`);
  });
});
