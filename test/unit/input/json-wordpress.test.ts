import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../functions/core/input/index.js';
import { decodeObject } from '../../../functions/ingest/decode.js';

const post = (extra: Record<string, unknown> = {}) => ({
  id: 812,
  date: '2026-03-03T12:00:00',
  date_gmt: '2026-03-03T09:00:00',
  link: 'https://harbour.example/2026/03/03/ferry-strike/',
  title: { rendered: 'Ferry strike ends in Calais &#8211; for now' },
  content: {
    rendered: '<p>CALAIS — Ferry workers ended a strike on Tuesday.</p>\n<p>Talks resume next week.</p>',
    protected: false,
  },
  excerpt: { rendered: '<p>Workers ended a strike.</p>', protected: false },
  ...extra,
});

describe('a WordPress REST API post (review63)', () => {
  it('reads its rendered title and content, its permalink and its UTC time', () => {
    const article = parseArticle(JSON.stringify(post()), 'json');

    expect(article).toMatchObject({
      id: '812',
      title: 'Ferry strike ends in Calais – for now',
      url: 'https://harbour.example/2026/03/03/ferry-strike/',
      publishedAt: '2026-03-03T09:00:00Z',
    });
    expect(article.body).toBe('CALAIS — Ferry workers ended a strike on Tuesday.\n\nTalks resume next week.');
  });

  it('reads the excerpt when the post gives no content', () => {
    const { content: _content, ...withoutContent } = post();

    expect(parseArticle(JSON.stringify(withoutContent), 'json').body).toBe('Workers ended a strike.');
  });

  it('reads the API’s list of posts as one article a post', () => {
    const list = JSON.stringify([post(), post({ id: 813, title: { rendered: 'Port reopens' } })]);

    const articles = decodeObject(
      'wp/posts.json',
      { bytes: Buffer.from(list), metadata: {} },
      {
        maxDecompressedBytes: 100_000,
        maxArticlesPerObject: 10,
      },
    );

    expect(articles.map((a) => [a.kind, a.articleId])).toEqual([
      ['article', '812'],
      ['article', '813'],
    ]);
  });
});
