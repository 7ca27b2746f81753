import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXmlArticles, type XmlArticles } from '../../../functions/core/input/xml-articles.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/xml/${name}`, import.meta.url), 'utf8');

/** Each item's fields, or its failure as "REASON: message". */
function read(xml: XmlArticles | undefined) {
  return (xml?.items ?? []).map((item) => {
    if (item.skip !== undefined) return { line: item.line, id: item.id, skipped: item.skip };
    try {
      return { line: item.line, id: item.id, fields: item.read() };
    } catch (error) {
      const { reason, message } = error as { reason: string; message: string };
      return { line: item.line, id: item.id, failure: `${reason}: ${message}` };
    }
  });
}

describe('NITF', () => {
  it('reads the headline, dateline, body paragraphs, publication time, id, language and source', () => {
    const xml = readXmlArticles(fixture('story.nitf.xml'));

    expect(xml).toMatchObject({ format: 'NITF', feed: false });
    const [story] = read(xml);
    expect(story?.fields).toEqual({
      id: 'WIRE-20261202-0417',
      title: 'Chile, Peru sign lithium corridor deal',
      dateline: 'SANTIAGO, Dec 2',
      body: expect.stringMatching(/^SANTIAGO, Dec 2 \(Andes Wire\) - Chile and Peru signed/),
      publishedAt: '2026-12-02T09:15:00Z',
      language: 'en',
      source: 'Andes Wire',
    });
  });

  it('keeps one paragraph per <p>, blocks included, and leaves photos, captions and the tagline out', () => {
    const body = (read(readXmlArticles(fixture('story.nitf.xml')))[0]?.fields?.body ?? '').split('\n\n');

    expect(body).toHaveLength(3);
    expect(body[1]).toBe(
      'The ministers of both countries said the link would cut freight costs by a third & open by 2029.',
    );
    expect(body[2]).toBe('Bolivia, which holds large reserves, was not party to the deal.');
    expect(body.join(' ')).not.toMatch(/Salt flats|Reporting by/);
  });

  it('reads a date in the basic ISO format with an offset, and fails a document without body text', () => {
    const dated = `<nitf><head><pubdata date.publication="20261130T2215+0530"/></head><body><body.content><p>Text.</p></body.content></body></nitf>`;
    const bare = '<nitf><head><title>Only a title</title></head><body></body></nitf>';

    expect(read(readXmlArticles(dated))[0]?.fields?.publishedAt).toBe('2026-11-30T22:15:00+05:30');
    expect(read(readXmlArticles(bare))[0]?.failure).toBe(
      'MISSING_BODY: the NITF document has no text in <body.content>',
    );
  });
});

describe('NewsML-G2', () => {
  it('reads a newsItem: headline, dateline, XHTML body, firstCreated, guid, language and provider', () => {
    const [item] = read(readXmlArticles(fixture('item.newsml.xml')));

    expect(item?.fields).toEqual({
      id: 'urn:newsml:andeswire.example:20261202:lithium-418',
      title: 'Bolivia seeks talks on Chile-Peru lithium corridor',
      dateline: 'LA PAZ, Dec 2',
      body:
        'LA PAZ, Dec 2 (Andes Wire) - Bolivia asked Chile and Peru on Tuesday for talks on the lithium corridor.\n\n' +
        "President's office said the country wanted access to the Pacific port of Ilo.",
      publishedAt: '2026-12-02T09:15:00Z',
      language: 'en',
      source: 'Andes Wire',
    });
  });

  it('reads NITF inside inlineXML and text in inlineData; a picture item fails MISSING_BODY', () => {
    const item = (content: string) =>
      `<newsItem guid="g1"><contentMeta><headline>Talks</headline></contentMeta><contentSet>${content}</contentSet></newsItem>`;

    const nitf = read(
      readXmlArticles(
        item(
          '<inlineXML><nitf><body><body.content><p>One.</p><p>Two.</p></body.content></body></nitf></inlineXML>',
        ),
      ),
    );
    const text = read(
      readXmlArticles(item('<inlineData contenttype="text/plain">First part.\n\nSecond\npart.</inlineData>')),
    );
    const picture = read(readXmlArticles(item('<remoteContent href="https://example.com/p.jpg"/>')));

    expect(nitf[0]?.fields?.body).toBe('One.\n\nTwo.');
    expect(text[0]?.fields?.body).toBe('First part.\n\nSecond part.');
    expect(picture[0]?.failure).toMatch(/^MISSING_BODY: the NewsML-G2 item has no text/);
  });

  it('reads each newsItem of a newsMessage as its own article and skips a packageItem and a picture, naming them', () => {
    const message = `<?xml version="1.0"?>
<nar:newsMessage xmlns:nar="http://iptc.org/std/nar/2006-10-01/"><nar:header><nar:sent>2026-12-02T10:00:00Z</nar:sent></nar:header>
<nar:itemSet>
<nar:newsItem guid="a"><nar:contentSet><nar:inlineData>Ghana and Togo signed a border deal.</nar:inlineData></nar:contentSet></nar:newsItem>
<nar:packageItem guid="p"/>
<nar:newsItem guid="ph"><nar:itemMeta><nar:itemClass qcode="ninat:picture"/></nar:itemMeta></nar:newsItem>
<nar:newsItem guid="gr"><nar:itemMeta><nar:itemClass uri="http://cv.iptc.org/newscodes/ninature/graphic"/></nar:itemMeta></nar:newsItem>
</nar:itemSet></nar:newsMessage>`;

    const xml = readXmlArticles(message);

    expect(xml).toMatchObject({ format: 'NewsML-G2', feed: true });
    expect(read(xml).map((i) => [i.line, i.id, i.fields?.body ?? i.failure ?? i.skipped])).toEqual([
      [4, 'a', 'Ghana and Togo signed a border deal.'],
      [5, 'p', 'a NewsML-G2 packageItem holds no story: only newsItems are read'],
      [6, 'ph', 'a NewsML-G2 picture item holds no story to tag (itemClass ninat:picture)'],
      [
        7,
        'gr',
        'a NewsML-G2 graphic item holds no story to tag (itemClass http://cv.iptc.org/newscodes/ninature/graphic)',
      ],
    ]);
  });

  it('skips a video item whose itemClass URI ends in a slash, as one without it', () => {
    const message = `<?xml version="1.0"?>
<nar:newsMessage xmlns:nar="http://iptc.org/std/nar/2006-10-01/"><nar:header><nar:sent>2026-12-02T10:00:00Z</nar:sent></nar:header>
<nar:itemSet>
<nar:newsItem guid="a"><nar:contentSet><nar:inlineData>Kenya and Uganda opened a new rail link.</nar:inlineData></nar:contentSet></nar:newsItem>
<nar:newsItem guid="v"><nar:itemMeta><nar:itemClass uri="http://cv.iptc.org/newscodes/ninature/video/"/></nar:itemMeta></nar:newsItem>
</nar:itemSet></nar:newsMessage>`;

    const items = read(readXmlArticles(message));

    expect(items.map((i) => [i.id, i.skipped ?? i.failure ?? 'read'])).toEqual([
      ['a', 'read'],
      [
        'v',
        'a NewsML-G2 video item holds no story to tag (itemClass http://cv.iptc.org/newscodes/ninature/video/)',
      ],
    ]);
  });
});

describe('RSS and Atom feeds', () => {
  it('reads each RSS item with its line and own id (guid, else link); an item without text fails alone, one with a bad date is kept undated', () => {
    const items = read(readXmlArticles(fixture('feed.rss')));

    expect(items.map((i) => [i.line, i.id, i.failure])).toEqual([
      [7, 'ht-88121', undefined],
      [15, 'https://harbour.example/world/ferry', undefined],
      [
        22,
        'https://harbour.example/world/only',
        'MISSING_BODY: the feed item has no text in <content:encoded> or <description>',
      ],
      [26, 'ht-88123', undefined],
    ]);
    expect(items[3]?.fields).toMatchObject({ unreadDate: 'pubDate "someday"' });
    expect(items[3]?.fields?.publishedAt).toBeUndefined();
    expect(items[0]?.fields).toEqual({
      title: 'Norway and Iceland settle mackerel quota row',
      body: 'OSLO \u2014 Norway and Iceland settled their dispute over mackerel quotas on Wednesday.\n\nThe deal runs for five years.',
      publishedAt: '2026-12-02T08:30:00.000Z',
      url: 'https://harbour.example/world/mackerel',
      source: 'Harbour Times - World',
      language: 'en-GB',
    });
  });

  it('prefers content:encoded to the description, and never reads Media RSS text as the story', () => {
    const [, ferry] = read(readXmlArticles(fixture('feed.rss')));
    const mediaFirst = read(
      readXmlArticles(
        '<rss><channel><item><media:description>Photo.</media:description><description>Story.</description></item></channel></rss>',
      ),
    );

    expect(ferry?.fields?.body).toBe(
      'COPENHAGEN \u2013 Ferry crews in Denmark returned to work after a two-day strike.',
    );
    expect(mediaFirst[0]?.fields?.body).toBe('Story.');
  });

  it('reads Atom entries: escaped HTML and XHTML content, the alternate link, published else updated', () => {
    const items = read(readXmlArticles(fixture('feed.atom')));

    expect(items.map((i) => i.fields)).toEqual([
      {
        title: 'Qatar and Oman open joint shipping lane',
        body: 'DOHA \u2014 Qatar and Oman opened a joint shipping lane on Wednesday.',
        publishedAt: '2026-12-02T10:00:00+03:00',
        url: 'https://gulfdesk.example/4471',
        source: 'Gulf Desk',
        language: 'en',
      },
      {
        title: 'Kuwait budget',
        body: "KUWAIT CITY - Kuwait's parliament passed the budget.\n\nSecond paragraph.",
        publishedAt: '2026-12-02T09:00:00Z',
        source: 'Gulf Desk',
        language: 'en',
      },
    ]);
    expect(items.map((i) => i.id)).toEqual([
      'tag:gulfdesk.example,2026:4471',
      'tag:gulfdesk.example,2026:4472',
    ]);
  });

  it('reads a feed written with the atom: prefix and an RSS 1.0 feed', () => {
    const prefixed =
      '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:entry><atom:id>e1</atom:id><atom:summary>Fiji floods.</atom:summary></atom:entry></atom:feed>';
    const rdf =
      '<rdf:RDF><channel><title>Wire</title></channel><item rdf:about="https://w.example/1"><title>T</title><description>Samoa votes.</description><dc:date>2026-12-01</dc:date></item></rdf:RDF>';

    expect(read(readXmlArticles(prefixed)).map((i) => [i.id, i.fields?.body])).toEqual([
      ['e1', 'Fiji floods.'],
    ]);
    expect(read(readXmlArticles(rdf)).map((i) => [i.id, i.fields?.publishedAt])).toEqual([
      ['https://w.example/1', '2026-12-01T00:00:00Z'],
    ]);
  });
});

describe('documents cut short', () => {
  it('fails the item a feed ends inside with INVALID_XML and reads the items before it', () => {
    const feed = readFileSync(new URL('../../fixtures/xml/feed.rss', import.meta.url), 'utf8');
    const cut = feed.slice(0, feed.indexOf('<link>https://harbour.example/world/only') + 30);

    const items = read(readXmlArticles(cut));

    expect(items.map((i) => i.failure?.split(':')[0] ?? 'read')).toEqual(['read', 'read', 'INVALID_XML']);
    expect(items[2]?.failure).toBe(
      'INVALID_XML: the document ends inside this <item>, before its end tag: it was cut short',
    );
  });

  it('fails an NITF document cut inside its body rather than tagging half of it', () => {
    const cut = '<nitf><body><body.content><p>PARIS - Talks opened on Monday.</p><p>The ministers of Fr';

    expect(read(readXmlArticles(cut))[0]?.failure).toMatch(
      /^INVALID_XML: the document ends inside this <nitf>/,
    );
  });
});

describe('other documents', () => {
  it.each([
    ['a sitemap', '<?xml version="1.0"?><urlset><url><loc>https://e.example/</loc></url></urlset>'],
    ['an HTML page', '<!doctype html><html><body><p>rss</p></body></html>'],
    ['plain text', 'The <rss> feed was down.'],
  ])('reads %s as no wire story or feed', (_name, text) => {
    expect(readXmlArticles(text)).toBeUndefined();
  });
});
