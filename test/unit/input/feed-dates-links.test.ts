import { describe, expect, it } from 'vitest';
import { readXmlArticles } from '../../../functions/core/input/xml-articles.js';

/** Each item's id and fields, or its failure as "REASON: message". */
function read(source: string) {
  return (readXmlArticles(source)?.items ?? []).map((item) => {
    try {
      return { id: item.id, fields: item.read() };
    } catch (error) {
      const { reason, message } = error as { reason: string; message: string };
      return { id: item.id, failure: `${reason}: ${message}` };
    }
  });
}

const rss = (items: string) => `<rss version="2.0"><channel><title>Desk</title>${items}</channel></rss>`;
const dated = (pubDate: string) =>
  `<item><guid>g</guid><pubDate>${pubDate}</pubDate><description>Ports reopened.</description></item>`;
const atom = (content: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id>${content}</entry></feed>`;

describe('a feed date with a named time zone', () => {
  it.each([
    ['Sat, 07 Jun 2025 08:00:00 BST', '2025-06-07T07:00:00.000Z'],
    ['Wed, 02 Dec 2026 10:15:00 CET', '2026-12-02T09:15:00.000Z'],
    ['Wed, 02 Jun 2027 10:15:00 CEST', '2027-06-02T08:15:00.000Z'],
    ['Wed, 02 Dec 2026 18:00:00 JST', '2026-12-02T09:00:00.000Z'],
    ['Wed, 02 Dec 2026 15:30:00 IST', '2026-12-02T10:00:00.000Z'],
    ['Wed, 02 Dec 2026 21:00:00 AEDT', '2026-12-02T10:00:00.000Z'],
    ['Wed, 02 Dec 2026 13:00:00 MSK', '2026-12-02T10:00:00.000Z'],
    ['Wed, 02 Dec 2026 10:00:00 GMT', '2026-12-02T10:00:00.000Z'],
  ])('reads "%s" as %s', (pubDate, iso) => {
    const [item] = read(rss(dated(pubDate)));

    expect(item?.fields?.publishedAt).toBe(iso);
  });
});

describe('a feed or wire date no reader understands', () => {
  it('keeps the story undated and says which date was not read, rather than failing it', () => {
    const [german] = read(rss(dated('Mi, 02 Dez 2026 10:15:00 +0100')));
    const [nitf] = read(
      '<nitf><head><docdata><date.issue norm="le 2 décembre"/></docdata></head><body><body.content><p>Text.</p></body.content></body></nitf>',
    );

    expect(german?.fields).toMatchObject({
      body: 'Ports reopened.',
      unreadDate: 'pubDate "Mi, 02 Dez 2026 10:15:00 +0100"',
    });
    expect(german?.fields?.publishedAt).toBeUndefined();
    expect(nitf?.fields).toMatchObject({ body: 'Text.', unreadDate: 'date.issue "le 2 décembre"' });
  });
});

describe('Atom content with a MIME type', () => {
  it('reads text/html as escaped HTML and application/xhtml+xml as markup', () => {
    const [html] = read(
      atom(
        '<content type="text/html">&lt;p&gt;TOKYO - Japan&lt;/p&gt;&lt;p&gt;Rates held.&lt;/p&gt;</content>',
      ),
    );
    const [xhtml] = read(
      atom('<content type="application/xhtml+xml"><div><p>Seoul votes.</p></div></content>'),
    );
    const [plain] = read(atom('<content type="text/plain">Hanoi &lt;rains&gt;.</content>'));

    expect(html?.fields?.body).toBe('TOKYO - Japan\n\nRates held.');
    expect(xhtml?.fields?.body).toBe('Seoul votes.');
    expect(plain?.fields?.body).toBe('Hanoi <rains>.');
  });

  it('takes the summary when the content is a picture, and fails an entry with a picture only', () => {
    const [withSummary] = read(
      atom('<content type="image/png">iVBORw0KGgo=</content><summary>Manila floods.</summary>'),
    );
    const [pictureOnly] = read(atom('<content type="image/jpeg">/9j/4AAQ</content>'));

    expect(withSummary?.fields?.body).toBe('Manila floods.');
    expect(pictureOnly?.failure).toBe('MISSING_BODY: the feed entry has no text in <content> or <summary>');
  });
});

describe('RSS items without a guid', () => {
  it('are named by their link only when no other item has that link (a live blog keeps one link)', () => {
    const update = (text: string) =>
      `<item><link>https://d.example/live</link><description>${text}</description></item>`;
    const items = read(
      rss(
        `${update('Polls open in Chile.')}${update('Turnout is high.')}<item><link>https://d.example/peru</link><description>Peru.</description></item>`,
      ),
    );

    expect(items.map((i) => [i.id, i.fields?.body])).toEqual([
      [undefined, 'Polls open in Chile.'],
      [undefined, 'Turnout is high.'],
      ['https://d.example/peru', 'Peru.'],
    ]);
  });
});

describe('items whose guid or entry id other items repeat', () => {
  it('are named by their own link when it is theirs alone (a CMS that stamps one guid on every item)', () => {
    const story = (link: string, text: string) =>
      `<item><guid isPermaLink="false">newsroom</guid><link>${link}</link><description>${text}</description></item>`;
    const items = read(
      rss(
        `${story('https://n.example/a', 'Kenya cuts rates.')}${story('https://n.example/b', 'Ghana votes.')}<item><guid>own</guid><link>https://n.example/c</link><description>Togo.</description></item>`,
      ),
    );

    expect(items.map((i) => i.id)).toEqual(['https://n.example/a', 'https://n.example/b', 'own']);
  });

  it('keep the repeated guid when the link repeats too: the same item twice, so the repeat fails as one', () => {
    const same =
      '<item><guid>g</guid><link>https://n.example/a</link><description>Mali.</description></item>';

    const items = read(rss(same + same));

    expect(items.map((i) => i.id)).toEqual(['g', 'g']);
  });

  it('in Atom are named by their alternate link likewise', () => {
    const entry = (href: string) =>
      `<entry><id>tag:cms,2026:post</id><link rel="alternate" href="${href}"/><summary>Oslo.</summary></entry>`;
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom">${entry('https://n.example/1')}${entry('https://n.example/2')}</feed>`;

    expect(read(feed).map((i) => i.id)).toEqual(['https://n.example/1', 'https://n.example/2']);
  });
});
