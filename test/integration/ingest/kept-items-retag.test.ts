import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { createDynamoRepository } from '../../../functions/adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../../../functions/adapters/s3-reader.js';
import { createBackfillHandler } from '../../../functions/backfill/create-handler.js';
import { shortId } from '../../../functions/core/records/keys.js';
import { fakeTag } from '../support/fake-tagger.js';
import { getItem, ingestHarness, quietTelemetry, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();

/** An RSS feed of its latest items `[guid, text]`, newest first. */
const rss = (...items: [string, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Lagoon Daily</title>\n${items
    .map(
      ([guid, text]) =>
        `<item><guid>${guid}</guid><title>${text.split('.')[0]}</title><description>${text}</description><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

/** The backfill Lambda over the objects under `prefix`, with a tagger of version `taggerVersion`. */
async function backfill(prefix: string, taggerVersion: string) {
  const handler = createBackfillHandler({
    pipeline: {
      repository: createDynamoRepository(stack.servers.clients.dynamo, { tableName: stack.servers.table }),
      objects: createS3ObjectSource(stack.servers.clients.s3, 1_000_000),
      tag: (article) => ({ ...fakeTag(article), taggerVersion }),
      taggerVersion,
      limits: { maxDecompressedBytes: 1_000_000, maxArticlesPerObject: 100 },
      articleConcurrency: 2,
      now: () => new Date().toISOString(),
    },
    bucket: stack.servers.bucket,
    filter: { prefix, suffix: '' },
    concurrency: 2,
    ...quietTelemetry(),
  });
  const listed = await stack.servers.clients.s3.send(
    new ListObjectsV2Command({ Bucket: stack.servers.bucket, Prefix: prefix }),
  );
  return handler({ Items: (listed.Contents ?? []).map((o) => ({ Key: o.Key, Size: o.Size, ETag: o.ETag })) });
}

/** Uploads a feed under `key` and ingests it with a tagger of version `taggerVersion`. */
async function fetchFeed(key: string, body: string, taggerVersion: string) {
  await ingestHarness(stack.servers, { taggerVersion }).handler(sqsBatch(await stack.upload(key, body)));
}

const record = (ref: string) => getItem(stack.servers, `A#${shortId(ref)}`, 'A');

describe('a feed story that rolled off its feed, under a new tagger (dynalite, s3rver)', () => {
  it('is re-tagged by the backfill from the text its record keeps', async () => {
    const key = 'kept/lagoon.rss';
    await fetchFeed(
      key,
      rss(['lg-1', 'Causeway flooded. country:IT'], ['lg-2', 'Gondola fares rise. country:IT']),
      'v1',
    );
    await fetchFeed(key, rss(['lg-3', 'Regatta postponed. country:IT']), 'v1');

    const summary = await backfill('kept/', 'v2');

    expect(summary).toMatchObject({ tagged: 1, errors: 0, keptWithoutText: 0 });
    for (const guid of ['lg-1', 'lg-2', 'lg-3'])
      expect(await record(`${key}#id=${guid}`)).toMatchObject({ taggerVersion: 'v2', state: 'APPLIED' });
    expect(await record(`${key}#id=lg-2`)).toMatchObject({ title: 'Gondola fares rise', status: 'TAGGED' });
  });

  it('is re-tagged when the feed is next fetched by a newer tagger', async () => {
    const key = 'kept-fetch/lagoon.rss';
    await fetchFeed(
      key,
      rss(['lh-1', 'Causeway flooded. country:IT'], ['lh-2', 'Ferry strike. country:IT']),
      'v1',
    );
    await fetchFeed(key, rss(['lh-3', 'Regatta postponed. country:IT']), 'v1');

    await fetchFeed(
      key,
      rss(['lh-4', 'Bridge closed. country:IT'], ['lh-3', 'Regatta postponed. country:IT']),
      'v2',
    );

    expect(await record(`${key}#id=lh-1`)).toMatchObject({ taggerVersion: 'v2', state: 'APPLIED' });
  });

  it("keeps the text of a long story that packs to hundreds of KB on its record (within DynamoDB's 400 KB) and re-tags it", async () => {
    const key = 'kept-long/lagoon.rss';
    // Made-up words that gzip poorly: about 340 KB packed, five times the cap before 2026-12-03.
    let state = 3;
    const letter = () => {
      state = (state * 48_271) % 2_147_483_647;
      return String.fromCharCode(97 + (state % 26));
    };
    const words = Array.from({ length: 70_000 }, () => Array.from({ length: 5 }, letter).join(''));
    await fetchFeed(
      key,
      rss(
        ['ll-1', `Lagoon survey published. ${words.join(' ')} country:IT`],
        ['ll-2', 'Ferry strike. country:IT'],
      ),
      'v1',
    );
    const kept = await record(`${key}#id=ll-1`);
    await fetchFeed(key, rss(['ll-3', 'Regatta postponed. country:IT']), 'v1');

    const summary = await backfill('kept-long/', 'v2');

    expect(String(kept?.itemGz ?? '').length).toBeGreaterThan(300 * 1024);
    expect(summary).toMatchObject({ errors: 0, keptWithoutText: 0 });
    expect(await record(`${key}#id=ll-1`)).toMatchObject({ taggerVersion: 'v2', status: 'TAGGED' });
  });

  it('whose record keeps no text (ingested before texts were kept) is counted by the backfill and left as tagged', async () => {
    const key = 'kept-old/lagoon.rss';
    await fetchFeed(
      key,
      rss(['lo-1', 'Causeway flooded. country:IT'], ['lo-2', 'Ferry strike. country:IT']),
      'v1',
    );
    await stack.servers.clients.dynamo.send(
      new UpdateCommand({
        TableName: stack.servers.table,
        Key: { pk: `A#${shortId(`${key}#id=lo-2`)}`, sk: 'A' },
        UpdateExpression: 'REMOVE itemGz',
      }),
    );
    await fetchFeed(key, rss(['lo-3', 'Regatta postponed. country:IT']), 'v1');

    const summary = await backfill('kept-old/', 'v2');

    expect(summary).toMatchObject({ tagged: 1, errors: 0, keptWithoutText: 1 });
    expect(await record(`${key}#id=lo-1`)).toMatchObject({ taggerVersion: 'v2' });
    expect(await record(`${key}#id=lo-2`)).toMatchObject({
      taggerVersion: 'v1',
      status: 'TAGGED',
      state: 'APPLIED',
    });
  });
});
