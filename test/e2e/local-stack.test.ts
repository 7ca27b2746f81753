import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortId } from '../../functions/core/records/keys.js';
import { type LocalStack, startLocalStack } from '../../functions/local/stack.js';
import { pollUntil } from '../integration/support/local-stack.js';

// The whole local pipeline as `npm start` runs it: real servers, real handlers, the in-process queue.
let stack: LocalStack;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field by the assertions
type Json = any;

beforeAll(async () => {
  stack = await startLocalStack({ apiPort: 0, retryBaseMs: 5, rollup: true });
});

afterAll(async () => {
  await stack?.stop();
});

async function api(path: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${stack.apiUrl}${path}`);
  return { status: response.status, body: await response.json() };
}

async function put(key: string, body: string | Uint8Array): Promise<void> {
  const { s3 } = stack.servers.clients;
  await s3.send(new PutObjectCommand({ Bucket: stack.servers.bucket, Key: key, Body: body }));
}

const today = new Date().toISOString().slice(0, 10);
const countriesOf = (detail: Json): string[] =>
  detail.tags.countries.map((c: { code: string }) => c.code).sort();

describe('the local stack', () => {
  it('tags an upload, re-tags an overwrite, and removes every trace on delete', async () => {
    const key = 'inbox/e2e story.txt';
    const aid = shortId(key);
    await put(
      key,
      'TOKYO — Japan and South Korea agreed on Monday to resume talks on a fisheries treaty, ' +
        'the Japanese foreign ministry said after ministers of both countries met in Tokyo.\n',
    );

    const first = await pollUntil(async () => {
      const r = await api(`/articles/${aid}`);
      return r.status === 200 && r.body.state === 'APPLIED' ? r.body : undefined;
    }, 20_000);
    expect(first.status).toBe('TAGGED');
    expect(countriesOf(first)).toEqual(expect.arrayContaining(['JP', 'KR']));
    expect(
      (await api(`/articles?country=JP&from=${today}&to=${today}`)).body.items.map((a: Json) => a.id),
    ).toContain(aid);

    await put(
      key,
      'BRASILIA — Brazil and Argentina signed a trade agreement on Tuesday, cutting tariffs on cars, ' +
        'after the Brazilian and Argentine presidents met in Brasilia.\n',
    );
    const second = await pollUntil(async () => {
      const r = await api(`/articles/${aid}`);
      // The record is written before its index items and counts; APPLIED says all of them are done.
      return r.status === 200 && r.body.state === 'APPLIED' && countriesOf(r.body).includes('BR')
        ? r.body
        : undefined;
    }, 20_000);
    expect(countriesOf(second)).not.toContain('JP');
    expect((await api(`/articles?country=JP&from=${today}&to=${today}`)).body.items).toEqual([]);
    expect((await api(`/trends?country=JP&from=${today}&to=${today}`)).body.total).toBe(0);
    expect((await api(`/trends?country=BR&from=${today}&to=${today}`)).body.total).toBe(1);

    await stack.servers.clients.s3.send(new DeleteObjectCommand({ Bucket: stack.servers.bucket, Key: key }));
    await pollUntil(async () => ((await api(`/articles/${aid}`)).status === 404 ? true : undefined), 20_000);
    expect((await api(`/articles?country=BR&from=${today}&to=${today}`)).body.items).toEqual([]);
    expect((await api(`/trends?country=BR&from=${today}&to=${today}`)).body.total).toBe(0);
  }, 90_000);

  it('finds a story under a country it names in passing, and only under the ones it is about with focus=true', async () => {
    const key = 'inbox/focus story.txt';
    const aid = shortId(key);
    await put(
      key,
      'SEOUL — South Korea and Japan agreed on Monday to resume talks on a fisheries treaty, the South ' +
        'Korean foreign ministry said.\n\nOfficials of South Korea and Japan will meet in Seoul next month. ' +
        'Japan said the treaty was overdue. South Korea will send its fisheries minister, who studied in Norway.\n',
    );
    await pollUntil(async () => {
      const r = await api(`/articles/${aid}`);
      return r.status === 200 && r.body.state === 'APPLIED' ? true : undefined;
    }, 20_000);
    const listed = async (query: string) =>
      (await api(`/articles?${query}&from=${today}&to=${today}`)).body.items.map((a: Json) => a.id);

    expect(await listed('country=NO')).toContain(aid);
    expect(await listed('country=NO&focus=true')).not.toContain(aid);
    expect(await listed('country=KR&focus=true')).toContain(aid);
    expect(await listed('country=JP&focus=true&pair=JP-KR')).toContain(aid);
    // Counted the same way: Norway is named (counted), but the story is not about it (not in its focus count).
    const counted = async (query: string) =>
      (await api(`/trends?${query}&from=${today}&to=${today}`)).body.total;
    const norway = { named: await counted('country=NO'), about: await counted('country=NO&focus=true') };
    expect(norway.named).toBeGreaterThan(norway.about);
    expect(await counted('country=KR&focus=true')).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('counts an upload in GET /top from the daily rollup once ingest has drained', async () => {
    const key = 'inbox/rollup story.txt';
    await put(
      key,
      'NAIROBI — Kenya and Tanzania agreed on Wednesday to reopen their border crossing, the Kenyan ' +
        'and Tanzanian governments said after talks in Nairobi.\n',
    );
    await pollUntil(async () => {
      const r = await api(`/articles/${shortId(key)}`);
      return r.status === 200 && r.body.state === 'APPLIED' ? true : undefined;
    }, 20_000);

    await stack.queue.idle();
    await stack.rollupIdle();
    const top = (await api(`/top?kind=country&from=${today}&to=${today}&limit=100`)).body;
    const about = (await api(`/top?kind=country&focus=true&from=${today}&to=${today}&limit=100`)).body;

    expect(top.asOf).toEqual(expect.any(String));
    expect(top.items).toEqual(
      expect.arrayContaining([
        { value: 'KE', count: 1 },
        { value: 'TZ', count: 1 },
      ]),
    );
    // The story is about both (a border deal of the two): each is counted among the countries news is about.
    expect(about).toMatchObject({ focus: true, asOf: expect.any(String) });
    expect(about.items).toEqual(
      expect.arrayContaining([
        { value: 'KE', count: 1 },
        { value: 'TZ', count: 1 },
      ]),
    );
  }, 60_000);

  it('lists a broken upload under /failures with a reason', async () => {
    const key = 'inbox/broken.txt';
    await put(key, new Uint8Array([0x00, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x03, 0x00]));

    const failure = await pollUntil(async () => {
      const r = await api(`/failures?from=${today}&to=${today}`);
      return r.body.items?.find((f: Json) => f.key === key);
    }, 20_000);

    expect(failure.reason).toMatch(/BINARY|INVALID_UTF8/);
    expect(failure.message.length).toBeGreaterThan(0);
  }, 60_000);
});
