import { describe, expect, it } from 'vitest';
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
