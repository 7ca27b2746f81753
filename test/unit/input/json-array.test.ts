import { describe, expect, it } from 'vitest';
import { readJsonArray } from '../../../functions/core/input/json-array.js';
import { decodeObject } from '../../../functions/ingest/decode.js';

const limits = { maxDecompressedBytes: 100_000, maxArticlesPerObject: 3 };
const object = (text: string) => ({ bytes: Buffer.from(text), metadata: {} });

describe('a .json object holding an array of articles (review63)', () => {
  it('gives one article an element, named by its id or else by its position', () => {
    const text = JSON.stringify([
      { id: 'cms-7', title: 'Ferry strike ends', body: 'Ferry workers in Calais ended a strike on Tuesday.' },
      { title: 'Floods close roads', body: 'Floods closed roads in Gloucester on Monday.' },
    ]);

    const articles = decodeObject('exports/march.json', object(text), limits);

    expect(articles.map((a) => [a.kind, a.articleId, a.sourceRef])).toEqual([
      ['article', 'cms-7', 'exports/march.json#id=cms-7'],
      ['article', 'exports/march.json#2', 'exports/march.json#2'],
    ]);
  });

  it('fails a bad element alone and a repeated id as a duplicate, keeping the others', () => {
    const text = JSON.stringify([
      { id: 'a', body: 'Ferry workers in Calais ended a strike.' },
      { id: 'b', title: 'No story' },
      { id: 'a', body: 'Another story under the same id.' },
    ]);

    const articles = decodeObject('exports/march.json', object(text), limits);

    expect(articles.map((a) => (a.kind === 'failed' ? a.reason : a.kind))).toEqual([
      'article',
      'MISSING_BODY',
      'DUPLICATE_ID',
    ]);
  });

  it('fails an empty array as EMPTY and one over the per-object cap as TOO_MANY_ARTICLES', () => {
    const many = JSON.stringify([1, 2, 3, 4].map((n) => ({ body: `Story ${n}.` })));

    const empty = decodeObject('exports/none.json', object('[]'), limits);
    const over = decodeObject('exports/many.json', object(many), limits);

    expect(empty).toMatchObject([{ kind: 'failed', reason: 'EMPTY' }]);
    expect(over).toMatchObject([{ kind: 'failed', reason: 'TOO_MANY_ARTICLES' }]);
  });

  it('leaves text that is no JSON array to the JSON reader, which reports the fault', () => {
    const articles = decodeObject('exports/broken.json', object('[{"body": "cut off'), limits);

    expect(readJsonArray('[{"body": "cut off')).toBeUndefined();
    expect(readJsonArray('{"body": "One story."}')).toBeUndefined();
    expect(articles).toMatchObject([{ kind: 'failed', reason: 'INVALID_JSON' }]);
  });
});
