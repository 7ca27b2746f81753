import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeObject } from '../../../functions/ingest/decode.js';

const limits = { maxDecompressedBytes: 10_000, maxArticlesPerObject: 3 };
const object = (body: string | Uint8Array, extra: Record<string, unknown> = {}) => ({
  bytes: typeof body === 'string' ? Buffer.from(body) : body,
  metadata: {},
  ...extra,
});

describe('decoding an object into articles', () => {
  it('parses by extension and takes publication time, source and language from S3 metadata', () => {
    const [article] = decodeObject(
      'news/a.md',
      object('# Title\n\nBody text here.', {
        metadata: {
          'published-at': '2026-11-29',
          source: 'Wire',
          language: 'EN',
          url: 'https://example.com/a',
        },
      }),
      limits,
    );

    expect(article).toMatchObject({
      kind: 'article',
      articleId: 'news/a.md',
      input: {
        title: 'Title',
        publishedAt: '2026-11-29T00:00:00Z',
        source: 'Wire',
        language: 'en',
        url: 'https://example.com/a',
      },
    });
  });

  it('lets the article’s own fields win over S3 metadata', () => {
    const [article] = decodeObject(
      'a.json',
      object(JSON.stringify({ body: 'Text.', publishedAt: '2026-01-01T00:00:00Z' }), {
        metadata: { 'published-at': '2026-11-29T00:00:00Z' },
      }),
      limits,
    );

    expect(article?.kind === 'article' && article.input.publishedAt).toBe('2026-01-01T00:00:00Z');
  });

  it('names a whole-object article by its own id (JSON, front matter), else by the key; the key stays its source', () => {
    const [json] = decodeObject('cms/export.json', object('{"id":" story-77 ","body":"Text."}'), limits);
    const [markdown] = decodeObject('cms/note.md', object('---\nid: note-5\n---\n# Title\n\nText.'), limits);
    const [plain] = decodeObject('cms/plain.txt', object('Text.'), limits);

    expect(json).toMatchObject({ articleId: 'story-77', sourceRef: 'cms/export.json' });
    expect(markdown).toMatchObject({ articleId: 'note-5', sourceRef: 'cms/note.md' });
    expect(plain).toMatchObject({ articleId: 'cms/plain.txt', sourceRef: 'cms/plain.txt' });
  });

  it('decompresses .gz by name, Content-Encoding or magic bytes', () => {
    const zipped = gzipSync('Plain text article.');

    for (const [key, extra] of [
      ['a.txt.gz', {}],
      ['a.txt', { contentEncoding: 'gzip' }],
      ['a.txt', {}],
    ] as const) {
      expect(decodeObject(key, object(zipped, extra), limits)[0]).toMatchObject({ kind: 'article' });
    }
  });

  it('reads a page in the legacy charset its <meta> or its Content-Type declares', () => {
    const page = (head: string) =>
      Buffer.from(
        `<html><head>${head}<title>Caf\xe9 reopens</title></head><body><p>MONTR\xc9AL \x97 The caf\xe9 opened.</p></body></html>`,
        'latin1',
      );
    const declared = [
      ['a.html', page('<meta charset="windows-1252">'), {}],
      ['b.html', page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'), {}],
      ['c.html', page(''), { contentType: 'text/html; charset=iso-8859-1' }],
    ] as const;

    for (const [key, bytes, extra] of declared) {
      const [article] = decodeObject(key, object(bytes, extra), limits);
      expect(article, key).toMatchObject({ kind: 'article', input: { title: 'Café reopens' } });
      expect(article?.kind === 'article' && article.input.body, key).toContain('MONTRÉAL — The café opened.');
    }
  });

  it('still fails non-UTF-8 bytes with INVALID_UTF8 when the page declares no charset, or declares UTF-8', () => {
    const latin1 = (head: string) =>
      Buffer.from(`<html><head>${head}</head><body><p>Caf\xe9 in Montr\xe9al.</p></body></html>`, 'latin1');

    for (const bytes of [
      latin1(''),
      latin1('<meta charset="utf-8">'),
      latin1('<meta charset="x-unknown">'),
    ]) {
      expect(decodeObject('a.html', object(bytes), limits)[0]).toMatchObject({ reason: 'INVALID_UTF8' });
    }
  });

  it('reads UTF-16 text that opens with a byte order mark, little- or big-endian', () => {
    const story = 'Storm Éowyn closes Dublin port\n\nFerries to Holyhead were cancelled on Friday.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const bigEndian = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);

    const decoded = [le, bigEndian].map((bytes) => decodeObject('notes/storm.txt', object(bytes), limits)[0]);

    for (const article of decoded) {
      expect(article).toMatchObject({
        kind: 'article',
        input: {
          title: 'Storm Éowyn closes Dublin port',
          body: 'Ferries to Holyhead were cancelled on Friday.',
        },
      });
    }
  });

  it('reads an RSS feed saved as UTF-16 with a byte order mark, as its UTF-8 twin; a UTF-16 sitemap stays refused', () => {
    const feed =
      '<?xml version="1.0" encoding="UTF-16"?>\r\n<rss version="2.0"><channel><title>Isle</title>\r\n' +
      '<item><guid>s-1</guid><title>Samoa votes</title><description>APIA - Samoa held a snap election.</description></item>\r\n' +
      '</channel></rss>\r\n';
    const sitemap =
      '<?xml version="1.0" encoding="UTF-16"?>\n<urlset><url><loc>https://e.example/a</loc></url></urlset>\n';
    const le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le(feed).subarray(2)).swap16()]);

    const decoded = [le(feed), be].map((bytes) => decodeObject('feeds/isle.rss', object(bytes), limits));
    const refused = decodeObject('maps/sitemap.xml', object(le(sitemap)), limits);

    for (const articles of decoded) {
      expect(articles).toMatchObject([
        {
          kind: 'article',
          articleId: 's-1',
          input: { title: 'Samoa votes', body: 'APIA - Samoa held a snap election.' },
        },
      ]);
    }
    expect(refused).toMatchObject([{ kind: 'failed', reason: 'UNSUPPORTED_TYPE' }]);
  });

  it('fails UTF-16 without a byte order mark, or broken after one, as BINARY saying why', () => {
    const noMark = Buffer.from('Ferries were cancelled.', 'utf16le');
    const oddLength = Buffer.concat([Buffer.from([0xff, 0xfe]), noMark, Buffer.from([0x41])]);

    const [unmarked] = decodeObject('a.txt', object(noMark), limits);
    const [broken] = decodeObject('a.txt', object(oddLength), limits);

    expect(unmarked).toMatchObject({ reason: 'BINARY', message: expect.stringContaining('byte order mark') });
    expect(broken).toMatchObject({
      reason: 'BINARY',
      message: expect.stringContaining('not valid UTF-16LE'),
    });
  });

  it.each([
    ['binary', 'a.txt', Buffer.from([1, 2, 0, 3]), 'BINARY'],
    ['invalid UTF-8', 'a.txt', Buffer.from([0xc3, 0x28, 0x41]), 'INVALID_UTF8'],
    ['empty', 'a.txt', Buffer.from('  \n\t'), 'EMPTY'],
    ['an empty .gz', 'a.txt.gz', Buffer.alloc(0), 'EMPTY'],
    ['a gzip bomb', 'a.txt.gz', gzipSync('a'.repeat(50_000)), 'DECOMPRESSED_TOO_LARGE'],
    ['corrupt gzip', 'a.txt.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'BAD_GZIP'],
    ['broken JSON', 'a.json', Buffer.from('{"body":'), 'INVALID_JSON'],
    [
      'too many lines',
      'a.jsonl',
      Buffer.from('{"body":"a"}\n{"body":"b"}\n{"body":"c"}\n{"body":"d"}'),
      'TOO_MANY_ARTICLES',
    ],
  ])('fails %s with reason %s as one article keyed by the object', (_name, key, bytes, reason) => {
    const decoded = decodeObject(key, object(bytes), limits);

    expect(decoded).toEqual([
      expect.objectContaining({ kind: 'failed', reason, articleId: key, sourceRef: key }),
    ]);
    expect(decoded[0]?.kind === 'failed' && decoded[0].message.length).toBeGreaterThan(5);
  });

  it('fails the whole object on metadata it cannot use', () => {
    const [article] = decodeObject('a.txt', object('Text.', { metadata: { url: 'not a url' } }), limits);

    expect(article).toMatchObject({ kind: 'failed', reason: 'BAD_METADATA' });
  });

  it('gives each .jsonl line its own article: its id, else key#line; bad lines fail alone', () => {
    const lines = [
      JSON.stringify({ id: 'w-1', body: 'One.' }),
      '',
      JSON.stringify({ body: 'Two.' }),
      '{oops',
    ].join('\n');

    const decoded = decodeObject('feed.jsonl', object(lines), limits);

    expect(decoded.map((d) => [d.kind, d.articleId, d.sourceRef, d.line])).toEqual([
      ['article', 'w-1', 'feed.jsonl#id=w-1', 1],
      ['article', 'feed.jsonl#3', 'feed.jsonl#3', 3],
      ['failed', 'feed.jsonl#4', 'feed.jsonl#4', 4],
    ]);
  });

  it('fails a .jsonl line that is not JSON with INVALID_JSON and the message newstag tag gives', () => {
    const lines = [JSON.stringify({ body: 'One.' }), '{"title": "Two", "body": '].join('\n');

    const decoded = decodeObject('feed.jsonl', object(lines), limits);

    expect(decoded[1]).toMatchObject({
      kind: 'failed',
      reason: 'INVALID_JSON',
      message: expect.stringMatching(/^line 2: not valid JSON: /),
    });
  });

  it('reads HTML in a .jsonl line as text, as a .html object is read', () => {
    const line = JSON.stringify({
      id: 'wp-1',
      body: '<p>NIAMEY &mdash; Niger&rsquo;s junta spoke.</p><p>More.</p>',
    });

    const [decoded] = decodeObject('feed.jsonl', object(line), limits);

    expect(decoded).toMatchObject({
      kind: 'article',
      input: { body: 'NIAMEY — Niger’s junta spoke.\n\nMore.' },
    });
  });

  it('fails a repeated id within one .jsonl object instead of overwriting the first', () => {
    const lines = [JSON.stringify({ id: 'x', body: 'A.' }), JSON.stringify({ id: 'x', body: 'B.' })].join(
      '\n',
    );

    const decoded = decodeObject('feed.jsonl', object(lines), limits);

    expect(decoded[1]).toMatchObject({ kind: 'failed', reason: 'DUPLICATE_ID', sourceRef: 'feed.jsonl#2' });
  });
});

describe('which objects are articles', () => {
  it.each([
    ['news/sheet.tsv', 'a\tb\n', undefined, 'a .tsv file'],
    ['news/page.docx', 'PK\u0003\u0004rest', undefined, 'a ZIP archive'],
    ['news/photo.jpg.gz', gzipSync(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41])), undefined, 'a JPEG image'],
    ['news/scan', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x41]), undefined, 'a JPEG image'],
    ['news/sitemap', '<urlset><url>x</url></urlset>', 'application/xml', 'Content-Type is application/xml'],
    ['news/places.kml', '<kml><Placemark/></kml>', undefined, 'a .kml file'],
    ['news/sitemap.xml', '<?xml version="1.0"?><urlset/>', undefined, 'an XML document other than NITF'],
  ])('fails %s UNSUPPORTED_TYPE, naming what it is', (key, body, contentType, named) => {
    const [failed] = decodeObject(key, object(body, contentType ? { contentType } : {}), limits);

    expect(failed).toMatchObject({ kind: 'failed', reason: 'UNSUPPORTED_TYPE' });
    expect(failed?.kind === 'failed' && failed.message).toContain(named);
  });

  it.each([
    [
      'news/page.xhtml',
      '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html>',
    ],
    ['news/report.2026', 'Plain text after a dotted date.'],
    ['news/story', 'Text sent with the generic type.', 'binary/octet-stream'],
    ['news/story-typed', 'Text sent as text.', 'text/plain; charset=utf-8'],
    ['news/feed.ndjson', '{"body":"Line."}\n'],
    ['news/feed.jsonlines', '{"body":"Line."}\n{"body":"Another line."}\n'],
  ])('reads %s as an article', (key, body, contentType?: string) => {
    const [article] = decodeObject(key, object(body, contentType ? { contentType } : {}), limits);

    expect(article?.kind).toBe('article');
  });

  const PAGE =
    '<html><head><title>Floods</title></head><body><p>Homes flooded in Gloucester.</p></body></html>';
  const STORY =
    'Floods in Gloucester\n\nHundreds of homes were flooded on Monday, the Environment Agency said.';
  it.each([
    ['a page saved from a server script (.shtml)', 'web/story.shtml', PAGE, 'text/html'],
    ['a page saved from a server script (.php)', 'web/index.php', PAGE, 'text/html'],
    ['a page saved from a server script (.aspx)', 'web/article.aspx', PAGE, undefined],
    ['an old BBC page (.stm)', 'web/3456789.stm', PAGE, undefined],
    ['an XHTML page (.xht)', 'web/story.xht', PAGE, undefined],
    ['a key ending in a domain', 'web/2026-12-02/reuters.com', STORY, undefined],
    ['a backup of a story', 'web/story.txt.bak', STORY, undefined],
    ['a wire log', 'web/wire.log', STORY, undefined],
    ['a versioned key', 'web/floods-story.v2', STORY, 'text/plain'],
    ['curl --data-binary (form-urlencoded)', 'web/story', STORY, 'application/x-www-form-urlencoded'],
    ['an unknown text type', 'web/story', STORY, 'text/enriched'],
    ['a gzipped story typed application/gzip', 'web/story', gzipSync(STORY), 'application/gzip'],
    ['a gzipped story.gz typed application/x-gzip', 'web/story.gz', gzipSync(STORY), 'application/x-gzip'],
    [
      'an XHTML page with a long comment before <html>',
      'web/story.html',
      `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${'licence '.repeat(200)}-->\n<!DOCTYPE html>\n${PAGE}`,
      undefined,
    ],
  ])('reads %s as an article, not UNSUPPORTED_TYPE', (_name, key, body, contentType) => {
    const [article] = decodeObject(key, object(body, contentType ? { contentType } : {}), limits);

    expect(article).toMatchObject({ kind: 'article', input: { body: expect.stringContaining('flooded') } });
  });

  it.each([['application/x-ndjson'], ['application/jsonl'], ['application/x-jsonlines']])(
    'reads an object without an extension typed %s one article a line',
    (contentType) => {
      const lines = '{"id":"a1","body":"Floods in Gloucester."}\n{"id":"a2","body":"A fire in Leeds."}\n';

      const articles = decodeObject('feeds/today', object(lines, { contentType }), limits);

      expect(articles.map((a) => [a.kind, a.articleId])).toEqual([
        ['article', 'a1'],
        ['article', 'a2'],
      ]);
    },
  );

  it.each([
    [
      'an XML document other than a wire story or feed, opening with a byte order mark',
      'feeds/today',
      `\ufeff<?xml version="1.0"?><opml><body></body></opml>`,
      undefined,
    ],
    ['a spreadsheet with an unknown extension', 'data/people.v2', 'a,b\n1,2\n', 'text/csv'],
    ['a video without an extension', 'media/clip', 'not really a video', 'video/mp4'],
    ['a Word document', 'docs/story.docx', 'not a zip', undefined],
  ])('still fails %s UNSUPPORTED_TYPE', (_name, key, body, contentType) => {
    const [failed] = decodeObject(key, object(body, contentType ? { contentType } : {}), limits);

    expect(failed).toMatchObject({ kind: 'failed', reason: 'UNSUPPORTED_TYPE' });
  });
});

describe('wire stories and feeds (NITF, NewsML-G2, RSS, Atom)', () => {
  const RSS = (items: string) =>
    `\ufeff<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>\n${items}</channel></rss>`;
  const item = (guid: string, text: string) =>
    `<item><guid>${guid}</guid><title>${text}</title><description>${text}</description></item>\n`;

  it.each([
    ['feeds/world.xml', undefined],
    ['feeds/world.rss', undefined],
    ['feeds/world', 'application/rss+xml'],
    ['feeds/world.xml.gz', undefined],
  ])('reads the feed %s (%s) one article an item, named by guid, dated, sourced', (key, contentType) => {
    const body = RSS(item('g1', 'Floods in Gloucester.') + item('g2', 'A fire in Leeds.'));
    const bytes = key.endsWith('.gz') ? gzipSync(body) : body;

    const articles = decodeObject(key, object(bytes, contentType ? { contentType } : {}), limits);

    expect(articles.map((a) => [a.kind, a.articleId, a.sourceRef, a.line])).toEqual([
      ['article', 'g1', `${key}#id=g1`, 3],
      ['article', 'g2', `${key}#id=g2`, 4],
    ]);
    expect(articles[0]).toMatchObject({ input: { id: 'g1', source: 'Wire', body: 'Floods in Gloucester.' } });
  });

  it('fails a repeated guid and a bad item alone; a feed over the article limit or without items fails whole', () => {
    const repeated = decodeObject(
      'f.rss',
      object(RSS(`${item('g1', 'A.') + item('g1', 'B.')}<item><title>T</title></item>`)),
      limits,
    );
    const many = decodeObject(
      'f.rss',
      object(RSS(['a', 'b', 'c', 'd'].map((g) => item(g, g)).join(''))),
      limits,
    );
    const none = decodeObject('f.rss', object(RSS('')), limits);

    expect(repeated.map((a) => (a.kind === 'failed' ? `${a.reason} ${a.message}` : a.kind))).toEqual([
      'article',
      'DUPLICATE_ID item at line 4: id "g1" appears earlier',
      'MISSING_BODY item at line 5: the feed item has no text in <content:encoded> or <description>',
    ]);
    expect(many).toMatchObject([
      {
        kind: 'failed',
        reason: 'TOO_MANY_ARTICLES',
        message: 'the RSS feed holds 4 articles; the limit is 3',
      },
    ]);
    expect(none).toMatchObject([
      { kind: 'failed', reason: 'EMPTY', message: 'the RSS feed holds no articles' },
    ]);
  });

  it('reads an NITF document as one article named by its doc-id, S3 metadata filling what it does not say', () => {
    const nitf =
      '<?xml version="1.0"?><nitf><head><docdata><doc-id id-string="N-1"/></docdata></head><body><body.head><hedline><hl1>Pact signed</hl1></hedline></body.head><body.content><p>Text.</p></body.content></body></nitf>';

    const [article] = decodeObject('wire/n1.xml', object(nitf, { metadata: { source: 'Desk' } }), limits);

    expect(article).toMatchObject({
      kind: 'article',
      articleId: 'N-1',
      sourceRef: 'wire/n1.xml',
      input: { title: 'Pact signed', body: 'Text.', source: 'Desk' },
    });
  });

  it('reads a feed in the charset its XML declaration names', () => {
    const feed = `<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss><channel>${item('g', 'Caf\u00e9 owners in Montr\u00e9al protest.')}</channel></rss>`;
    const declared = Buffer.from(feed, 'latin1');

    const [article] = decodeObject('f.xml', object(declared), limits);

    expect(article).toMatchObject({
      kind: 'article',
      input: { body: 'Caf\u00e9 owners in Montr\u00e9al protest.' },
    });
  });
});
