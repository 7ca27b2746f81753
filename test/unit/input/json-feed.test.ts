import { describe, expect, it } from 'vitest';
import { readJsonFeed } from '../../../functions/core/input/json-feed.js';
import { decodeObject } from '../../../functions/ingest/decode.js';

const limits = { maxDecompressedBytes: 100_000, maxArticlesPerObject: 3 };
const object = (value: unknown) => ({ bytes: Buffer.from(JSON.stringify(value)), metadata: {} });
const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Harbour Times',
  language: 'en-GB',
  items,
  ...extra,
});

describe('a JSON Feed object', () => {
  it('gives one article an item, named by its id, sourced by the feed, dated and in the feed’s language', () => {
    const value = feed([
      {
        id: 'ht-1',
        url: 'https://harbour.example/ferry',
        title: 'Ferry strike ends in Calais',
        content_text: 'Ferry workers in Calais ended a three-day strike on Tuesday.',
        date_published: '2026-12-01T08:00:00Z',
      },
      {
        id: 2,
        title: 'Floods close Gloucester roads',
        content_html: '<p>Floods closed roads in Gloucester on Monday.</p>',
        language: 'fr',
      },
    ]);

    const articles = decodeObject('feeds/harbour.json', object(value), limits);

    expect(articles.map((a) => [a.kind, a.articleId, a.sourceRef, a.line])).toEqual([
      ['article', 'ht-1', 'feeds/harbour.json#id=ht-1', 1],
      ['article', '2', 'feeds/harbour.json#id=2', 2],
    ]);
    expect(articles[0]).toMatchObject({
      keepable: true,
      input: {
        title: 'Ferry strike ends in Calais',
        body: 'Ferry workers in Calais ended a three-day strike on Tuesday.',
        publishedAt: '2026-12-01T08:00:00Z',
        url: 'https://harbour.example/ferry',
        source: 'Harbour Times',
        language: 'en-GB',
      },
    });
    expect(articles[1]).toMatchObject({
      input: { body: 'Floods closed roads in Gloucester on Monday.', language: 'fr' },
    });
  });

  it('fails an item without text alone, naming its position; a summary is the text of an item without content', () => {
    const value = feed([
      { id: 'a', title: 'Headline only' },
      { id: 'b', title: 'Port reopens', summary: 'The port of Dover reopened on Friday.' },
    ]);

    const articles = decodeObject('feeds/harbour.json', object(value), limits);

    expect(articles[0]).toMatchObject({ kind: 'failed', reason: 'MISSING_BODY', articleId: 'a' });
    expect(articles[0]?.kind === 'failed' && articles[0].message).toMatch(/^item 1: /);
    expect(articles[1]).toMatchObject({
      kind: 'article',
      input: { body: 'The port of Dover reopened on Friday.' },
    });
  });

  it('reads a JSON Feed 1.0 that writes its version with http', () => {
    const value = feed([{ id: 'a', content_text: 'Floods in York.' }], {
      version: 'http://jsonfeed.org/version/1',
    });

    const articles = decodeObject('f.json', object(value), limits);

    expect(articles).toMatchObject([{ kind: 'article', articleId: 'a', input: { body: 'Floods in York.' } }]);
  });

  it('fails a repeated id, a feed over the article limit, and a feed without items', () => {
    const item = (id: string) => ({ id, content_text: `Story ${id}.` });

    const repeated = decodeObject('f.json', object(feed([item('a'), item('a')])), limits);
    const many = decodeObject('f.json', object(feed(['a', 'b', 'c', 'd'].map(item))), limits);
    const none = decodeObject('f.json', object(feed([])), limits);
    const noList = decodeObject('f.json', object(feed([], { items: 'none' })), limits);

    expect(repeated[1]).toMatchObject({ kind: 'failed', reason: 'DUPLICATE_ID' });
    expect(many).toMatchObject([{ kind: 'failed', reason: 'TOO_MANY_ARTICLES' }]);
    expect(none).toMatchObject([
      { kind: 'failed', reason: 'EMPTY', message: 'the JSON Feed holds no articles' },
    ]);
    expect(noList).toMatchObject([
      { kind: 'failed', reason: 'INVALID_FIELD', message: 'the JSON Feed has no "items" list' },
    ]);
  });

  it('reads a JSON article that quotes the JSON Feed address as one article, not a feed', () => {
    const article = {
      id: 'story',
      body: 'The spec lives at https://jsonfeed.org/version/1.1 and was revised in 2020.',
    };

    const articles = decodeObject('a.json', object(article), limits);

    expect(readJsonFeed(JSON.stringify(article))).toBeUndefined();
    expect(articles).toMatchObject([{ kind: 'article', articleId: 'story' }]);
  });
});
