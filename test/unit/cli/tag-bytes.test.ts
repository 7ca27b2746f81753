import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../../functions/cli/commands/tag.js';
import { fakeIo } from './io.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A scratch file holding the given bytes. */
function scratchFile(name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'newstag-tag-bytes-'));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const LATIN1_STORY = Buffer.from('Le maire de Montr\xe9al a ouvert le caf\xe9 du port lundi.', 'latin1');
const UTF8_STORY = 'The mayor of Montréal opened the harbour café on Monday.';

describe('newstag tag reads bytes as ingest does', () => {
  it('refuses a file that is not UTF-8 with INVALID_UTF8 instead of tagging replacement characters', async () => {
    const { io, stdout } = fakeIo({ files: { 'latin1.txt': LATIN1_STORY } });

    const code = await run(['--compact', 'latin1.txt'], io);

    expect(code).toBe(1);
    expect(stdout.lines()).toEqual([{ id: 'latin1.txt', error: expect.any(String), reason: 'INVALID_UTF8' }]);
  });

  it('refuses a CSV export and a PDF with UNSUPPORTED_TYPE naming the type, as ingest does, and tags the rest', async () => {
    const { io, stdout } = fakeIo({
      files: {
        'people.csv': Buffer.from('name,country\nAnna Berg,Germany\n'),
        'report.txt': Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'),
        'story.txt': Buffer.from(UTF8_STORY),
      },
    });

    const code = await run(['--compact', 'people.csv', 'report.txt', 'story.txt'], io);

    expect(code).toBe(1);
    const [csv, pdf, story] = stdout.lines();
    expect(csv).toMatchObject({
      id: 'people.csv',
      reason: 'UNSUPPORTED_TYPE',
      error: expect.stringContaining('a .csv file'),
    });
    expect(pdf).toMatchObject({
      id: 'report.txt',
      reason: 'UNSUPPORTED_TYPE',
      error: expect.stringContaining('a PDF document'),
    });
    expect(story).toMatchObject({ id: 'story.txt', language: 'en' });
  });

  it('reads an NITF story as one result and an RSS feed one result an item, as ingest reads them; a bad item fails alone, one with an unreadable date is tagged', async () => {
    const fixture = (name: string) => readFileSync(new URL(`../../fixtures/xml/${name}`, import.meta.url));
    const { io, stdout } = fakeIo({
      files: { 'wire/story.xml': fixture('story.nitf.xml'), 'wire/harbour.rss': fixture('feed.rss') },
    });

    const code = await run(['--compact', 'wire/story.xml', 'wire/harbour.rss'], io);

    expect(code).toBe(1);
    const results = stdout.lines() as Array<{ id: string; reason?: string; error?: string }>;
    expect(results.map((r) => [r.id, r.reason])).toEqual([
      ['WIRE-20261202-0417', undefined],
      ['ht-88121', undefined],
      ['https://harbour.example/world/ferry', undefined],
      ['https://harbour.example/world/only', 'MISSING_BODY'],
      ['ht-88123', undefined],
    ]);
    expect(results[0]).toMatchObject({ dateline: { place: 'SANTIAGO', countryCode: 'CL' } });
    expect(results[3]?.error).toBe(
      'item at line 22: the feed item has no text in <content:encoded> or <description>',
    );
  });

  it("skips a NewsML-G2 picture item, saying why on stderr, and tags the message's story as ingest does", async () => {
    const message = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="s1"><contentSet><inlineData>Ghana and Togo signed a border deal in Lome on Monday.</inlineData></contentSet></newsItem>
<newsItem guid="p1"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentSet><remoteContent href="p.jpg"/></contentSet></newsItem>
</itemSet></newsMessage>`;
    const { io, stdout, stderr } = fakeIo({ files: { 'wire/m.xml': Buffer.from(message) } });

    const code = await run(['--compact', 'wire/m.xml'], io);

    expect(code).toBe(0);
    expect(stdout.lines()).toEqual([expect.objectContaining({ id: 's1', language: 'en' })]);
    expect(stderr.text).toBe(
      'wire/m.xml: skipped item at line 3: a NewsML-G2 picture item holds no story to tag (itemClass ninat:picture)\n',
    );
  });

  it('reads a file of another type when --format names how to read it', async () => {
    const { io, stdout } = fakeIo({ files: { 'notes.log': Buffer.from(UTF8_STORY) } });

    const code = await run(['--compact', '--format', 'text', 'notes.log'], io);

    expect(code).toBe(0);
    expect(stdout.lines()[0]).toMatchObject({ language: 'en' });
  });

  it('reads a gzipped file in the format of its name without .gz', async () => {
    const { io, stdout } = fakeIo({
      files: { 'story.md.gz': gzipSync(`# Harbour reopens\n\n${UTF8_STORY}`) },
    });

    const code = await run(['--compact', 'story.md.gz'], io);

    expect(code).toBe(0);
    expect(stdout.lines()[0]).toMatchObject({
      id: 'story.md.gz',
      entities: expect.arrayContaining([expect.objectContaining({ name: 'Montréal' })]),
    });
  });

  it('reads an HTML page in the legacy charset it declares', async () => {
    const page = Buffer.from(
      '<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head>' +
        '<body><p>Le maire de Montr\xe9al a ouvert le caf\xe9 \x97 lundi.</p></body></html>',
      'latin1',
    );
    const { io, stdout } = fakeIo({ files: { 'page.html': page } });

    const code = await run(['--compact', 'page.html'], io);

    expect(code).toBe(0);
    expect(stdout.lines()[0]).toMatchObject({
      entities: expect.arrayContaining([expect.objectContaining({ name: 'Montréal' })]),
    });
  });

  it('reads a gzipped JSON Lines file', async () => {
    const path = scratchFile(
      'feed.jsonl.gz',
      gzipSync(`${JSON.stringify({ id: 'm1', body: UTF8_STORY })}\n`),
    );
    const { io, stdout } = fakeIo();

    const code = await run(['--jsonl', path], io);

    expect(code).toBe(0);
    expect(stdout.lines()).toEqual([expect.objectContaining({ id: 'm1' })]);
  });

  it('reads a JSON Lines file saved as UTF-16 with a byte order mark, as ingest reads such an object', async () => {
    const feed = `${JSON.stringify({ id: 'w1', body: UTF8_STORY })}\r\n${JSON.stringify({ id: 'w2', body: UTF8_STORY })}\r\n`;
    const path = scratchFile(
      'feed.jsonl',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed, 'utf16le')]),
    );
    const { io, stdout } = fakeIo();

    const code = await run(['--jsonl', path], io);

    expect(code).toBe(0);
    expect(stdout.lines()).toEqual([
      expect.objectContaining({ id: 'w1' }),
      expect.objectContaining({ id: 'w2' }),
    ]);
  });

  it('refuses a JSON Lines file that is not UTF-8 with INVALID_UTF8 and exits 1', async () => {
    const line = Buffer.concat([Buffer.from('{"id":"m2","body":"'), LATIN1_STORY, Buffer.from('"}\n')]);
    const path = scratchFile('feed.jsonl', line);
    const { io, stdout } = fakeIo();

    const code = await run(['--jsonl', path], io);

    expect(code).toBe(1);
    expect(stdout.lines()).toEqual([{ id: path, error: expect.any(String), reason: 'INVALID_UTF8' }]);
  });
});
