import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapi from '../../functions/api/openapi.json' with { type: 'json' };
import { shortId } from '../../functions/core/records/keys.js';
import { type ApiHarness, startApiHarness } from '../integration/api/harness.js';
import { contractErrors, routeTemplate } from './openapi-validator.js';

/**
 * Every documented route, answered by the handler over data written by the real ingest code, validated
 * against the served OpenAPI document (the harness validates each response; here we also check that
 * the requests cover every route and the documented error statuses).
 */
let api: ApiHarness;

beforeAll(async () => {
  // A second object giving the feed's first id: `/articles/wire-000` is ambiguous (409).
  api = await startApiHarness({
    'bad/empty.txt': ' ',
    'other/wire-000.json': JSON.stringify({ id: 'wire-000', title: 'Another', body: 'Other. country:DE' }),
  });
}, 120_000);

afterAll(async () => {
  await api?.stop();
});

const REQUESTS: [string, number][] = [
  ['/health', 200],
  ['/openapi.json', 200],
  ['/articles?country=US&limit=3', 200],
  ['/articles?country=US&topic=medtop:11000000&pair=CN-US&limit=3', 200],
  ['/articles?country=US&limit=500', 400],
  [`/articles/${shortId('feeds/2026-11.jsonl#id=wire-000')}`, 200],
  [`/articles/${shortId('bad/empty.txt')}`, 200],
  ['/articles/AAAAAAAAAAAAAAAA', 404],
  ['/articles/wire-001', 200],
  ['/articles/wire-000', 409],
  ['/entities?prefix=ac&limit=2', 200],
  ['/entities?prefix=a', 400],
  ['/entities/person:alice-smith', 200],
  ['/entities/person:nobody', 404],
  ['/trends?pair=CN-US&from=2026-11-01&to=2026-11-30', 200],
  ['/trends?pair=CN-US&from=2026-11-31', 400],
  ['/top?kind=entity&from=2026-11-01&to=2026-11-30&limit=5', 200],
  ['/top?kind=bogus', 400],
  ['/trends?country=US&focus=true&from=2026-11-01&to=2026-11-30', 200],
  ['/trends?pair=CN-US&focus=true', 400],
  ['/top?kind=country&focus=true&from=2026-11-01&to=2026-11-30', 200],
  ['/top?kind=topic&focus=true', 400],
  ['/failures', 200],
  ['/failures?cursor=xyz', 400],
];

describe('responses match the OpenAPI document', () => {
  it.each(REQUESTS)('GET %s → %i', async (request, status) => {
    const response = await api.get(request);

    expect(response.status).toBe(status);
    expect(contractErrors(request.split('?')[0] ?? '/', response.status, response.body)).toEqual([]);
  });

  it('covers every documented route', () => {
    const covered = new Set(REQUESTS.map(([request]) => routeTemplate(request.split('?')[0] ?? '/')));

    expect([...covered].sort()).toEqual(Object.keys(openapi.paths).sort());
  });

  it('catches a response that breaks the contract', () => {
    expect(contractErrors('/articles', 200, { items: [{ id: 1 }] })).not.toEqual([]);
  });
});
