import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run, tagJsonLines } from '../../../functions/cli/commands/tag.js';
import { TagResultSchema } from '../../../functions/core/schema.js';
import { Capture, fakeIo } from './io.js';

const article = (id: string, body: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ id, body, ...extra });

describe('newstag tag --jsonl', () => {
  it('writes one schema-valid result a line, in input order, each with the article id', async () => {
    const input = [
      article('a1', 'WASHINGTON (Reuters) - The Treasury said on Monday it would sell more bonds.'),
      article('a2', 'Rain fell in the north.', { title: 'WEATHER TURNS WET', dateline: 'LONDON' }),
    ].join('\n');
    const out = new Capture();

    const counts = await tagJsonLines(Readable.from([input]), out, new Capture());

    expect(counts).toEqual({ tagged: 2, failed: 0 });
    const results = out.lines();
    expect(results.map((r) => (r as { id: string }).id)).toEqual(['a1', 'a2']);
    for (const r of results) expect(TagResultSchema.parse(r)).toEqual(r);
  });

  it('reads HTML in a line body as text, so tags and references are neither words nor names', async () => {
    const body =
      '<p><strong>CUPERTINO, Calif.</strong> &mdash; Apple said the phone was &ldquo;the biggest leap since the iPhone X&rdquo;.</p>';
    const input = [article('plain', 'Rain fell in the north.'), article('cms', body)].join('\n');
    const out = new Capture();

    await tagJsonLines(Readable.from([input]), out, new Capture());

    const cms = TagResultSchema.parse(out.lines()[1]);
    const names = cms.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(names).toContain('Apple');
    expect(names.filter((n) => /[&<>]|rdquo|strong/.test(n))).toEqual([]);
    expect(cms.countries.map((c) => c.code)).toContain('US');
  });

  it('answers a line holding an array as a line of several articles, not as a .json file', async () => {
    const input = '[{"id":"a","body":"Rain fell."},{"id":"b","body":"Snow fell."}]';
    const out = new Capture();

    const counts = await tagJsonLines(Readable.from([input]), out, new Capture());

    expect(counts).toEqual({ tagged: 0, failed: 1 });
    const [result] = out.lines() as Array<{ id: string; error: string; reason: string }>;
    expect(result).toMatchObject({ id: 'line:1', reason: 'INVALID_JSON' });
    expect(result?.error).toContain('this line holds an array of 2');
    expect(result?.error).not.toContain('.json');
  });

  it('answers an article with a blank id by its line, as one with no id', async () => {
    const input = ['{"id":"","body":"Rain fell."}', '{"id":"  ","body":"Snow fell."}', '{"id":""}'].join(
      '\n',
    );
    const out = new Capture();

    await tagJsonLines(Readable.from([input]), out, new Capture());

    const ids = (out.lines() as Array<{ id: string }>).map((r) => r.id);
    expect(ids).toEqual(['line:1', 'line:2', 'line:3']);
  });

  it('answers a bad line with {id, error, reason} and goes on with the next', async () => {
    const input = [
      '{"id":"ok1","body":"Fine."}',
      'not json at all',
      '{"id":"nobody"}',
      '{"id":7,"body":3}',
      '{"id":"ok2","body":"Fine too."}',
    ].join('\n');
    const out = new Capture();

    const counts = await tagJsonLines(Readable.from([input]), out, new Capture());

    expect(counts).toEqual({ tagged: 2, failed: 3 });
    const results = out.lines() as Array<{ id: string; error?: string; reason?: string }>;
    expect(results.map((r) => [r.id, r.reason])).toEqual([
      ['ok1', undefined],
      ['line:2', 'INVALID_JSON'],
      ['nobody', 'MISSING_BODY'],
      ['7', 'INVALID_FIELD'],
      ['ok2', undefined],
    ]);
    expect(results[2]?.error).toMatch(/body/);
  });

  it('skips blank lines, accepts CRLF line ends and gives an article without id the id line:N', async () => {
    const input = '\r\n{"body":"First."}\r\n\r\n{"id":"x","body":"Second."}\r\n';
    const out = new Capture();

    await tagJsonLines(Readable.from([input]), out, new Capture());

    expect((out.lines() as Array<{ id: string }>).map((r) => r.id)).toEqual(['line:2', 'x']);
  });

  it('streams input split at arbitrary points and keeps a long article whole', async () => {
    const long = article('big', 'The council met again. '.repeat(20_000));
    const whole = `${long}\n${article('small', 'Short.')}\n`;
    const pieces = [whole.slice(0, 1000), whole.slice(1000, 300_000), whole.slice(300_000)];
    const out = new Capture();

    const counts = await tagJsonLines(Readable.from(pieces), out, new Capture());

    expect(counts).toEqual({ tagged: 2, failed: 0 });
  });

  it('exits 0 when every line is tagged and 1 when any failed, reading standard input by default', async () => {
    const good = fakeIo({ stdin: `${article('a', 'Fine.')}\n` });
    expect(await run(['--jsonl'], good.io)).toBe(0);

    const bad = fakeIo({ stdin: `${article('a', 'Fine.')}\n{oops\n` });
    expect(await run(['--jsonl', '-'], bad.io)).toBe(1);
    expect(bad.stdout.lines()).toHaveLength(2);
  });

  it('reads a named JSON Lines file', async () => {
    const { io, stdout } = fakeIo({ files: {} });
    const path = new URL('../../fixtures/articles/batch.jsonl', import.meta.url).pathname;

    const code = await run(['--jsonl', path], io);

    expect(code).toBe(0);
    expect(stdout.lines().length).toBeGreaterThanOrEqual(3);
  });

  it('answers a missing file with {id, error, reason: READ_ERROR}, exits 1, and reads the next file', async () => {
    const { io, stdout } = fakeIo({ files: {} });
    const missing = join(tmpdir(), `newstag-missing-${process.pid}.jsonl`);
    const batch = new URL('../../fixtures/articles/batch.jsonl', import.meta.url).pathname;

    const code = await run(['--jsonl', missing, batch], io);

    expect(code).toBe(1);
    const [first, ...rest] = stdout.lines() as Array<{ id: string; error?: string; reason?: string }>;
    expect(first).toEqual({ id: missing, error: expect.stringContaining('ENOENT'), reason: 'READ_ERROR' });
    expect(rest.length).toBeGreaterThanOrEqual(3);
  });

  it('answers a folder given as a JSON Lines file with READ_ERROR', async () => {
    const { io, stdout } = fakeIo({ files: {} });

    const code = await run(['--jsonl', tmpdir()], io);

    expect(code).toBe(1);
    expect(stdout.lines()).toEqual([{ id: tmpdir(), error: expect.any(String), reason: 'READ_ERROR' }]);
  });

  it('draws no progress bar when standard error is not a terminal', async () => {
    const { io, stderr } = fakeIo({ stdin: `${article('a', 'Fine.')}\n` });
    await run(['--jsonl'], io);
    expect(stderr.text).toBe('');
  });

  it('draws a progress bar with the article count when standard error is a terminal', async () => {
    const { io, stderr, stdout } = fakeIo({
      stdin: `${article('a', 'Fine.')}\n${article('b', 'Also.')}\n`,
      stderrIsTTY: true,
    });
    await run(['--jsonl'], io);
    expect(stderr.text).toContain('2 articles');
    expect(stdout.text).not.toContain('articles |');
  });
});
