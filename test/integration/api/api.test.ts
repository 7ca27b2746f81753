import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRollupRepository } from '../../../functions/adapters/rollup-repository.js';
import { FILTER_BUDGET_FACTOR } from '../../../functions/core/query/articles.js';
import { buildDayTop } from '../../../functions/core/records/day-top.js';
import { INDEX_SHARDS, shortId } from '../../../functions/core/records/keys.js';
import { createRollupHandler } from '../../../functions/rollup/create-handler.js';
import {
  aboutByDay,
  articleId,
  countOf,
  expectedAbout,
  expectedArticles,
  FEED_KEY,
  publishedAt,
  tagsOf,
  UNTITLED,
} from './dataset.js';
import { type ApiHarness, allPages, startApiHarness } from './harness.js';

let api: ApiHarness;

const BINARY_KEY = 'bad/binary.txt';
const EMPTY_KEY = 'bad/empty.txt';

beforeAll(async () => {
  api = await startApiHarness({
    [BINARY_KEY]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) as unknown as Uint8Array,
    [EMPTY_KEY]: '   \n',
  });
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

const ids = (pages: { body: { items: { articleId: string }[] } }[]) =>
  pages.flatMap((p) => p.body.items.map((i) => i.articleId));

const param = (tag: string) => {
  const [kind, value] = tag.split('|') as [string, string];
  return `${kind}=${encodeURIComponent(value)}`;
};

describe('GET /articles', () => {
  const single = [
    'country|US',
    'country|FR',
    'pair|CN-US',
    'topic|medtop:11000000',
    'entity|person:alice-smith',
  ];

  it.each(single)(
    'lists every article tagged %s newest first across pages, without gaps or repeats',
    async (tag) => {
      const pages = await allPages(api, `/articles?${param(tag)}&limit=7`);

      expect(ids(pages)).toEqual(expectedArticles([tag]));
      expect(pages.length).toBeGreaterThan(1);
    },
  );

  const combinations: string[][] = [
    ['entity|person:alice-smith', 'country|FR'],
    ['entity|organization:acme-corp', 'topic|medtop:11000000'],
    ['entity|person:alice-smith', 'pair|CN-US'],
    ['topic|medtop:11000000', 'country|US'],
    ['topic|medtop:04000000', 'pair|FR-US'],
    ['country|US', 'pair|FR-US'],
    ['country|US', 'country|FR'],
    ['entity|person:alice-smith', 'entity|organization:acme-corp'],
    ['country|CN', 'topic|medtop:11000000', 'entity|person:alice-smith'],
  ];

  it.each(combinations)(
    'combines %s and %s (AND), paging to the same answer as the model',
    async (...tags) => {
      const pages = await allPages(api, `/articles?${tags.map(param).join('&')}&limit=3`);

      expect(ids(pages)).toEqual(expectedArticles(tags));
    },
  );

  it('reads a bounded number of items per page, whatever the number of matches', async () => {
    const limit = 5;
    const single = await allPages(api, `/articles?country=US&limit=${limit}`);
    const combined = await allPages(api, `/articles?country=US&topic=medtop:11000000&limit=${limit}`);

    for (const page of single) expect(page.readItems).toBeLessThanOrEqual(INDEX_SHARDS.country * (limit + 1));
    for (const page of combined) {
      expect(page.readItems).toBeLessThanOrEqual(INDEX_SHARDS.topic * FILTER_BUDGET_FACTOR * (limit + 1));
    }
  });

  it('treats a day range as whole days, both ends included', async () => {
    const pages = await allPages(api, '/articles?topic=medtop:11000000&from=2026-11-05&to=2026-11-05');

    expect(ids(pages)).toEqual(
      expectedArticles(['topic|medtop:11000000'], '2026-11-05T00:00:00.000Z', '2026-11-05T23:59:59.999Z'),
    );
    expect(ids(pages)).toEqual([articleId(9), articleId(8)]);
  });

  it.each([
    ['from=2026-11-05T12:00:00Z&to=2026-11-05T12:00:00Z', [articleId(9)]],
    ['from=2026-11-05T12:00:00.001Z&to=2026-11-05', []],
    ['from=2026-11-05&to=2026-11-05T11:59:59.999Z', [articleId(8)]],
    ['from=2026-11-05T13:00:00%2B01:00&to=2026-11-05T13:00:00%2B01:00', [articleId(9)]],
    ['from=2026-11-24T12:00:00Z', [articleId(47)]],
    ['to=2026-11-01T00:00:00Z', []],
  ])('honours timestamp edges exactly: %s', async (range, expected) => {
    const pages = await allPages(api, `/articles?topic=medtop:11000000&${range}`);

    expect(ids(pages)).toEqual(expected);
  });

  it('returns an empty page without a cursor for a tag nobody has', async () => {
    const response = await api.get('/articles?country=JP');

    expect(response.body).toEqual({ items: [], nextCursor: null });
  });

  it.each([
    ['FR', []],
    ['US', []],
    ['CN', []],
    ['FR', ['entity|person:alice-smith']],
    ['US', ['pair|CN-US']],
  ] as [string, string[]][])(
    'with focus=true lists only articles about %s (with %j), not those naming it in passing',
    async (country, others) => {
      const pages = await allPages(
        api,
        `/articles?country=${country}&focus=true&${others.map(param).join('&')}&limit=3`,
      );

      expect(ids(pages)).toEqual(expectedAbout(country, others));
    },
  );

  it('does not accept a cursor of the same filters without focus', async () => {
    const first = await api.get('/articles?country=US&limit=2');

    const reused = await api.get(`/articles?country=US&focus=true&limit=2&cursor=${first.body.nextCursor}`);

    expect(reused.status).toBe(400);
    expect(reused.body.parameter).toBe('cursor');
  });

  it('rejects a cursor used with another filter', async () => {
    const first = await api.get('/articles?country=US&limit=2');

    const reused = await api.get(`/articles?country=FR&limit=2&cursor=${first.body.nextCursor}`);

    expect(reused.status).toBe(400);
    expect(reused.body.parameter).toBe('cursor');
  });
});

describe('GET /articles/{id}', () => {
  it('returns metadata, status and every tag with its evidence', async () => {
    const aid = shortId(`feeds/2026-11.jsonl#id=${articleId(0)}`);
    const list = await api.get('/articles?entity=person:zo%C3%AB-m%C3%BCller&limit=100');
    const listed = list.body.items.find((i: { articleId: string }) => i.articleId === articleId(0));

    const response = await api.get(`/articles/${listed.id}`);

    expect(listed.id).toBe(aid);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: aid,
      articleId: articleId(0),
      status: 'TAGGED',
      state: 'APPLIED',
      publishedAt: publishedAt(0),
      title: 'Story 0',
      source: 'Test Wire',
    });
    expect(response.body.indexedTags.sort()).toEqual([...tagsOf(0)].sort());
    expect(response.body.tags.countries.map((c: { code: string }) => c.code).sort()).toEqual([
      'CN',
      'FR',
      'US',
    ]);
    expect(response.body.tags.entities[0].mentions.length).toBeGreaterThan(0);
    expect(response.headers['cache-control']).toContain('max-age');
  });

  it('lists a story without a title by its lead, its first sentence', async () => {
    const list = await api.get('/articles?entity=person:alice-smith&limit=3');

    const untitled = list.body.items.find((i: { articleId: string }) => i.articleId === articleId(UNTITLED));
    const titled = list.body.items.find((i: { articleId: string }) => i.articleId !== articleId(UNTITLED));
    expect(untitled.title).toBeUndefined();
    expect(untitled.lead).toMatch(new RegExp(`^Report number ${UNTITLED}\\. `));
    expect(titled.title).toMatch(/^Story \d+$/);
    expect(titled.lead).toBeUndefined();
  });

  it('shows a failed article with its reason', async () => {
    const response = await api.get(`/articles/${shortId(BINARY_KEY)}`);

    expect(response.body).toMatchObject({ status: 'FAILED', tags: null, failure: { reason: 'BINARY' } });
  });

  it('finds an article by its own id and key, and a failed single-object one by its key', async () => {
    const line = await api.get(`/articles/${articleId(3)}?key=${FEED_KEY}`);
    const failed = await api.get(`/articles/${encodeURIComponent(BINARY_KEY)}?key=${BINARY_KEY}`);

    expect(line.body).toMatchObject({
      id: shortId(`${FEED_KEY}#id=${articleId(3)}`),
      articleId: articleId(3),
    });
    expect(failed.body).toMatchObject({ id: shortId(BINARY_KEY), status: 'FAILED' });
  });

  it('finds an article, and a failed single-object one, by its own id alone (one index query)', async () => {
    const line = await api.get(`/articles/${articleId(5)}`);
    const failed = await api.get(`/articles/${encodeURIComponent(BINARY_KEY)}`);
    const unknown = await api.get('/articles/wire-999');

    expect(line.body).toMatchObject({
      id: shortId(`${FEED_KEY}#id=${articleId(5)}`),
      articleId: articleId(5),
    });
    // The index query, the record, its text's claim.
    expect(line.readRequests).toBe(3);
    expect(failed.body).toMatchObject({ id: shortId(BINARY_KEY), status: 'FAILED' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toBe('no article with id "wire-999"');
  });

  it('answers 404 with a message for an unknown id', async () => {
    const response = await api.get('/articles/AAAAAAAAAAAAAAAA');

    expect(response.status).toBe(404);
    expect(response.body.message).toContain('AAAAAAAAAAAAAAAA');
  });
});

describe('GET /entities', () => {
  it.each([
    ['al', ['person:alice-smith']],
    ['ZOË', ['person:zoë-müller']],
    ['zoe mu', ['person:zoë-müller']],
    ['Zoe-Müll', ['person:zoë-müller']],
    ['acme c', ['organization:acme-corp']],
    ['xy', []],
  ])('finds %j case- and accent-insensitively', async (prefix, expected) => {
    const response = await api.get(`/entities?prefix=${encodeURIComponent(prefix)}`);

    expect(response.body.items.map((e: { id: string }) => e.id)).toEqual(expected);
  });

  it('pages through all entities of a prefix in name order', async () => {
    const pages = await allPages(api, '/entities?prefix=acme&limit=2');

    expect(pages.flatMap((p) => p.body.items.map((e: { name: string }) => e.name))).toEqual([
      'Acme Bank',
      'Acme Corp',
      'Acme Foods',
      'Acme Labs',
      'Acme Mining',
      'Acme Motors',
    ]);
  });

  it.each([
    ['smi', ['person:alice-smith']],
    ['MULL', ['person:zoë-müller']],
    ['corp', []],
  ])(
    "finds a person by the start of the surname (%j), never an organisation's later word",
    async (prefix, expected) => {
      const response = await api.get(`/entities?prefix=${encodeURIComponent(prefix)}`);

      expect(response.body.items.map((e: { id: string }) => e.id)).toEqual(expected);
    },
  );

  it('gives a person found by surname the same article count as found by the first name', async () => {
    const bySurname = await api.get('/entities?prefix=smith');
    const byName = await api.get('/entities?prefix=alice');

    expect(bySurname.body.items).toEqual(byName.body.items);
    expect(bySurname.body.items[0].articleCount).toBe(countOf('entity|person:alice-smith'));
  });

  it('filters by type', async () => {
    const people = await allPages(api, '/entities?prefix=acme&type=person');
    const organizations = await allPages(api, '/entities?prefix=acme&type=organization&limit=4');

    expect(people.flatMap((p) => p.body.items)).toEqual([]);
    expect(organizations.flatMap((p) => p.body.items)).toHaveLength(6);
  });
});

describe('GET /entities/{id}', () => {
  it('returns names, the exact article count and co-occurring entities and countries', async () => {
    const response = await api.get('/entities/person%3Aalice-smith');
    const alice = expectedArticles(['entity|person:alice-smith']);
    const withTag = (tag: string) => expectedArticles(['entity|person:alice-smith', tag]).length;

    expect(response.body).toMatchObject({
      id: 'person:alice-smith',
      name: 'Alice Smith',
      type: 'person',
      articleCount: alice.length,
      articleCountExact: true,
    });
    expect(response.body.cooccurrence.sampleSize).toBe(alice.length);
    const countries: { code: string; count: number }[] = response.body.cooccurrence.countries;
    // Most shared first; ties (CN and US here) go to the country stronger in the shared articles.
    expect(countries.map((c) => c.count)).toEqual(countries.map((c) => c.count).sort((a, b) => b - a));
    expect([...countries].sort((a, b) => (a.code < b.code ? -1 : 1))).toEqual([
      { code: 'CN', count: withTag('country|CN') },
      { code: 'FR', count: withTag('country|FR') },
      { code: 'US', count: withTag('country|US') },
    ]);
    expect(response.body.cooccurrence.entities[0]).toEqual({
      id: 'organization:acme-corp',
      name: 'Acme Corp',
      type: 'organization',
      count: withTag('entity|organization:acme-corp'),
    });
  });

  it('answers 404 for an unknown entity', async () => {
    expect((await api.get('/entities/person:nobody')).status).toBe(404);
  });
});

describe('GET /trends', () => {
  it('counts articles per day and fills days without any with zero', async () => {
    const response = await api.get('/trends?country=US&from=2026-10-31&to=2026-11-30');

    expect(response.body.items).toHaveLength(31);
    expect(response.body.items[0]).toEqual({ day: '2026-10-31', count: 0 });
    expect(response.body.items[1]).toEqual({ day: '2026-11-01', count: 1 });
    expect(response.body.items.at(-1)).toEqual({ day: '2026-11-30', count: 0 });
    expect(response.body.total).toBe(countOf('country|US'));
  });

  it.each(['topic=medtop:11000000', 'pair=CN-US', 'entity=person:alice-smith'])(
    'sums to the article count for %s',
    async (filter) => {
      const response = await api.get(`/trends?${filter}&from=2026-11-01&to=2026-11-30`);
      const tag = filter.replace('=', '|');

      expect(response.body.total).toBe(countOf(tag));
      expect(response.body.items.reduce((s: number, d: { count: number }) => s + d.count, 0)).toBe(
        countOf(tag),
      );
    },
  );

  it('counts only the days in range (edges included)', async () => {
    const response = await api.get('/trends?topic=medtop:11000000&from=2026-11-05&to=2026-11-06');

    expect(response.body.items).toEqual([
      { day: '2026-11-05', count: 2 },
      {
        day: '2026-11-06',
        count: expectedArticles(['topic|medtop:11000000'], '2026-11-06', '2026-11-06~').length,
      },
    ]);
  });
});

describe('what the articles are about: /trends and /top with focus=true', () => {
  // In the feed, US is in focus wherever named (24 articles), FR in 8 of its 16, CN in none of its 12.
  it.each(['US', 'FR'])('counts the articles about %s per day, not every one naming it', async (country) => {
    const response = await api.get(`/trends?country=${country}&focus=true&from=2026-11-01&to=2026-11-30`);
    const expected = aboutByDay(country);

    expect(response.body.filter).toEqual({ kind: 'country', value: country, focus: true });
    expect(response.body.total).toBe(expectedAbout(country).length);
    expect(response.body.total).toBeLessThanOrEqual(countOf(`country|${country}`));
    for (const item of response.body.items) expect(item.count).toBe(expected.get(item.day) ?? 0);
    expect(response.headers['x-focus-note']).toBeUndefined();
  });

  it('answers zero for a country no article is about, saying what fills focus counts', async () => {
    const response = await api.get('/trends?country=CN&focus=true&from=2026-11-01&to=2026-11-30');
    const named = await api.get('/trends?country=CN&from=2026-11-01&to=2026-11-30');

    expect(response.body.total).toBe(0);
    expect(named.body.total).toBe(countOf('country|CN'));
    expect(response.headers['x-focus-note']).toContain('newstag reprocess --all');
  });

  it('ranks countries by the articles about them', async () => {
    const response = await api.get('/top?kind=country&focus=true&from=2026-11-01&to=2026-11-30&limit=3');
    const named = await api.get('/top?kind=country&from=2026-11-01&to=2026-11-30&limit=3');

    expect(response.body).toMatchObject({ kind: 'country', focus: true });
    expect(response.body.items).toEqual([
      { value: 'US', count: expectedAbout('US').length },
      { value: 'FR', count: expectedAbout('FR').length },
    ]);
    expect(named.body.items.map((i: { value: string }) => i.value)).toEqual(['US', 'FR', 'CN']);
  });
});

describe('GET /top', () => {
  it.each([
    ['country', ['US', 'FR', 'CN']],
    ['pair', ['CN-US', 'FR-US']],
    ['topic', ['medtop:11000000', 'medtop:04000000']],
  ])('ranks %s tags by article count', async (kind, expected) => {
    const response = await api.get(`/top?kind=${kind}&from=2026-11-01&to=2026-11-30&limit=3`);

    expect(response.body.items.map((i: { value: string }) => i.value)).toEqual(expected);
    for (const item of response.body.items) expect(item.count).toBe(countOf(`${kind}|${item.value}`));
  });

  it('names entities and respects the limit and the range', async () => {
    const response = await api.get('/top?kind=entity&from=2026-11-01&to=2026-11-30&limit=2');
    const early = await api.get('/top?kind=entity&from=2026-11-01&to=2026-11-01&limit=1');

    expect(response.body.items).toEqual([
      { value: 'person:alice-smith', name: 'Alice Smith', count: countOf('entity|person:alice-smith') },
      { value: 'organization:acme-corp', name: 'Acme Corp', count: countOf('entity|organization:acme-corp') },
    ]);
    expect(early.body.items).toHaveLength(1);
    expect(early.body.items[0].count).toBeLessThanOrEqual(2);
  });

  it('answers from the daily rollup with the same ranking and counts, in one query per kind', async () => {
    const queries = ['country', 'pair', 'topic', 'entity', 'country&focus=true'].map(
      (kind) => `/top?kind=${kind}&from=2026-11-01&to=2026-11-30&limit=5`,
    );
    const live = await Promise.all(queries.map((q) => api.get(q)));
    const repository = createRollupRepository(api.servers.clients.dynamo, api.servers.table);
    const rollup = createRollupHandler({
      repository,
      now: () => new Date('2026-12-01T00:05:00.000Z'),
      logger: { info: () => {} },
    });

    const summary = await rollup({ from: '2026-11-01', to: '2026-11-30' });
    const rolled = await Promise.all(queries.map((q) => api.get(q)));

    // Four kinds and the focus countries, 30 days each.
    expect(summary).toEqual({ from: '2026-11-01', to: '2026-11-30', written: 150, superseded: 0 });
    for (const [i, response] of rolled.entries()) {
      expect(response.body.items).toEqual(live[i]?.body.items);
      expect(response.body.asOf).toBe('2026-12-01T00:05:00.000Z');
      // One Query for the daily tops, plus the catalog BatchGetItem that names entities.
      expect(response.readRequests).toBeLessThanOrEqual(2);
      expect(live[i]?.readRequests).toBeGreaterThan(30);
    }
    // The daily tops name each topic, and the API's topic table names those counted live the same way.
    expect(rolled[2]?.body.items.map((item: { label?: string }) => item.label)).toEqual(
      live[2]?.body.items.map((item: { value: string }) =>
        item.value === 'medtop:11000000' ? 'politics' : 'economy, business and finance',
      ),
    );
    // A run that read the counts earlier cannot overwrite the later one.
    expect(
      await repository.putDayTop(buildDayTop('country', '2026-11-05', [], '2026-12-01T00:00:00.000Z')),
    ).toBe(false);
  });
});

describe('GET /failures', () => {
  it('lists failed ingests with reason codes, newest first, page by page', async () => {
    const pages = await allPages(api, '/failures?limit=1');
    const items = pages.flatMap((p) => p.body.items);

    expect(items.map((i: { key: string; reason: string }) => [i.key, i.reason])).toEqual([
      [EMPTY_KEY, 'EMPTY'],
      [BINARY_KEY, 'BINARY'],
    ]);
    expect(items[0].failedAt >= items[1].failedAt).toBe(true);
  });

  it('finds nothing in a range before the failures', async () => {
    const response = await api.get('/failures?from=2020-01-01&to=2020-01-31');

    expect(response.body).toEqual({ items: [], nextCursor: null });
  });
});

describe('every route', () => {
  it.each(['/health', '/openapi.json'])('answers %s', async (path) => {
    expect((await api.get(path)).status).toBe(200);
  });

  it('sends CORS headers for the configured origin', async () => {
    const response = await api.get('/articles?country=US&limit=1', 'GET', { origin: 'https://news.example' });

    expect(response.headers['access-control-allow-origin']).toBe('https://news.example');
  });
});
