import { describe, expect, it, vi } from 'vitest';
import type { QueryRepository } from '../../../functions/adapters/query-repository.js';
import { createApp } from '../../../functions/api/app.js';
import type { ArticleRecordItem } from '../../../functions/core/records/items.js';
import { shortId } from '../../../functions/core/records/keys.js';
import { emptyRepository, httpEvent } from './support.js';

const SECRET = 'test-secret-test-secret-test-secret';

function app(repository: QueryRepository = emptyRepository(), corsOrigins: string[] = []) {
  const logError = vi.fn();
  const handle = createApp({
    repository: () => repository,
    corsOrigins,
    cursorSecret: SECRET,
    now: () => new Date('2026-11-30T12:00:00Z'),
    logError,
  });
  return {
    logError,
    async get(pathAndQuery: string, method = 'GET', headers: Record<string, string> = {}) {
      const result = await handle(httpEvent(pathAndQuery, method, headers));
      return {
        status: result.statusCode,
        headers: result.headers ?? {},
        body: result.body ? JSON.parse(result.body) : undefined,
      };
    },
  };
}

describe('date range errors', () => {
  it('says no filter was given, naming all four, when /articles has only dates (review33 X3)', async () => {
    const response = await app().get('/articles?from=2026-11-30');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      parameter: 'filter',
      message: 'no filter given: add entity, topic, country or pair (from and to only bound the dates)',
    });
  });

  it('blames from, and says to defaults to today, when only from is given and the span is too long', async () => {
    const response = await app().get('/top?kind=country&from=2026-10-01');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      parameter: 'from',
      message: 'from may be at most 31 days before today (to defaults to today)',
    });
  });

  it('says from is after today, not after to, when to was not given', async () => {
    const response = await app().get('/trends?country=US&from=2026-12-05');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      parameter: 'from',
      message: 'from must not be after today (to defaults to today)',
    });
  });
});

describe('validation messages read as sentences about the parameter', () => {
  it.each([
    ['/articles?country=US&cursor=', 'cursor', 'cursor must be 1 to 2048 characters long'],
    [
      '/entities?prefix=',
      'prefix',
      'prefix must hold at least 2 letters or digits (at most 100 characters, no control characters)',
    ],
    [
      `/entities?prefix=${'x'.repeat(101)}`,
      'prefix',
      'prefix must hold at least 2 letters or digits (at most 100 characters, no control characters)',
    ],
    [
      '/entities?prefix=a',
      'prefix',
      'prefix must hold at least 2 letters or digits (at most 100 characters, no control characters)',
    ],
    [
      '/entities?prefix=a%00b',
      'prefix',
      'prefix must hold at least 2 letters or digits (at most 100 characters, no control characters)',
    ],
    [
      '/entities?prefix=ab&type=country',
      'type',
      'type must be one of person, organization, place, nationality, event, product, work, other',
    ],
    [
      '/articles?country=US&country=CN&country=MX&country=CH',
      'country',
      'country may be given at most 3 times',
    ],
    [
      '/articles?country=US&country=USA',
      'country',
      'country must be an ISO 3166-1 alpha-2 country code such as "US"',
    ],
    ['/articles?country=US&focus=yes', 'focus', 'focus must be true or false'],
    [
      '/articles?topic=medtop:11000000&focus=true',
      'focus',
      'focus applies to exactly one country filter: add one country=, or drop focus',
    ],
    [
      '/articles?country=US&country=CN&focus=true',
      'focus',
      'focus applies to exactly one country filter: add one country=, or drop focus',
    ],
  ])('%s', async (path, parameter, message) => {
    const response = await app().get(path);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ parameter, message });
  });
});

describe('request validation', () => {
  it('says a date written right whose day does not exist does not exist, not that it must be a date', async () => {
    const noSuchDay = await app().get('/articles?country=US&from=2026-02-30');
    const noSuchHour = await app().get('/trends?country=US&to=2026-11-29T25:00Z');
    const notADate = await app().get('/articles?country=US&from=last-week');

    expect(noSuchDay.body).toMatchObject({
      parameter: 'from',
      message: 'from names a date or time that does not exist (such as 2026-02-30 or 25:00)',
    });
    expect(noSuchHour.body).toMatchObject({
      parameter: 'to',
      message: expect.stringContaining('does not exist'),
    });
    expect(notADate.body).toMatchObject({
      parameter: 'from',
      message: expect.stringContaining('must be a date'),
    });
  });

  it('tells a caller whose + offset arrived as a space to write it as %2B', async () => {
    const pasted = await app().get('/articles?country=US&from=2026-11-29T10:15:00+02:00');
    const encoded = await app().get('/articles?country=US&from=2026-11-29T10:15:00%2B02:00');

    expect(pasted.status).toBe(400);
    expect(pasted.body).toMatchObject({
      parameter: 'from',
      message: expect.stringContaining('write + as %2B'),
    });
    expect(encoded.status).toBe(200);
  });

  it.each([
    ['/articles?country=US&from=2026-13-01', 'from'],
    ['/articles?country=US&from=2026-02-30', 'from'],
    ['/articles?country=US&to=yesterday', 'to'],
    ['/articles?country=US&from=2026-11-30&to=2026-11-01', 'from'],
    ['/articles?country=US&from=2026-11-30T10:00:00Z&to=2026-11-30T09:00:00Z', 'from'],
    ['/articles?country=US&limit=0', 'limit'],
    ['/articles?country=US&limit=101', 'limit'],
    ['/articles?country=US&limit=ten', 'limit'],
    ['/articles?country=US&limit=1&limit=2', 'limit'],
    ['/articles?country=USA', 'country'],
    ['/articles?pair=US-US', 'pair'],
    ['/articles?topic=politics', 'topic'],
    ['/articles?entity=Donald%20Trump', 'entity'],
    ['/articles?entity=human:donald-trump', 'entity'],
    ['/articles?entity=person:%20--%20', 'entity'],
    ['/articles?person=trump', 'person'],
    ['/articles', 'filter'],
    ['/articles?country=US&country=FR&country=DE&topic=medtop:11000000', 'country'],
    ['/articles?country=US&cursor=garbage', 'cursor'],
    ['/top?kind=person', 'kind'],
    ['/top', 'kind'],
    ['/top?kind=country&from=2026-01-01&to=2026-03-01', 'to'],
    ['/trends?country=US&topic=medtop:11000000', 'country'],
    ['/trends', 'filter'],
    ['/trends?country=US&from=2020-01-01&to=2026-01-01', 'to'],
    ['/entities?prefix=a', 'prefix'],
    ['/entities', 'prefix'],
    ['/entities?prefix=ab&type=city', 'type'],
    ['/failures?from=2026-11-02&to=2026-11-01', 'from'],
    [`/articles/${'x'.repeat(1025)}`, 'id'],
    ['/articles/r17%0019', 'id'],
    ['/entities/Donald%20Trump', 'id'],
    ['/entities/person:zoe%00muller', 'id'],
    ['/articles?entity=person:zoe%01muller', 'entity'],
    ['/entities/%E0%A4%A', 'id'],
    ['/entities/person:x?type=people', 'type'],
    ['/trends?entity=person:han-zheng&focus=true', 'focus'],
    ['/trends?country=US&focus=maybe', 'focus'],
    ['/top?kind=entity&focus=true', 'focus'],
    ['/entities/person:x?type=person&type=place', 'type'],
    ['/entities/person:x?kind=person', 'kind'],
    ['/health?verbose=1', 'verbose'],
  ])('GET %s is a 400 naming %s', async (request, parameter) => {
    const response = await app().get(request);

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_parameter', parameter });
    expect(response.body.message).toContain(
      parameter === 'verbose' || parameter === 'person' ? 'unknown' : '',
    );
  });

  it('lists articles published at the same instant stronger match first, and newer ones before them', async () => {
    const row = (aid: string, time: string, score: number) => ({
      sk: `${time}#${aid}`,
      aid,
      articleId: aid,
      publishedAt: time,
      score,
      co: [],
    });
    const same = '2026-11-20T08:00:00.000Z';
    const api = app(
      emptyRepository({
        queryIndex: async (q) => ({
          items: q.partition.endsWith('#0')
            ? [row('zz', same, 0.2), row('yy', same, 1), row('xx', same, 0.08)]
            : q.partition.endsWith('#1')
              ? [row('ww', '2026-11-21T08:00:00.000Z', 0.1), row('vv', same, 0.5)]
              : [],
        }),
      }),
    );

    const response = await api.get('/articles?country=BR');

    expect(response.body.items.map((i: { id: string }) => i.id)).toEqual(['ww', 'yy', 'vv', 'zz', 'xx']);
  });

  it('normalises filter values: lower-case country codes and unsorted pairs', async () => {
    const queryIndex = vi.fn<QueryRepository['queryIndex']>(async () => ({ items: [] }));

    await app(emptyRepository({ queryIndex })).get('/articles?pair=us-cn');

    expect(queryIndex.mock.calls.map(([q]) => q.partition)).toEqual(['I#pair#CN-US#0', 'I#pair#CN-US#1']);
  });

  it.each([
    ['PERSON:elon-musk', 'person:elon-musk'],
    ['person:Elon%20Musk', 'person:elon-musk'],
    ['PERSON:elon%20musk', 'person:elon-musk'],
    ['person:Jonas%20Gahr%20St%C3%B8re', 'person:jonas-gahr-store'],
    ['Organization:J.P.%20Morgan', 'organization:jp-morgan'],
    ['place:ISO:cn', 'place:iso:CN'],
    ['Place:GeoNames:1816670', 'place:geonames:1816670'],
    ['person:zo%C3%AB-m%C3%BCller', 'person:zoë-müller'],
  ])('reads entity=%s as the id the tagger builds, %s', async (given, id) => {
    const queryIndex = vi.fn<QueryRepository['queryIndex']>(async () => ({ items: [] }));

    const response = await app(emptyRepository({ queryIndex })).get(`/articles?entity=${given}`);

    expect(response.status).toBe(200);
    expect(queryIndex.mock.calls.map(([q]) => q.partition)).toEqual([`I#entity#${id}#0`, `I#entity#${id}#1`]);
  });

  it('reads an entity path id typed as a name as the id the tagger builds', async () => {
    const getEntity = vi.fn<QueryRepository['getEntity']>(async () => undefined);

    const response = await app(emptyRepository({ getEntity })).get('/entities/PERSON:Elon%20Musk');

    expect(response.status).toBe(404);
    expect(getEntity).toHaveBeenCalledWith('person:elon-musk');
    expect(response.body.message).toContain('person:elon-musk');
  });
});

describe('cursors', () => {
  const row = (n: number) => ({
    sk: `2026-11-${String(10 + n).padStart(2, '0')}T00:00:00.000Z#aid${n}`,
    aid: `aid${n}`,
    articleId: `a${n}`,
    publishedAt: `2026-11-${String(10 + n).padStart(2, '0')}T00:00:00.000Z`,
    score: 1,
    co: [],
  });
  const repository = emptyRepository({
    queryIndex: async (q) =>
      q.partition.endsWith('#0')
        ? { items: [row(3), row(2), row(1)].slice(0, q.limit), lastEvaluated: row(2).sk }
        : { items: [] },
  });

  it('issues a cursor that continues the same query', async () => {
    const api = app(repository);
    const first = await api.get('/articles?country=US&limit=1');

    const second = await api.get(`/articles?country=US&limit=1&cursor=${first.body.nextCursor}`);

    expect(first.body.items.map((i: { id: string }) => i.id)).toEqual(['aid3']);
    expect(second.status).toBe(200);
  });

  it('accepts a cursor with the same range spelled another way (a day, its first instant, another zone)', async () => {
    const api = app(repository);
    const first = await api.get('/articles?country=US&limit=1&from=2026-11-01');

    const spellings = ['2026-11-01T00:00:00Z', '2026-11-01T01:00:00%2B01:00'];
    const next = await Promise.all(
      spellings.map((from) =>
        api.get(`/articles?country=US&limit=1&from=${from}&cursor=${first.body.nextCursor}`),
      ),
    );

    expect(next.map((response) => response.status)).toEqual([200, 200]);
  });

  it('rejects a cursor from another query as foreign', async () => {
    const api = app(repository);
    const first = await api.get('/articles?country=US&limit=1');

    const other = await api.get(`/articles?country=FR&limit=1&cursor=${first.body.nextCursor}`);

    expect(other.status).toBe(400);
    expect(other.body).toMatchObject({
      parameter: 'cursor',
      message: expect.stringContaining('different query'),
    });
  });

  it('rejects an altered cursor as tampered', async () => {
    const api = app(repository);
    const first = await api.get('/articles?country=US&limit=1');
    const token: string = first.body.nextCursor;
    const altered = `${token.slice(0, 5)}${token[5] === 'A' ? 'B' : 'A'}${token.slice(6)}`;

    const response = await api.get(`/articles?country=US&limit=1&cursor=${altered}`);

    expect(response.status).toBe(400);
    expect(response.body.parameter).toBe('cursor');
  });
});

describe('routing and errors', () => {
  it('answers an unknown route with 404', async () => {
    const response = await app().get('/nope');

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: 'not_found' });
  });

  it('names the routes when the path is none of them, as the root of the API is not', async () => {
    const response = await app().get('/');

    expect(response.status).toBe(404);
    expect(response.body.message).toBe(
      'no route /; the routes are /health, /openapi.json, /articles, /articles/{id}, /entities, /entities/{id}, /trends, /top, /failures',
    );
  });

  it('names the route meant when the path only adds a trailing slash', async () => {
    const response = await app().get('/articles/?country=US');

    expect(response.status).toBe(404);
    expect(response.body.message).toBe('no route /articles/: without the trailing slash, /articles');
  });

  it('trims a run of trailing slashes in one pass, however long (read22 F15: a quadratic trim took seconds)', async () => {
    const api = app();

    const [few, many] = await Promise.all([api.get('/articles///'), api.get(`/${'/'.repeat(64_000)}a`)]);

    expect(few.body.message).toBe('no route /articles///: without the trailing slash, /articles');
    expect(many.status).toBe(404);
  }, 2_000);

  it('answers another method with 405 and Allow: GET, HEAD', async () => {
    const response = await app().get('/articles?country=US', 'POST');

    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD as GET, status and headers alike, without a body', async () => {
    const api = app();

    const [get, head, headBad] = await Promise.all([
      api.get('/top?kind=country&from=2026-11-01&to=2026-11-07'),
      api.get('/top?kind=country&from=2026-11-01&to=2026-11-07', 'HEAD'),
      api.get('/articles?limit=0', 'HEAD'),
    ]);

    expect(get.body).toBeDefined();
    expect(head).toMatchObject({ status: 200, body: undefined });
    expect(head.headers['cache-control']).toBe(get.headers['cache-control']);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    expect(headBad).toMatchObject({ status: 400, body: undefined });
  });

  it('answers an unknown article with 404 and a message', async () => {
    const response = await app().get('/articles/AAAAAAAAAAAAAAAA');

    expect(response.status).toBe(404);
    expect(response.body.message).toContain('AAAAAAAAAAAAAAAA');
  });

  it('hides internal errors behind a 500 with the request id, and logs the stack', async () => {
    const api = app(
      emptyRepository({
        getArticle: async () => {
          throw new Error('table exploded at secret.place');
        },
      }),
    );

    const response = await api.get('/articles/AAAAAAAAAAAAAAAA');

    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      error: 'internal_error',
      message: expect.any(String),
      requestId: 'req-1',
    });
    expect(JSON.stringify(response.body)).not.toContain('secret.place');
    expect(api.logError).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'req-1' }));
  });

  const copy = (aid: string, duplicateOf?: string): ArticleRecordItem => ({
    pk: `A#${aid}`,
    sk: 'A',
    recordType: 'article',
    aid,
    articleId: `${aid}.txt`,
    key: `${aid}.txt`,
    status: 'TAGGED',
    state: 'APPLIED',
    seq: '01',
    contentHash: 'h',
    taggerVersion: 't',
    publishedAt: '2026-11-20T08:00:00.000Z',
    day: '2026-11-20',
    tags: [],
    fp: 'fpfpfpfpfpfpfpfp',
    ...(duplicateOf ? { duplicateOf } : {}),
    result: JSON.stringify({
      language: 'en',
      taggerVersion: 't',
      entities: [],
      countries: [],
      countryPairs: [],
      topics: [],
    }),
    updatedAt: '2026-11-20T08:00:00.000Z',
  });

  it('names the listed copy of a story from its claim, not from the copy record written before a hand-over', async () => {
    const records: Record<string, ArticleRecordItem> = {
      BBBBBBBBBBBBBBBB: copy('BBBBBBBBBBBBBBBB'),
      CCCCCCCCCCCCCCCC: copy('CCCCCCCCCCCCCCCC', 'AAAAAAAAAAAAAAAA'),
    };
    const api = app(
      emptyRepository({
        getArticle: async (aid) => records[aid],
        getClaim: async () => ({
          owner: 'BBBBBBBBBBBBBBBB',
          members: ['BBBBBBBBBBBBBBBB', 'CCCCCCCCCCCCCCCC'],
          version: 3,
        }),
      }),
    );

    const owner = await api.get('/articles/BBBBBBBBBBBBBBBB');
    const other = await api.get('/articles/CCCCCCCCCCCCCCCC');

    expect(owner.body.duplicates).toEqual(['CCCCCCCCCCCCCCCC']);
    expect(owner.body.duplicateOf).toBeUndefined();
    expect(other.body.duplicateOf).toBe('BBBBBBBBBBBBBBBB');
    expect(other.body.duplicates).toBeUndefined();
  });

  it.each([
    ['a .jsonl line with an id', 'articles/r17.jsonl', 'r17-19', 'articles/r17.jsonl#id=r17-19'],
    ['a .json object with an id', 'articles/story.json', 'story-7', 'articles/story.json'],
    ['a .jsonl line without an id', 'articles/r17.jsonl', 'articles/r17.jsonl#4', 'articles/r17.jsonl#4'],
  ])('finds %s by its own id and the S3 key it came from', async (_case, key, articleId, sourceRef) => {
    const aid = shortId(sourceRef);
    const { fp: _fp, ...record } = { ...copy(aid), articleId, key };
    const getArticle = vi.fn<QueryRepository['getArticle']>(async (asked) =>
      asked === aid ? record : undefined,
    );
    const api = app(emptyRepository({ getArticle }));

    const found = await api.get(`/articles/${encodeURIComponent(articleId)}?key=${encodeURIComponent(key)}`);
    const otherKey = await api.get(`/articles/${encodeURIComponent(articleId)}?key=articles/other.jsonl`);

    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: aid, articleId, key });
    expect(getArticle.mock.calls.length).toBeLessThanOrEqual(2 + 2);
    expect(otherKey.status).toBe(404);
    expect(otherKey.body.message).toContain(articleId);
  });

  it('finds an article by its own id alone through the index of publisher ids', async () => {
    const aid = 'BBBBBBBBBBBBBBBB';
    const { fp: _fp, ...record } = { ...copy(aid), articleId: 'r17-19', key: 'articles/r17.jsonl' };
    const queryArticleIds = vi.fn<QueryRepository['queryArticleIds']>(async (id) =>
      id === 'r17-19' ? [aid] : [],
    );
    const api = app(
      emptyRepository({ queryArticleIds, getArticle: async (asked) => (asked === aid ? record : undefined) }),
    );

    const found = await api.get('/articles/r17-19');
    const unknown = await api.get('/articles/r17-20');

    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: aid, articleId: 'r17-19', key: 'articles/r17.jsonl' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('no article with id "r17-20"');
  });

  it('tries a publisher id shaped like a short id as one when no article has that short id', async () => {
    const aid = 'BBBBBBBBBBBBBBBB';
    const { fp: _fp, ...record } = { ...copy(aid), articleId: 'wire-2026-11-301', key: 'feeds/wire.jsonl' };
    const getArticle = vi.fn<QueryRepository['getArticle']>(async (asked) =>
      asked === aid ? record : undefined,
    );
    const api = app(emptyRepository({ getArticle, queryArticleIds: async () => [aid] }));

    const found = await api.get('/articles/wire-2026-11-301');

    expect(found.body).toMatchObject({ id: aid, articleId: 'wire-2026-11-301' });
    expect(getArticle.mock.calls.map(([asked]) => asked)).toEqual(['wire-2026-11-301', aid]);
  });

  it('answers 409 naming the articles when several S3 keys give the id, and key= chooses', async () => {
    const api = app(
      emptyRepository({ queryArticleIds: async () => ['BBBBBBBBBBBBBBBB', 'CCCCCCCCCCCCCCCC'] }),
    );

    const response = await api.get('/articles/story-7');

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: 'ambiguous_id', parameter: 'id' });
    expect(response.body.message).toContain('BBBBBBBBBBBBBBBB, CCCCCCCCCCCCCCCC');
    expect(response.body.message).toContain('key=');
  });

  it('serves health and the OpenAPI document, the latter cacheable', async () => {
    const api = app();

    expect((await api.get('/health')).body).toEqual({ status: 'ok' });
    const doc = await api.get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.headers['cache-control']).toContain('max-age');
  });
});

describe('CORS', () => {
  it('echoes an allowed origin and not another', async () => {
    const api = app(emptyRepository(), ['https://news.example']);

    const allowed = await api.get('/health', 'GET', { origin: 'https://news.example' });
    const other = await api.get('/health', 'GET', { origin: 'https://evil.example' });

    expect(allowed.headers['access-control-allow-origin']).toBe('https://news.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends no CORS headers when no origin is configured', async () => {
    const response = await app().get('/health', 'GET', { origin: 'https://news.example' });

    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a preflight when CORS is on', async () => {
    const response = await app(emptyRepository(), ['*']).get('/articles', 'OPTIONS');

    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-methods']).toContain('GET');
  });
});

describe('trends', () => {
  it('zero-fills the default window of 30 days ending today', async () => {
    const api = app(
      emptyRepository({
        queryCountSeries: async () => ({ items: [{ day: '2026-11-29', n: 4 }], complete: true }),
      }),
    );

    const response = await api.get('/trends?country=US');

    expect(response.body.items).toHaveLength(30);
    expect(response.body.items.at(-2)).toEqual({ day: '2026-11-29', count: 4 });
    expect(response.body.items.at(-1)).toEqual({ day: '2026-11-30', count: 0 });
    expect(response.body.total).toBe(4);
    expect(response.headers['cache-control']).toBe('private, max-age=60');
  });

  it('ends the series today when to is later: days that have not come are not counted as zeros', async () => {
    const api = app(
      emptyRepository({
        queryCountSeries: async () => ({ items: [{ day: '2026-11-29', n: 4 }], complete: true }),
      }),
    );

    const response = await api.get('/trends?country=US&from=2026-11-28&to=2026-12-31');

    expect(response.status).toBe(200);
    expect(response.body.to).toBe('2026-11-30');
    expect(response.body.items.map((item: { day: string }) => item.day)).toEqual([
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
    ]);
  });

  it('keeps a later day that has counts (an article dated ahead), and the days up to it', async () => {
    const api = app(
      emptyRepository({
        queryCountSeries: async () => ({ items: [{ day: '2026-12-02', n: 1 }], complete: true }),
      }),
    );

    const response = await api.get('/trends?country=US&from=2026-11-30&to=2026-12-31');

    expect(response.body.to).toBe('2026-12-02');
    expect(response.body.items).toEqual([
      { day: '2026-11-30', count: 0 },
      { day: '2026-12-01', count: 0 },
      { day: '2026-12-02', count: 1 },
    ]);
    expect(response.body.total).toBe(1);
  });

  it('lets the caller cache a range that ended before today for longer, and never a shared cache', async () => {
    const response = await app().get('/trends?country=US&from=2026-11-01&to=2026-11-02');

    expect(response.headers['cache-control']).toBe('private, max-age=300');
  });
});

describe('what articles are about: /trends and /top with focus', () => {
  it('reads the focus series of the country for /trends?country=XX&focus=true', async () => {
    const queryCountSeries = vi.fn<QueryRepository['queryCountSeries']>(async () => ({
      items: [{ day: '2026-11-29', n: 2 }],
      complete: true,
    }));
    const api = app(emptyRepository({ queryCountSeries }));

    const response = await api.get('/trends?country=tw&focus=true&from=2026-11-29&to=2026-11-30');

    expect(queryCountSeries.mock.calls[0]?.[0]).toEqual({ kind: 'focus', value: 'TW' });
    expect(response.body).toMatchObject({ filter: { kind: 'country', value: 'TW', focus: true }, total: 2 });
    expect(response.headers['x-focus-note']).toBeUndefined();
  });

  it('counts every article naming the country without focus, or with focus=false', async () => {
    const queryCountSeries = vi.fn<QueryRepository['queryCountSeries']>(async () => ({
      items: [],
      complete: true,
    }));
    const api = app(emptyRepository({ queryCountSeries }));

    const response = await api.get('/trends?country=TW&focus=false');

    expect(queryCountSeries.mock.calls[0]?.[0]).toEqual({ kind: 'country', value: 'TW' });
    expect(response.body.filter).toEqual({ kind: 'country', value: 'TW' });
    expect(response.headers['x-focus-note']).toBeUndefined();
  });

  it('ranks the countries articles are about from their daily tops and live focus shards', async () => {
    const queryDayTops = vi.fn<QueryRepository['queryDayTops']>(async () => [
      { day: '2026-11-28', top: 'CN\t3\nUS\t1', complete: true, builtAt: '2026-11-29T00:05:00.000Z' },
    ]);
    const queryTopPartition = vi.fn<QueryRepository['queryTopPartition']>(async (partition) => ({
      items: partition === 'TOP#focus#2026-11-29#0' ? [{ value: 'US', day: '2026-11-29', n: 4 }] : [],
      complete: true,
    }));
    const api = app(emptyRepository({ queryDayTops, queryTopPartition }));

    const response = await api.get('/top?kind=country&focus=true&from=2026-11-28&to=2026-11-29');

    expect(queryDayTops.mock.calls[0]?.[0]).toBe('focus');
    expect(
      queryTopPartition.mock.calls.every(([partition]) => partition.startsWith('TOP#focus#2026-11-29#')),
    ).toBe(true);
    expect(response.body).toMatchObject({
      kind: 'country',
      focus: true,
      items: [
        { value: 'US', count: 5 },
        { value: 'CN', count: 3 },
      ],
    });
  });

  it('says what fills the focus counts when nothing is counted (articles ingested before them)', async () => {
    const api = app();

    const top = await api.get('/top?kind=country&focus=true');
    const trends = await api.get('/trends?country=US&focus=true');
    const plain = await api.get('/top?kind=country');

    expect(top.status).toBe(200);
    expect(top.headers['x-focus-note']).toContain('newstag reprocess --all');
    expect(trends.headers['x-focus-note']).toContain('newstag reprocess --all');
    expect(plain.headers['x-focus-note']).toBeUndefined();
  });
});

describe('top', () => {
  const namesInTheNews = () =>
    emptyRepository({
      queryDayTops: async () => [
        {
          day: '2026-11-29',
          top: 'nationality:chinese\t9\nperson:alice-smith\t5\norganization:acme-corp\t3\nperson:bo-li\t2',
          complete: true,
          builtAt: '2026-11-30T00:05:00.000Z',
        },
      ],
    });

  it('ranks the names in the news without demonyms, which are counted under their country', async () => {
    const api = app(namesInTheNews());

    const response = await api.get('/top?kind=entity&from=2026-11-29&to=2026-11-29&limit=2');

    expect(response.status).toBe(200);
    expect(response.body.items.map((item: { value: string }) => item.value)).toEqual([
      'person:alice-smith',
      'organization:acme-corp',
    ]);
  });

  it('ranks only the entities of one type with type=, nationalities included when asked for', async () => {
    const api = app(namesInTheNews());

    const people = await api.get('/top?kind=entity&type=person&from=2026-11-29&to=2026-11-29');
    const demonyms = await api.get('/top?kind=entity&type=nationality&from=2026-11-29&to=2026-11-29');

    expect(people.body).toMatchObject({
      type: 'person',
      items: [
        { value: 'person:alice-smith', count: 5 },
        { value: 'person:bo-li', count: 2 },
      ],
    });
    expect(people.body.items).toHaveLength(2);
    expect(demonyms.body.items).toEqual([{ value: 'nationality:chinese', count: 9 }]);
  });

  it('answers type= with another kind than entity with a 400 naming type', async () => {
    const api = app(namesInTheNews());

    const response = await api.get('/top?kind=country&type=person');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ parameter: 'type' });
    expect(response.body.message).toContain('kind=entity');
  });

  it('takes exact totals from the count series when a candidate partition was cut off', async () => {
    const queryCountSeries = vi.fn<QueryRepository['queryCountSeries']>(async (ref) => ({
      items: [{ day: '2026-11-29', n: ref.value === 'FR' ? 9 : 4 }],
      complete: true,
    }));
    const api = app(
      emptyRepository({
        queryTopPartition: async () => ({
          items: [
            { value: 'US', day: '2026-11-29', n: 3 },
            { value: 'FR', day: '2026-11-29', n: 2 },
          ],
          complete: false,
        }),
        queryCountSeries,
      }),
    );

    const response = await api.get('/top?kind=country&from=2026-11-29&to=2026-11-29&limit=2');

    expect(response.body.items).toEqual([
      { value: 'FR', count: 9 },
      { value: 'US', count: 4 },
    ]);
    expect(queryCountSeries).toHaveBeenCalledTimes(2);
  });

  it('counts days that have a daily top from it and reads only the other days live', async () => {
    const queryTopPartition = vi.fn<QueryRepository['queryTopPartition']>(async (partition) => ({
      items: partition.startsWith('TOP#country#2026-11-29#0')
        ? [{ value: 'FR', day: '2026-11-29', n: 5 }]
        : [],
      complete: true,
    }));
    const queryCountSeries = vi.fn<QueryRepository['queryCountSeries']>();
    const api = app(
      emptyRepository({
        queryDayTops: async () => [
          { day: '2026-11-27', top: 'US\t4\nFR\t1', complete: true, builtAt: '2026-11-28T00:05:00.000Z' },
          { day: '2026-11-28', top: 'US\t2', complete: true, builtAt: '2026-11-29T00:05:00.000Z' },
        ],
        queryTopPartition,
        queryCountSeries,
      }),
    );

    const response = await api.get('/top?kind=country&from=2026-11-27&to=2026-11-29&limit=2');

    expect(response.body.items).toEqual([
      { value: 'FR', count: 6 },
      { value: 'US', count: 6 },
    ]);
    expect(response.body.asOf).toBe('2026-11-28T00:05:00.000Z');
    expect(new Set(queryTopPartition.mock.calls.map(([partition]) => partition.split('#')[2]))).toEqual(
      new Set(['2026-11-29']),
    );
    expect(queryCountSeries).not.toHaveBeenCalled();
  });

  it('names each topic with the label its daily tops carry, as entity items carry their name', async () => {
    const api = app(
      emptyRepository({
        queryDayTops: async () => [
          {
            day: '2026-11-28',
            top: 'medtop:04000000\teconomy, business and finance\t4\nmedtop:11000000\t2',
            complete: true,
            builtAt: '2026-11-29T00:05:00.000Z',
          },
          {
            day: '2026-11-29',
            top: 'medtop:11000000\tpolitics\t3',
            complete: true,
            builtAt: '2026-11-30T00:05:00.000Z',
          },
        ],
      }),
    );

    const response = await api.get('/top?kind=topic&from=2026-11-28&to=2026-11-29');

    expect(response.body.items).toEqual([
      { value: 'medtop:11000000', label: 'politics', count: 5 },
      { value: 'medtop:04000000', label: 'economy, business and finance', count: 4 },
    ]);
  });

  it('names a topic counted only live (no daily top yet) from the topic table', async () => {
    const api = app(
      emptyRepository({
        queryTopPartition: async (partition) => ({
          items: partition.endsWith('#0') ? [{ value: 'medtop:15000000', day: '2026-11-29', n: 2 }] : [],
          complete: true,
        }),
      }),
    );

    const response = await api.get('/top?kind=topic&from=2026-11-29&to=2026-11-29');

    expect(response.body.items).toEqual([{ value: 'medtop:15000000', label: 'sport', count: 2 }]);
  });

  it('reads a day live when its daily top, built during the day, has missed its refreshes', async () => {
    const queryTopPartition = vi.fn<QueryRepository['queryTopPartition']>(async (partition) => ({
      items: partition.endsWith('#0') ? [{ value: 'FR', day: '2026-11-29', n: 5 }] : [],
      complete: true,
    }));
    const api = app(
      emptyRepository({
        queryDayTops: async () => [
          {
            day: '2026-11-29',
            top: 'US\t9',
            complete: true,
            builtAt: '2026-11-29T08:00:00.000Z',
            staleAfter: '2026-11-29T08:15:00.000Z',
          },
        ],
        queryTopPartition,
      }),
    );

    const response = await api.get('/top?kind=country&from=2026-11-29&to=2026-11-29&limit=2');

    expect(response.body.items).toEqual([{ value: 'FR', count: 5 }]);
    expect(response.body.asOf).toBeUndefined();
    expect(queryTopPartition).toHaveBeenCalled();
  });

  it('reads the exact total only of candidates missing from a daily top that left values out', async () => {
    const queryCountSeries = vi.fn<QueryRepository['queryCountSeries']>(async () => ({
      items: [
        { day: '2026-11-27', n: 4 },
        { day: '2026-11-28', n: 2 },
      ],
      complete: true,
    }));
    const api = app(
      emptyRepository({
        queryDayTops: async () => [
          {
            day: '2026-11-27',
            top: 'person:a\t5\nperson:b\t4',
            complete: true,
            builtAt: '2026-11-29T00:05:00.000Z',
          },
          { day: '2026-11-28', top: 'person:a\t7', complete: false, builtAt: '2026-11-29T00:05:00.000Z' },
        ],
        queryCountSeries,
      }),
    );

    const response = await api.get('/top?kind=entity&from=2026-11-27&to=2026-11-28&limit=2');

    expect(response.body.items).toEqual([
      { value: 'person:a', count: 12 },
      { value: 'person:b', count: 6 },
    ]);
    expect(queryCountSeries.mock.calls.map(([ref]) => ref.value)).toEqual(['person:b']);
    expect(response.body.asOf).toBeUndefined();
  });
});

describe('routes that answer in one piece', () => {
  it.each(['/top?kind=country', '/trends?country=US'])(
    '%s answers no nextCursor, as it takes no cursor',
    async (path) => {
      const api = app();

      const answer = await api.get(path);
      const paged = await api.get(`${path}&cursor=abc`);

      expect(answer.status).toBe(200);
      expect(answer.body).not.toHaveProperty('nextCursor');
      expect(paged.status).toBe(400);
      expect(paged.body.message).toBe('unknown parameter "cursor"');
    },
  );
});

describe('failures', () => {
  /** Failures in three months; queryFailures behaves like a gsi1 Query (BETWEEN, newest first, Limit). */
  const failures = [
    '2026-09-30T23:00:00.000Z',
    '2026-10-02T00:00:00.000Z',
    '2026-10-20T00:00:00.000Z',
    '2026-11-01T00:00:00.000Z',
    '2026-11-15T00:00:00.000Z',
  ].map((failedAt, i) => ({
    sk: `${failedAt}#aid${i}`,
    aid: `aid${i}`,
    articleId: `k${i}`,
    key: `k${i}`,
    reason: 'EMPTY',
    message: 'empty',
    failedAt,
  }));
  const repository = emptyRepository({
    queryFailures: async (month, limit) => {
      const inMonth = failures
        .filter((f) => `FAIL#${f.failedAt.slice(0, 7)}` === month.partition)
        .filter((f) => f.sk >= month.lower && f.sk <= month.upper)
        .reverse();
      const items = inMonth.slice(0, limit);
      return inMonth.length > limit ? { items, lastEvaluated: items.at(-1)?.sk } : { items };
    },
  });

  it('walks months newest first across pages, without gaps or repeats', async () => {
    const api = app(repository);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const response = await api.get(
        `/failures?from=2026-10-01&to=2026-11-30&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...response.body.items.map((i: { id: string }) => i.id));
      cursor = response.body.nextCursor;
      if (!cursor) break;
    }

    expect(seen).toEqual(['aid4', 'aid3', 'aid2', 'aid1']);
  });
});

describe('entity detail', () => {
  it('samples the 50 newest articles across both shards for co-occurrence', async () => {
    const rows = (shard: number, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        sk: `2026-11-${String(28 - i).padStart(2, '0')}T0${shard}:00:00.000Z#a${shard}${i}`,
        aid: `a${shard}${i}`,
        articleId: `a${shard}${i}`,
        publishedAt: '',
        score: 1,
        co: ['country|US'],
      }));
    const api = app(
      emptyRepository({
        getEntity: async () => ({
          pk: 'E#person:x',
          sk: 'E',
          recordType: 'entity',
          entityId: 'person:x',
          name: 'X',
          entityType: 'person',
          articleCount: 99,
          g3pk: 'N#x',
          g3sk: 'x#person:x',
        }),
        queryIndex: async (q) => ({
          items: rows(Number(q.partition.at(-1)), q.limit),
          lastEvaluated: rows(Number(q.partition.at(-1)), q.limit).at(-1)?.sk,
        }),
        queryCountSeries: async () => ({ items: [{ day: '2026-11-01', n: 99 }], complete: false }),
      }),
    );

    const response = await api.get('/entities/person:x');

    expect(response.body.cooccurrence).toMatchObject({
      sampleSize: 50,
      countries: [{ code: 'US', count: 50 }],
    });
    expect(response.body).toMatchObject({ articleCount: 99, articleCountExact: false });
  });

  it('with type=person, lists only the people who co-occur, ranked as without the filter', async () => {
    const co = [
      ['entity|organization:tesla', 'entity|person:donald-trump', 'country|US'],
      ['entity|organization:tesla', 'entity|person:jd-vance', 'entity|person:donald-trump'],
      ['entity|organization:spacex', 'entity|person:jd-vance'],
    ];
    const getEntities = vi.fn<QueryRepository['getEntities']>(async () => []);
    const api = app(
      emptyRepository({
        getEntity: async () => ({
          pk: 'E#person:elon-musk',
          sk: 'E',
          recordType: 'entity',
          entityId: 'person:elon-musk',
          name: 'Elon Musk',
          entityType: 'person',
          articleCount: 3,
          g3pk: 'N#el',
          g3sk: 'elon musk#person:elon-musk',
        }),
        queryIndex: async (q) => ({
          items: q.partition.endsWith('#0')
            ? co.map((tags, i) => ({
                sk: `2026-11-2${i}T00:00:00.000Z#a${i}`,
                aid: `a${i}`,
                articleId: `a${i}`,
                publishedAt: '',
                score: 1,
                co: tags,
              }))
            : [],
        }),
        queryCountSeries: async () => ({ items: [{ day: '2026-11-20', n: 3 }], complete: true }),
        getEntities,
      }),
    );

    const all = await api.get('/entities/person:elon-musk');
    const people = await api.get('/entities/PERSON:Elon%20Musk?type=person');

    expect(all.body.cooccurrence.entities.map((e: { id: string }) => e.id)).toEqual([
      'organization:tesla',
      'person:jd-vance',
      'person:donald-trump',
      'organization:spacex',
    ]);
    expect(people.body.cooccurrence).toMatchObject({
      sampleSize: 3,
      entities: [
        { id: 'person:jd-vance', count: 2 },
        { id: 'person:donald-trump', count: 2 },
      ],
      countries: [{ code: 'US', count: 1 }],
    });
    expect(getEntities).toHaveBeenLastCalledWith(['person:jd-vance', 'person:donald-trump']);
  });

  it('answers 404 for an entity whose every article was deleted, and leaves it out of autocomplete', async () => {
    const gone = {
      pk: 'E#place:iso:TG',
      sk: 'E',
      recordType: 'entity' as const,
      entityId: 'place:iso:TG',
      name: 'Togo',
      entityType: 'place' as const,
      articleCount: 0,
      g3pk: 'N#to',
      g3sk: 'togo#place:iso:TG',
    };
    const kept = {
      ...gone,
      entityId: 'person:tom-ayo',
      name: 'Tom Ayo',
      articleCount: 2,
      g3sk: 'tom ayo#person:tom-ayo',
    };
    const api = app(
      emptyRepository({
        getEntity: async () => gone,
        queryNames: async () => ({ items: [gone, kept] }),
      }),
    );

    const detail = await api.get('/entities/place:iso:TG');
    const search = await api.get('/entities?prefix=to');

    expect(detail.status).toBe(404);
    expect(search.body.items.map((i: { id: string }) => i.id)).toEqual(['person:tom-ayo']);
  });
});
