import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys, shortId } from '../../../functions/core/records/keys.js';
import { decodeResult } from '../../../functions/core/records/result-codec.js';
import { TagResultSchema } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TAGGER_VERSION } from '../../../functions/core/version.js';
import { fakeTag } from '../support/fake-tagger.js';
import {
  getItem,
  type IngestHarness,
  ingestHarness,
  putObject,
  queryPartition,
  scanAll,
  sqsBatch,
  useLocalStack,
} from '../support/local-stack.js';

const stack = useLocalStack();
let ingest: IngestHarness;

beforeAll(() => {
  ingest = ingestHarness(stack.servers);
});

const { upload } = stack;

const remove = (key: string) => stack.remove(key);

async function deliver(...notifications: unknown[]) {
  return ingest.handler(sqsBatch(...notifications));
}

/** Items that belong to one article: its record, index items and count memberships. */
async function articleState(aid: string) {
  const all = await scanAll(stack.servers);
  return {
    // A removed article leaves only a tombstone (state DELETED), which no reader sees.
    record: all.find((i) => i.pk === `A#${aid}` && i.state !== 'DELETED'),
    index: all
      .filter((i) => String(i.pk).startsWith('I#') && String(i.sk).endsWith(`#${aid}`))
      .map((i) => `${i.pk} ${i.sk}`)
      .sort(),
    counts: all
      .filter((i) => i.recordType === 'count' && (i.m as Set<string> | undefined)?.has(aid))
      .map((i) => `${i.pk} ${i.sk}`)
      .sort(),
  };
}

describe('ingest against real local S3 and DynamoDB stack.servers', () => {
  it('writes an article record, one index item and one count membership per tag', async () => {
    const key = 'news/2026/france germany.txt';
    const event = await upload(
      key,
      'Energy pact. country:FR country:DE pair:DE-FR topic:medtop:11000000 entity:person:emmanuel-macron',
      {
        Metadata: { 'published-at': '2026-11-20T10:00:00Z', source: 'Wire' },
      },
    );

    const response = await deliver(event);

    expect(response).toEqual({ batchItemFailures: [] });
    const aid = shortId(key);
    const state = await articleState(aid);
    expect(state.record).toMatchObject({
      status: 'TAGGED',
      state: 'APPLIED',
      key,
      source: 'Wire',
      day: '2026-11-20',
    });
    expect(state.record?.tags).toEqual(
      expect.arrayContaining([
        'country|FR',
        'country|DE',
        'pair|DE-FR',
        'topic|medtop:11000000',
        'entity|person:emmanuel-macron',
        'focus|FR',
      ]),
    );
    // Five tags indexed and counted; France, the country the story is about, counted once more as its focus.
    expect(state.index).toHaveLength(5);
    expect(state.counts).toHaveLength(6);
    const series = await stack.servers.clients.dynamo.send(
      new QueryCommand({
        TableName: stack.servers.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'g1pk = :pk AND g1sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': 'C#country#FR', ':from': '2026-11-20', ':to': '2026-11-20~' },
      }),
    );
    expect(series.Items?.reduce((sum, i) => sum + Number(i.n), 0)).toBe(1);
    expect(await getItem(stack.servers, 'E#person:emmanuel-macron', 'E')).toMatchObject({
      name: 'Emmanuel Macron',
      articleCount: 1,
    });
  });

  it('stores what the real tagger finds in a team-written fixture, as a valid tag result', async () => {
    const key = 'news/us-china-tariff-truce.txt';
    const body = readFileSync(new URL('../../fixtures/articles/us-china-tariff-truce.txt', import.meta.url));
    const event = await upload(key, body);

    await ingestHarness(stack.servers, { tag: tagArticle }).handler(sqsBatch(event));

    const state = await articleState(shortId(key));
    expect(state.record).toMatchObject({ status: 'TAGGED', taggerVersion: TAGGER_VERSION });
    const result = TagResultSchema.parse(
      decodeResult(state.record as { result?: string; resultGz?: string }),
    );
    expect(result.countries.length).toBeGreaterThan(0);
    const tags = (state.record?.tags ?? []) as string[];
    expect(tags.length).toBeGreaterThan(0);
    const focus = tags.filter((t) => t.startsWith('focus|'));
    // The record lists tags by score, ties by value; the result lists countries by salience, its subject first
    // among equals: the same countries either way.
    expect([...focus].sort()).toEqual(
      result.countries
        .filter((c) => c.focus)
        .map((c) => `focus|${c.code}`)
        .sort(),
    );
    expect(state.index).toHaveLength(tags.length - focus.length);
    expect(state.counts).toHaveLength(tags.length);
  });

  it('stores an article with thousands of mentions under the item size limit, capped and flagged', async () => {
    const key = 'news/huge.txt';
    const event = await upload(key, 'Huge. country:CA');
    const huge = (article: Parameters<typeof fakeTag>[0]) => ({
      ...fakeTag(article),
      entities: Array.from({ length: 2_000 }, (_, e) => ({
        id: `person:p${e}`,
        name: `Person Number ${e} ${'x'.repeat(e % 40)}`,
        type: 'person' as const,
        salience: (e % 97) / 97,
        mentions: Array.from({ length: 40 }, (_, i) => ({
          field: 'body' as const,
          start: i * 13 + e,
          end: i * 13 + e + 12,
          text: `Person ${e}-${i}`,
        })),
      })),
    });

    await ingestHarness(stack.servers, { tag: huge }).handler(sqsBatch(event));

    const record = (await articleState(shortId(key))).record;
    expect(record).toMatchObject({ status: 'TAGGED', truncated: true });
    expect(String(record?.resultGz).length).toBeLessThanOrEqual(300 * 1024);
    expect(
      decodeResult(record as { resultGz?: string })?.entities.every((e) => e.mentions.length <= 20),
    ).toBe(true);
  });

  it('changes nothing when the same event is delivered again', async () => {
    const event = await upload('news/dup.txt', 'Dup. country:IT topic:medtop:04000000');
    await deliver(event);
    const before = await scanAll(stack.servers);

    const response = await deliver(event, event);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(await scanAll(stack.servers)).toEqual(before);
  });

  it('re-tags an overwritten object and removes the index items and counts that no longer apply', async () => {
    const key = 'news/overwrite.md';
    const first = await upload(key, '# One\n\ncountry:JP country:KR entity:org:samsung');
    const second = await upload(key, '# Two\n\ncountry:JP country:CN entity:org:huawei');
    await deliver(first);

    await deliver(second);

    const state = await articleState(shortId(key));
    expect(state.record).toMatchObject({ status: 'TAGGED', title: 'Two' });
    expect(state.record?.tags).toEqual(
      expect.arrayContaining(['country|JP', 'country|CN', 'entity|org:huawei']),
    );
    expect(state.index.some((k) => k.includes('#KR#'))).toBe(false);
    expect(state.counts.some((k) => k.includes('#KR#') || k.includes('samsung'))).toBe(false);
    expect(state.index).toHaveLength(3);
    // The three tags, and Japan as the country the story is about (its focus, counted, not indexed).
    expect(state.counts).toHaveLength(4);
    expect(state.counts.filter((k) => k.startsWith('C#focus#'))).toEqual([
      expect.stringMatching(/^C#focus#JP#/),
    ]);
  });

  it('ignores an older event that arrives after a newer one', async () => {
    const key = 'news/reordered.txt';
    const older = await upload(key, 'Old. country:BR');
    const newer = await upload(key, 'New. country:AR');
    await deliver(newer);
    const before = await scanAll(stack.servers);

    await deliver(older);

    expect(await scanAll(stack.servers)).toEqual(before);
    expect((await articleState(shortId(key))).record?.tags).toEqual(['country|AR', 'focus|AR']);
  });

  it('deletes the article, every index item and its count memberships on ObjectRemoved', async () => {
    const key = 'news/deleted.txt';
    const created = await upload(
      key,
      'Gone soon. country:NO topic:medtop:06000000 entity:person:erna-solberg',
    );
    await deliver(created);
    const removed = await remove(key);

    await deliver(removed);

    const state = await articleState(shortId(key));
    expect(state).toEqual({ record: undefined, index: [], counts: [] });
    expect(
      await queryPartition(stack.servers, keys.countPartition({ kind: 'country', value: 'NO' }, 0)),
    ).toEqual([]);
    expect(await getItem(stack.servers, `O#${key}`, 'O')).toMatchObject({ state: 'DELETED', aids: [] });
    expect(await getItem(stack.servers, `A#${shortId(key)}`, 'A')).toEqual({
      ...keys.article(shortId(key)),
      recordType: 'article',
      aid: shortId(key),
      key,
      seq: expect.any(String),
      state: 'DELETED',
      updatedAt: expect.any(String),
      expiresAt: expect.any(Number),
    });
    expect(await getItem(stack.servers, 'E#person:erna-solberg', 'E')).toMatchObject({ articleCount: 0 });
  });

  it('rejects a create that arrives after the delete of a later version', async () => {
    const key = 'news/late-create.txt';
    const created = await upload(key, 'Late. country:FI');
    const removed = await remove(key);
    await deliver(removed);

    await deliver(created);

    expect(await articleState(shortId(key))).toEqual({ record: undefined, index: [], counts: [] });
  });

  it('keeps one record per .jsonl line and removes the lines an overwrite drops', async () => {
    const key = 'feeds/batch.jsonl';
    const lines = [
      JSON.stringify({ id: 'wire-1', title: 'A', body: 'country:SE' }),
      JSON.stringify({ title: 'B', body: 'country:DK' }),
      '{not json',
    ];
    await deliver(await upload(key, lines.join('\n')));
    const one = shortId(`${key}#id=wire-1`);
    const two = shortId(`${key}#2`);
    const three = shortId(`${key}#3`);
    expect((await articleState(one)).record).toMatchObject({
      articleId: 'wire-1',
      status: 'TAGGED',
      line: 1,
    });
    expect((await articleState(two)).record).toMatchObject({ articleId: `${key}#2`, status: 'TAGGED' });
    expect((await articleState(three)).record).toMatchObject({ status: 'FAILED', reason: 'INVALID_JSON' });

    await deliver(await upload(key, lines[0] as string));

    expect((await articleState(one)).record).toMatchObject({ status: 'TAGGED' });
    expect(await articleState(two)).toEqual({ record: undefined, index: [], counts: [] });
    expect((await articleState(three)).record).toBeUndefined();
    expect(await getItem(stack.servers, `O#${key}`, 'O')).toMatchObject({ state: 'APPLIED', aids: [one] });
  });

  it('names a .json article by its own id, keeps the key as its identity through an id change, and deletes it', async () => {
    const key = 'exports/cms-4411.json';
    const aid = shortId(key);
    await deliver(await upload(key, JSON.stringify({ id: 'cms-4411', title: 'Dam', body: 'country:EG' })));
    expect((await articleState(aid)).record).toMatchObject({ articleId: 'cms-4411', key, status: 'TAGGED' });

    // The CMS re-exports the story under a new id: still one article, the same public id.
    await deliver(await upload(key, JSON.stringify({ id: 'cms-4411-v2', title: 'Dam', body: 'country:ET' })));
    const renamed = await articleState(aid);
    expect(renamed.record).toMatchObject({ articleId: 'cms-4411-v2', tags: ['country|ET', 'focus|ET'] });
    expect(await getItem(stack.servers, `O#${key}`, 'O')).toMatchObject({ aids: [aid] });
    // The lookup by the publisher's id (gsi3) follows the id: the old one finds nothing, the new one the article.
    const byOwnId = async (id: string) => {
      const out = await stack.servers.clients.dynamo.send(
        new QueryCommand({
          TableName: stack.servers.table,
          IndexName: 'gsi3',
          KeyConditionExpression: 'g3pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.sourceIdPartition(id) },
        }),
      );
      return (out.Items ?? []).map((item) => item.g3sk);
    };
    expect(await byOwnId('cms-4411')).toEqual([]);
    expect(await byOwnId('cms-4411-v2')).toEqual([aid]);

    await deliver(await remove(key));
    expect(await articleState(aid)).toEqual({ record: undefined, index: [], counts: [] });
    expect(await byOwnId('cms-4411-v2')).toEqual([]);
  });

  it('reads gzipped objects and keys with spaces and plus signs', async () => {
    const key = 'news/a b+c.txt.gz';
    const event = await upload(key, gzipSync('Zipped. country:PT'));

    await deliver(event);

    expect((await articleState(shortId(key))).record).toMatchObject({
      status: 'TAGGED',
      tags: ['country|PT', 'focus|PT'],
    });
  });

  it.each([
    ['binary', 'bad/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), {}, 'BINARY'],
    [
      'invalid UTF-8',
      'bad/latin1.txt',
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      {},
      'INVALID_UTF8',
    ],
    ['empty', 'bad/empty.txt', '   \n', {}, 'EMPTY'],
    ['empty, named .gz', 'bad/empty.txt.gz', '', {}, 'EMPTY'],
    ['unparseable JSON', 'bad/broken.json', '{"title": ', {}, 'INVALID_JSON'],
    [
      'bad metadata',
      'bad/meta.txt',
      'Fine text.',
      { Metadata: { 'published-at': 'yesterday-ish' } },
      'BAD_METADATA',
    ],
    ['not gzip', 'bad/fake.txt.gz', 'plain text pretending', {}, 'BAD_GZIP'],
  ])(
    'records a %s object as FAILED with a reason and a message, without a retry',
    async (_name, key, body, extra, reason) => {
      const event = await upload(key, body, extra);

      const response = await deliver(event);

      expect(response).toEqual({ batchItemFailures: [] });
      const record = (await articleState(shortId(key))).record;
      expect(record).toMatchObject({ status: 'FAILED', reason });
      expect(String(record?.message).length).toBeGreaterThan(5);
    },
  );

  it('fails objects over the size cap and gzip over the decompressed cap, and lists failures by month', async () => {
    const small = ingestHarness(stack.servers, { maxObjectBytes: 1_000, maxDecompressedBytes: 10_000 });
    const big = await upload('bad/big.txt', 'x'.repeat(2_000));
    const bomb = await upload('bad/bomb.txt.gz', gzipSync('country:US '.repeat(5_000)));

    await small.handler(sqsBatch(big, bomb));

    expect((await articleState(shortId('bad/big.txt'))).record).toMatchObject({ reason: 'TOO_LARGE' });
    expect((await articleState(shortId('bad/bomb.txt.gz'))).record).toMatchObject({
      reason: 'DECOMPRESSED_TOO_LARGE',
    });
    const month = (big.Records[0]?.eventTime ?? '').slice(0, 7);
    const failures = await stack.servers.clients.dynamo.send(
      new QueryCommand({
        TableName: stack.servers.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'g1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.failurePartition(month) },
      }),
    );
    expect(failures.Items?.map((i) => i.key)).toEqual(
      expect.arrayContaining(['bad/big.txt', 'bad/bomb.txt.gz']),
    );
  });

  it('reports only the malformed message of a batch and ignores s3:TestEvent', async () => {
    const good = await upload('news/batch-good.txt', 'Good. country:IE');
    const batch = sqsBatch({ Event: 's3:TestEvent', Bucket: stack.servers.bucket }, 'not an event', good);

    const response = await ingest.handler(batch);

    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: batch.Records[1]?.messageId }] });
    expect((await articleState(shortId('news/batch-good.txt'))).record).toMatchObject({ status: 'TAGGED' });
  });

  it('applies the prefix and suffix filter itself', async () => {
    const filtered = ingestHarness(stack.servers, { prefix: 'only/', suffix: '.txt' });
    const outside = await upload('elsewhere/x.txt', 'country:GR');

    await filtered.handler(sqsBatch(outside));

    expect((await articleState(shortId('elsewhere/x.txt'))).record).toBeUndefined();
  });

  it('accepts EventBridge Object Created and Object Deleted events invoked directly', async () => {
    const key = 'news/bridge file.txt';
    await putObject(stack.servers, { Key: key, Body: 'Bridge. country:AT' });
    const bridge = (type: string, sequencer: string) => ({
      version: '0',
      id: 'x',
      'detail-type': type,
      source: 'aws.s3',
      time: new Date().toISOString(),
      detail: { bucket: { name: stack.servers.bucket }, object: { key, sequencer } },
    });

    const created = await ingest.handler(bridge('Object Created', 'A1'));
    const afterCreate = (await articleState(shortId(key))).record;
    const deleted = await ingest.handler(bridge('Object Deleted', 'A2'));

    expect(created).toEqual({ outcomes: [{ key, action: 'create', outcome: 'tagged' }] });
    expect(afterCreate).toMatchObject({ status: 'TAGGED' });
    expect(deleted).toEqual({ outcomes: [{ key, action: 'remove', outcome: 'deleted' }] });
    expect((await articleState(shortId(key))).record).toBeUndefined();
  });
});
