import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createQueryRepository } from '../../../functions/adapters/query-repository.js';
import { createApp } from '../../../functions/api/app.js';
import { shortId } from '../../../functions/core/records/keys.js';
import { contractErrors } from '../../contract/openapi-validator.js';
import { httpEvent } from '../../unit/api/support.js';
import { ingestHarness, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();

async function put(key: string, body: string | Uint8Array, extra: Parameters<typeof stack.upload>[2] = {}) {
  const event = await stack.upload(key, body, extra);
  return ingestHarness(stack.servers).handler(sqsBatch(event));
}

/** The API over the same table; every 200 checked against the OpenAPI document. */
async function api(pathAndQuery: string) {
  const handle = createApp({
    repository: (meter) => createQueryRepository(stack.servers.clients.dynamo, stack.servers.table, meter),
    corsOrigins: [],
    cursorSecret: 'article-types-secret-article-types',
  });
  const result = await handle(httpEvent(pathAndQuery));
  const body = JSON.parse(result.body ?? 'null');
  if (result.statusCode === 200)
    expect(contractErrors(pathAndQuery.split('?')[0] ?? '/', 200, body)).toEqual([]);
  return { status: result.statusCode, body };
}

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nBerlin and Paris. country:DE\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR'),
]);
const SITEMAP =
  '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://e.example/berlin</loc></url></urlset>\n';

describe('objects that are not articles (dynalite, s3rver)', () => {
  it.each([
    ['a CSV export', 'types/people.csv', 'name,country\nAnna Berg,Germany country:DE\n', {}, 'a .csv file'],
    ['a sitemap named .xml', 'types/sitemap.xml', SITEMAP, {}, 'an XML document other than NITF'],
    ['a gzipped CSV', 'types/people.csv.gz', gzipSync('name,country\nAnna,DE\n'), {}, 'a .csv file'],
    ['a PDF named .txt', 'types/report.txt', PDF, {}, 'a PDF document'],
    ['a PNG without an extension', 'types/photo', PNG, {}, 'a PNG image'],
    ['a sitemap without an extension', 'types/sitemap', SITEMAP, {}, 'an XML document other than NITF'],
    [
      'an extensionless object sent as CSV',
      'types/export',
      'a,b\n1,2\n',
      { ContentType: 'text/csv' },
      'Content-Type is text/csv',
    ],
  ])(
    'fails %s UNSUPPORTED_TYPE naming its type, lists it in /failures and indexes nothing',
    async (_name, key, body, extra, named) => {
      const response = await put(key, body, extra);

      expect(response).toEqual({ batchItemFailures: [] });
      const detail = await api(`/articles/${shortId(key)}`);
      expect(detail.body).toMatchObject({
        status: 'FAILED',
        indexedTags: [],
        failure: { reason: 'UNSUPPORTED_TYPE' },
      });
      expect(detail.body.failure.message).toContain(named);
      expect(detail.body.failure.message).toContain('.txt, .md, .html, .json, .jsonl');
      const failures = await api('/failures?limit=100');
      expect(failures.body.items.map((i: { id: string }) => i.id)).toContain(shortId(key));
    },
  );

  it('tags text, Markdown, HTML, JSON and JSON Lines, gzipped or not, and an extensionless text object', async () => {
    const objects: [string, string | Uint8Array][] = [
      ['kinds/a.txt', 'Plain. country:AT'],
      ['kinds/b.md', '# Head\n\nMarkdown. country:AT'],
      ['kinds/c.html', '<html><body><p>Page. country:AT</p></body></html>'],
      ['kinds/d.json', '{"body":"Json. country:AT"}'],
      ['kinds/e.jsonl', '{"id":"e1","body":"Line. country:AT"}\n'],
      ['kinds/f.md.gz', gzipSync('Zipped markdown. country:AT')],
      ['kinds/g', 'No extension at all. country:AT'],
      ['kinds/h.v1.2', 'A dotted version, no extension. country:AT'],
    ];

    for (const [key, body] of objects) await put(key, body);

    const list = await api('/articles?country=AT&limit=20');
    expect(list.body.items).toHaveLength(objects.length);
  });

  it('tags the uploads of ordinary tools: saved pages, curl, gzip and JSON Lines types, odd keys (read23 F4)', async () => {
    // Each text differs: an upload with the same title and body as an earlier one is recorded as its copy.
    const page = (n: number) =>
      `<html><head><title>Floods ${n}</title></head><body><p>Homes flooded. country:IE</p></body></html>`;
    const story = (n: number) => `Floods ${n}\n\nHomes flooded. country:IE`;
    const objects: [string, string | Uint8Array, Parameters<typeof stack.upload>[2]][] = [
      ['odd/s1.shtml', page(1), { ContentType: 'text/html' }],
      ['odd/3456789.stm', page(2), {}],
      ['odd/index.php', page(3), { ContentType: 'text/html' }],
      ['odd/s2', story(4), { ContentType: 'application/x-www-form-urlencoded' }],
      ['odd/s3', gzipSync(story(5)), { ContentType: 'application/gzip' }],
      ['odd/s4.gz', gzipSync(story(6)), { ContentType: 'application/x-gzip' }],
      ['odd/2026-12-02/reuters.com', story(7), {}],
      ['odd/story.txt.bak', story(8), {}],
      [
        'odd/x.html',
        `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${'licence '.repeat(200)}-->\n${page(9)}`,
        {},
      ],
    ];
    const feed = '{"id":"l1","body":"Line one. country:IE"}\n{"id":"l2","body":"Line two. country:IE"}\n';

    for (const [key, body, extra] of objects) await put(key, body, extra);
    await put('odd/feed', feed, { ContentType: 'application/x-ndjson' });

    const failures = await api('/failures?limit=100');
    const list = await api('/articles?country=IE&limit=20');
    const ours = new Set([...objects.map(([key]) => shortId(key)), shortId('odd/feed')]);
    expect(failures.body.items.filter((i: { id: string }) => ours.has(i.id))).toEqual([]);
    expect(list.body.items).toHaveLength(objects.length + 2);
  });
});

describe('wire stories and feeds (dynalite, s3rver)', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/xml/${name}`, import.meta.url));

  it('tags an NITF story and a NewsML-G2 item as one article each, with their own headline, date and id', async () => {
    await put('wire/lithium.nitf.xml', fixture('story.nitf.xml'));
    await put('wire/bolivia.xml', fixture('item.newsml.xml'), {
      ContentType: 'application/vnd.iptc.g2.newsitem+xml',
    });

    const nitf = await api(`/articles/${shortId('wire/lithium.nitf.xml')}`);
    const newsml = await api(`/articles/${shortId('wire/bolivia.xml')}`);
    expect(nitf.body).toMatchObject({
      status: 'TAGGED',
      articleId: 'WIRE-20261202-0417',
      title: 'Chile, Peru sign lithium corridor deal',
      publishedAt: '2026-12-02T09:15:00.000Z',
      source: 'Andes Wire',
    });
    expect(newsml.body).toMatchObject({
      status: 'TAGGED',
      articleId: 'urn:newsml:andeswire.example:20261202:lithium-418',
      title: 'Bolivia seeks talks on Chile-Peru lithium corridor',
      publishedAt: '2026-12-02T09:15:00.000Z',
    });
  });

  it('tags each item of an RSS feed and an Atom feed as its own article; a bad item is FAILED with its reason, the rest tagged', async () => {
    await put('feeds/harbour.rss', fixture('feed.rss'));
    await put('feeds/gulf.xml', fixture('feed.atom'));

    const mackerel = await api(`/articles/${shortId('feeds/harbour.rss#id=ht-88121')}`);
    const headlineOnly = await api(
      `/articles/${shortId('feeds/harbour.rss#id=https://harbour.example/world/only')}`,
    );
    const gulf = await api(`/articles/${shortId('feeds/gulf.xml#id=tag:gulfdesk.example,2026:4471')}`);
    const failures = await api('/failures?limit=100');
    expect(mackerel.body).toMatchObject({
      status: 'TAGGED',
      articleId: 'ht-88121',
      line: 7,
      url: 'https://harbour.example/world/mackerel',
      source: 'Harbour Times - World',
    });
    expect(headlineOnly.body).toMatchObject({ status: 'FAILED', failure: { reason: 'MISSING_BODY' } });
    expect(headlineOnly.body.failure.message).toContain('item at line 22');
    expect(gulf.body).toMatchObject({
      status: 'TAGGED',
      title: 'Qatar and Oman open joint shipping lane',
      line: 6,
    });
    const failed = failures.body.items.filter((i: { key?: string }) => i.key === 'feeds/harbour.rss');
    expect(failed.map((i: { reason: string }) => i.reason)).toEqual(['MISSING_BODY']);
  });

  it('keeps a feed item whose date is unreadable (dated at its upload, with a warning), reads zone names, MIME-typed Atom content and guid-less updates sharing a link', async () => {
    const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Isle Desk</title>
<item><link>https://isle.example/live</link><pubDate>Sat, 07 Jun 2025 08:00:00 BST</pubDate><description>Polls opened in Cork. country:IE</description></item>
<item><link>https://isle.example/live</link><pubDate>Mi, 03 Dez 2025 09:00:00 +0100</pubDate><description>Turnout in Cork is high. country:IE</description></item>
</channel></rss>
`;
    const atomFeed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Tokyo Desk</title><entry><id>t-1</id><content type="text/html">&lt;p&gt;TOKYO - The ruling party won. country:JP&lt;/p&gt;</content></entry></feed>`;

    await put('feeds/isle.rss', rss);
    await put('feeds/tokyo.atom', atomFeed);

    const first = await api(`/articles/${shortId('feeds/isle.rss#3')}`);
    const second = await api(`/articles/${shortId('feeds/isle.rss#4')}`);
    const tokyo = await api(`/articles/${shortId('feeds/tokyo.atom#id=t-1')}`);
    expect(first.body).toMatchObject({ status: 'TAGGED', publishedAt: '2025-06-07T07:00:00.000Z' });
    expect(first.body.warnings).toBeUndefined();
    expect(second.body).toMatchObject({ status: 'TAGGED', line: 4 });
    expect(Math.abs(Date.parse(second.body.publishedAt) - Date.now())).toBeLessThan(5 * 60_000);
    expect(second.body.warnings).toEqual([
      {
        code: 'PUBLISHED_AT_UNREADABLE',
        message: expect.stringMatching(
          /^pubDate "Mi, 03 Dez 2025 09:00:00 \+0100" is not a date the ingest reads, so the article is dated 20/,
        ),
      },
    ]);
    expect(tokyo.body).toMatchObject({ status: 'TAGGED' });
    expect(JSON.stringify(tokyo.body)).not.toContain('<p>');
  });
});

describe('a feed fetched again under its key, a NewsML-G2 message with pictures (dynalite, s3rver)', () => {
  const rss = (...items: [string, string][]) =>
    `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Reef Post</title>\n${items
      .map(
        ([guid, text]) =>
          `<item><guid>${guid}</guid><title>${guid}</title><description>${text}</description></item>\n`,
      )
      .join('')}</channel></rss>`;

  it('keeps listing the stories that rolled off the feed until the object is deleted', async () => {
    const key = 'feeds/reef.rss';
    await put(key, rss(['r-1', 'Coral survey starts. country:PW'], ['r-2', 'Divers return. country:PW']));
    await put(key, rss(['r-3', 'Harbour dredged. country:PW'], ['r-2', 'Divers return. country:PW']));

    const kept = await api('/articles?country=PW&limit=10');
    const cleared = await stack.remove(key);
    await ingestHarness(stack.servers).handler(sqsBatch(cleared));
    const gone = await api('/articles?country=PW&limit=10');

    expect(kept.body.items.map((i: { articleId: string }) => i.articleId).sort()).toEqual([
      'r-1',
      'r-2',
      'r-3',
    ]);
    expect(gone.body.items).toEqual([]);
  });

  it('tags the story of a message and skips its picture and package: no failure listed', async () => {
    const message = `<?xml version="1.0"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
<newsItem guid="m-1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentSet><inlineData>Tonga opened a new wharf. country:TO</inlineData></contentSet></newsItem>
<newsItem guid="m-2"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentSet><remoteContent href="https://e.example/w.jpg"/></contentSet></newsItem>
<packageItem guid="m-3"/>
</itemSet></newsMessage>`;

    const response = await put('wire/tonga.xml', message);

    const failures = await api('/failures?limit=100');
    const list = await api('/articles?country=TO');
    expect(response).toEqual({ batchItemFailures: [] });
    expect(failures.body.items.filter((i: { key?: string }) => i.key === 'wire/tonga.xml')).toEqual([]);
    expect(list.body.items.map((i: { articleId: string }) => i.articleId)).toEqual(['m-1']);
  });
});

describe('a publication time far ahead of the upload (dynalite, s3rver)', () => {
  it('keeps the article, dates it at its upload and says so in /articles/{id}; a corrected date clears it', async () => {
    const key = 'dates/typo.json';
    const typo = JSON.stringify({
      title: 'Tariff talks',
      body: 'Talks resume. country:NZ',
      publishedAt: '2062-11-30T10:00:00Z',
    });
    const earlier = JSON.stringify({ body: 'Older story. country:NZ', publishedAt: '2026-11-20T08:00:00Z' });

    await put('dates/earlier.json', earlier);
    await put(key, typo);
    const detail = await api(`/articles/${shortId(key)}`);
    const list = await api('/articles?country=NZ');
    await put(key, typo.replace('2062', '2026'));
    const corrected = await api(`/articles/${shortId(key)}`);

    expect(detail.body.status).toBe('TAGGED');
    const dated = Date.parse(detail.body.publishedAt);
    expect(Math.abs(dated - Date.now())).toBeLessThan(5 * 60_000);
    expect(detail.body.warnings).toEqual([
      {
        code: 'PUBLISHED_AT_AHEAD',
        message: expect.stringMatching(
          /^publishedAt 2062-11-30T10:00:00(\.000)?Z is more than a day after the article was uploaded \(.+\), so it is not trusted: the article is dated /,
        ),
      },
    ]);
    // Newest first, it sits at its upload (as an undated upload would), not above every story until 2062.
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([
      shortId(key),
      shortId('dates/earlier.json'),
    ]);
    expect(list.body.items[0].publishedAt).toBe(detail.body.publishedAt);
    expect(corrected.body.publishedAt).toMatch(/^2026-11-30T10:00:00(\.000)?Z$/);
    expect(corrected.body.warnings).toBeUndefined();
  });

  it('trusts a date up to a day ahead (time zones, embargoes) and reads S3 metadata the same way', async () => {
    const soon = new Date(Date.now() + 20 * 3600_000).toISOString();
    const far = '2031-01-01T00:00:00Z';

    await put('dates/embargo.txt', 'Embargoed results. country:FJ', { Metadata: { 'published-at': soon } });
    await put('dates/far-meta.txt', 'Metadata typo. country:FJ', { Metadata: { 'published-at': far } });
    const embargo = await api(`/articles/${shortId('dates/embargo.txt')}`);
    const farMeta = await api(`/articles/${shortId('dates/far-meta.txt')}`);

    expect(Date.parse(embargo.body.publishedAt)).toBe(Date.parse(soon));
    expect(embargo.body.warnings).toBeUndefined();
    expect(Date.parse(farMeta.body.publishedAt)).toBeLessThan(Date.now() + 60_000);
    expect(farMeta.body.warnings?.[0]?.code).toBe('PUBLISHED_AT_AHEAD');
  });
});
