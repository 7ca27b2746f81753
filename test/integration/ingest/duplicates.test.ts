import { describe, expect, it } from 'vitest';
import { createQueryRepository } from '../../../functions/adapters/query-repository.js';
import { createApp } from '../../../functions/api/app.js';
import { shortId } from '../../../functions/core/records/keys.js';
import type { TagRepository } from '../../../functions/ingest/ports.js';
import { contractErrors } from '../../contract/openapi-validator.js';
import { httpEvent } from '../../unit/api/support.js';
import { ingestHarness, scanAll, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();
const DAY = '2026-11-14';

/** Uploads an object (one publication time for all, so the copies fall on one day) and ingests it. */
async function put(key: string, body: string, harness = ingestHarness(stack.servers)) {
  const event = await stack.upload(key, body, { Metadata: { 'published-at': `${DAY}T09:00:00Z` } });
  return harness.handler(sqsBatch(event));
}

async function remove(key: string, harness = ingestHarness(stack.servers)) {
  return harness.handler(sqsBatch(await stack.remove(key)));
}

/** The API over the same table; every answer checked against the OpenAPI document. */
async function api(pathAndQuery: string) {
  const handle = createApp({
    repository: (meter) => createQueryRepository(stack.servers.clients.dynamo, stack.servers.table, meter),
    corsOrigins: [],
    cursorSecret: 'duplicates-secret-duplicates-secret',
  });
  const result = await handle(httpEvent(pathAndQuery));
  const body = JSON.parse(result.body ?? 'null');
  if (result.statusCode === 200)
    expect(contractErrors(pathAndQuery.split('?')[0] ?? '/', 200, body)).toEqual([]);
  return { status: result.statusCode, body };
}

/** What a reader sees of a country: the list, the trend total and the top count, which must agree. */
async function seen(country: string) {
  const list = await api(`/articles?country=${country}`);
  const trends = await api(`/trends?country=${country}&from=${DAY}&to=${DAY}`);
  const top = await api(`/top?kind=country&from=${DAY}&to=${DAY}&limit=100`);
  expect([list.status, trends.status, top.status]).toEqual([200, 200, 200]);
  const topCount = top.body.items.find((i: { value: string }) => i.value === country)?.count ?? 0;
  expect(topCount).toBe(trends.body.total);
  return { listed: list.body.items.map((i: { id: string }) => i.id), count: trends.body.total as number };
}

describe('the same story under two keys (dynalite)', () => {
  it('is listed and counted once; deleting the owner lists the copy; deleting both leaves nothing', async () => {
    const story = 'Ferry strike halts crossings. country:IS country:NO pair:IS-NO entity:person:eva-lind';
    const [one, copy] = ['dup/one.txt', 'dup/one-copy.txt'];

    await put(one, story);
    await put(copy, story.replaceAll(' ', '  ').replace('. ', '.\r\n'));
    const both = await seen('IS');
    const owner = await api(`/articles/${shortId(one)}`);
    const copied = await api(`/articles/${shortId(copy)}`);
    await remove(one);
    const afterOwner = await seen('IS');
    const promoted = await api(`/articles/${shortId(copy)}`);
    await remove(copy);
    const afterBoth = await seen('IS');

    expect(both).toEqual({ listed: [shortId(one)], count: 1 });
    expect(owner.body).toMatchObject({ duplicates: [shortId(copy)] });
    expect(copied.body).toMatchObject({ duplicateOf: shortId(one), indexedTags: [] });
    expect(copied.body.tags.countries.map((c: { code: string }) => c.code)).toEqual(['IS', 'NO']);
    expect(afterOwner).toEqual({ listed: [shortId(copy)], count: 1 });
    expect(promoted.body).toMatchObject({
      duplicates: [],
      indexedTags: expect.arrayContaining(['country|IS']),
    });
    expect(afterBoth).toEqual({ listed: [], count: 0 });
    // No claim is left; the text's date stays behind as a trace the table's TTL reaps (expiresAt).
    const left = (await scanAll(stack.servers)).filter((i) => String(i.pk).startsWith('F#'));
    expect(left.filter((i) => i.sk === 'F')).toEqual([]);
    expect(left).toEqual([expect.objectContaining({ sk: 'D', expiresAt: expect.any(Number) })]);
  });

  it('gives an undated copy the date its text was first given, which it keeps when promoted (aws s3 mv)', async () => {
    const story = 'Harbour pilots end walkout. country:IS entity:person:ola-berg';
    const [first, moved] = ['dup/mv-from.txt', 'dup/moved/mv-to.txt'];
    await put(first, story);

    // `aws s3 mv` is a copy to the new key, then a delete of the old; this copy gives no date of its own.
    await ingestHarness(stack.servers).handler(sqsBatch(await stack.upload(moved, story)));
    await remove(first);
    const after = await api(`/articles/${shortId(moved)}`);

    expect(after.body).toMatchObject({ publishedAt: `${DAY}T09:00:00.000Z`, duplicates: [] });
    expect((await seen('IS')).listed).toContain(shortId(moved));
  });

  it('gives an undated story moved with aws s3 mv its first date when the delete is handled before the copy', async () => {
    const story = 'Lighthouse keepers vote to strike. country:IS entity:person:sif-dal';
    const [first, moved] = ['dup/mv2-from.txt', 'dup/moved/mv2-to.txt'];
    await put(first, story);
    const copied = await stack.upload(moved, story);
    const deleted = await stack.remove(first);

    // The deployed queue does not promise order: the delete of the old key is handled first.
    await ingestHarness(stack.servers).handler(sqsBatch(deleted));
    await ingestHarness(stack.servers).handler(sqsBatch(copied));
    const after = await api(`/articles/${shortId(moved)}`);

    expect(after.body).toMatchObject({ publishedAt: `${DAY}T09:00:00.000Z`, status: 'TAGGED' });
    expect((await seen('IS')).listed).toContain(shortId(moved));
  });

  it('gives an undated copy its first date when the old key was overwritten with other text before the copy was handled', async () => {
    const story = 'Ferry pilots accept pay offer. country:IS entity:person:dag-holm';
    const [first, moved] = ['dup/ow-from.txt', 'dup/moved/ow-to.txt'];
    await put(first, story);
    const copied = await stack.upload(moved, story);
    const overwritten = await stack.upload(first, 'Harbour cranes idle after storm. country:IS');

    // The old key is reused for another story, and that overwrite is handled before the copy.
    await ingestHarness(stack.servers).handler(sqsBatch(overwritten));
    await ingestHarness(stack.servers).handler(sqsBatch(copied));
    const after = await api(`/articles/${shortId(moved)}`);

    expect(after.body).toMatchObject({
      publishedAt: `${DAY}T09:00:00.000Z`,
      status: 'TAGGED',
      duplicates: [],
    });
    expect((await seen('IS')).listed).toEqual(expect.arrayContaining([shortId(moved), shortId(first)]));
  });

  it('dates a new undated story with no earlier text at its upload', async () => {
    const key = 'dup/fresh-undated.txt';
    await ingestHarness(stack.servers).handler(
      sqsBatch(await stack.upload(key, 'Glacier tour boats recalled. country:IS')),
    );

    const after = await api(`/articles/${shortId(key)}`);

    expect(Date.now() - Date.parse(after.body.publishedAt)).toBeLessThan(60_000);
  });

  it('has one owner when two copies are applied at once by two handlers', async () => {
    const story = 'Grain corridor reopens. country:FI entity:person:ivo-dal';
    const [a, b] = ['dup/at-once-a.txt', 'dup/at-once-b.txt'];
    const first = await stack.upload(a, story, { Metadata: { 'published-at': `${DAY}T09:00:00Z` } });
    const second = await stack.upload(b, story, { Metadata: { 'published-at': `${DAY}T09:00:00Z` } });

    const outcomes = await Promise.all([
      ingestHarness(stack.servers).handler(sqsBatch(first)),
      ingestHarness(stack.servers).handler(sqsBatch(second)),
    ]);

    expect(outcomes).toEqual([{ batchItemFailures: [] }, { batchItemFailures: [] }]);
    const view = await seen('FI');
    expect(view.count).toBe(1);
    expect(view.listed).toHaveLength(1);
    const copies = [a, b].map(shortId).filter((aid) => aid !== view.listed[0]);
    expect((await api(`/articles/${copies[0]}`)).body.duplicateOf).toBe(view.listed[0]);
  });

  it('converges on redelivery after a crash between the hand-over and the promotion', async () => {
    const story = 'Port cranes idle. country:EE entity:person:ana-vik';
    const [one, copy] = ['dup/crash-one.txt', 'dup/crash-copy.txt'];
    await put(one, story);
    await put(copy, story);
    const crashAfterHandOver = (repository: TagRepository): TagRepository => ({
      ...repository,
      async handOver(fp, from, to, version) {
        await repository.handOver(fp, from, to, version);
        throw new Error('crash after the hand-over');
      },
    });

    const event = await stack.remove(one);
    const crashed = await ingestHarness(stack.servers, { wrapRepository: crashAfterHandOver }).handler(
      sqsBatch(event),
    );
    const between = await seen('EE');
    const redelivered = await ingestHarness(stack.servers).handler(sqsBatch(event));

    expect((crashed as { batchItemFailures: unknown[] }).batchItemFailures).toHaveLength(1);
    expect(between).toEqual({ listed: [], count: 0 });
    expect(redelivered).toEqual({ batchItemFailures: [] });
    expect(await seen('EE')).toEqual({ listed: [shortId(copy)], count: 1 });
    const claim = (await scanAll(stack.servers)).find(
      (i) => String(i.pk).startsWith('F#') && i.owner === shortId(copy),
    );
    expect(claim).toMatchObject({ owner: shortId(copy) });
    expect(claim?.promoting).toBeUndefined();
  });
});
