import { describe, expect, it } from 'vitest';
import {
  type ArticleVersion,
  appliedRecord,
  buildFailedRecord,
  buildIndexItems,
  buildTaggedRecord,
  catalogEntries,
  indexedTags,
} from '../../../functions/core/records/build.js';
import { planArticle, possibleMemberships } from '../../../functions/core/records/diff.js';
import { MAX_INDEXED } from '../../../functions/core/records/keys.js';
import { decodeResult, encodeResult } from '../../../functions/core/records/result-codec.js';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { fakeTag } from '../../integration/support/fake-tagger.js';

const version: ArticleVersion = {
  aid: 'AAAAAAAAAAAAAAAA',
  articleId: 'news/a.txt',
  provenance: { key: 'news/a.txt', seq: '01', contentHash: 'h' },
  taggerVersion: 't1',
  publishedAt: '2026-11-29T08:00:00Z',
  title: 'A title',
  eventTime: '2026-11-29T09:00:00Z',
};

function resultWith(body: string): TagResult {
  return fakeTag({ body });
}

describe('article records and index items', () => {
  it('indexes the strongest tags of each kind up to the per-kind cap', () => {
    const many = Array.from({ length: 40 }, (_, i) => `entity:person:p${i}`).join(' ');

    const tags = indexedTags(resultWith(`${many} country:FR topic:medtop:11000000`));

    expect(tags.filter((t) => t.ref.kind === 'entity')).toHaveLength(MAX_INDEXED.entity);
    expect(tags.filter((t) => t.ref.kind === 'entity')[0]?.ref.value).toBe('person:p0');
    expect(tags.map((t) => t.ref.kind)).toEqual(expect.arrayContaining(['country', 'topic']));
  });

  it('builds one index item per indexed tag carrying the other tags for a second filter', () => {
    const result = resultWith('country:FR country:DE pair:DE-FR');
    const tags = indexedTags(result);
    const record = buildTaggedRecord(version, result, tags, [], 'now');

    const items = buildIndexItems(record, tags);

    expect(items).toHaveLength(3);
    expect(items.find((i) => i.pk.startsWith('I#country#FR#'))?.co).toEqual(['cDE', 'pDE-FR']);
    expect(record).toMatchObject({ status: 'TAGGED', state: 'PENDING', day: '2026-11-29' });
    expect(appliedRecord(record).state).toBe('APPLIED');
  });

  it('files a failed article under its month in the failures index', () => {
    const record = buildFailedRecord(version, 'BINARY', 'the object is binary', [], 'now');

    expect(record).toMatchObject({
      status: 'FAILED',
      reason: 'BINARY',
      tags: [],
      g1pk: 'FAIL#2026-11',
      g1sk: '2026-11-29T09:00:00.000Z#AAAAAAAAAAAAAAAA',
    });
  });

  it("files every article record, tagged or failed, under the publisher's id for the lookup without key", () => {
    const own = { ...version, articleId: 'r17-19' };
    const tagged = buildTaggedRecord(own, resultWith('country:FR'), [], [], 'now');
    const failed = buildFailedRecord(own, 'EMPTY', 'empty', [], 'now');
    const long = buildTaggedRecord(
      { ...own, articleId: 'x'.repeat(1025) },
      resultWith('country:FR'),
      [],
      [],
      'now',
    );

    expect(tagged).toMatchObject({ g3pk: 'ID#r17-19', g3sk: version.aid });
    expect(failed).toMatchObject({ g3pk: 'ID#r17-19', g3sk: version.aid });
    expect(appliedRecord(tagged)).toMatchObject({ g3pk: 'ID#r17-19' });
    // Over what a key attribute may hold with room to spare: found with key= only.
    expect(long.g3pk).toBeUndefined();
  });

  it('lists catalog entries with the surface forms other than the canonical name', () => {
    const result = resultWith('entity:person:ann-lee');
    const entries = catalogEntries(result, indexedTags(result));

    expect(entries).toEqual([
      { entityId: 'person:ann-lee', name: 'Ann Lee', entityType: 'person', aliases: ['person:ann-lee'] },
    ]);
  });
});

describe('catalog aliases', () => {
  it('lists a form written only in capitals once, as the mixed-case form the body gives', () => {
    const result = tagArticle({
      title: 'TRUMP AND XI MEET IN BUSAN',
      body: 'BUSAN, South Korea (Reuters) - Donald Trump met Xi Jinping on Thursday. Trump said the talks went well.',
    });

    const trump = catalogEntries(result, indexedTags(result)).find((e) => e.name === 'Donald Trump');

    expect(trump?.aliases).toEqual(['Trump']);
  });
});

describe('tag result encoding', () => {
  it('keeps small results as JSON text and round-trips them', () => {
    const result = resultWith('country:FR');

    const encoded = encodeResult(result);

    expect(encoded.result).toBeDefined();
    expect(decodeResult(encoded)).toEqual(result);
  });

  it('compresses large results and caps mentions (flagged) so the item stays under 300 KB', () => {
    const mention = (i: number) => ({
      field: 'body' as const,
      start: i,
      end: i + 20,
      text: `mention number ${i} xyz`,
    });
    const huge: TagResult = {
      ...resultWith('country:FR'),
      entities: Array.from({ length: 3_000 }, (_, e) => ({
        id: `person:p${e}-${Math.random().toString(36)}`,
        name: `Person ${e} ${Math.random().toString(36)}`,
        type: 'person' as const,
        salience: Math.random(),
        mentions: Array.from({ length: 60 }, (_, i) => mention(i * 7 + e)),
      })),
    };

    const encoded = encodeResult(huge);

    expect(encoded.resultGz).toBeDefined();
    expect(encoded.truncated).toBe(true);
    expect(encoded.resultGz?.length ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(300 * 1024);
    expect(decodeResult(encoded)?.entities.every((e) => e.mentions.length <= 20)).toBe(true);
  });
});

describe('planning an article write', () => {
  const tagsOf = (body: string) => indexedTags(resultWith(body));

  it('deletes index items and removes count memberships that the new version no longer has', () => {
    const oldResult = resultWith('country:FR country:DE');
    const old = appliedRecord(
      buildTaggedRecord(version, oldResult, tagsOf('country:FR country:DE'), [], 'now'),
    );
    const nextTags = tagsOf('country:FR country:IT');
    const nextRecord = buildTaggedRecord(version, resultWith('country:FR country:IT'), nextTags, [], 'now');

    const plan = planArticle(
      version.aid,
      possibleMemberships(old),
      possibleMemberships(old),
      buildIndexItems(nextRecord, nextTags),
      [{ publishedAt: nextRecord.publishedAt, tags: nextRecord.tags }],
    );

    expect(plan.indexDeletes.map((k) => k.pk)).toEqual([expect.stringMatching(/^I#country#DE#/)]);
    expect(plan.countRemoves.map((c) => c.ref.value)).toEqual(['DE']);
    expect(plan.countAdds.map((c) => c.ref.value)).toEqual(['IT']);
    expect(plan.indexPuts).toHaveLength(2);
  });

  it('moves every membership when the publication day changes', () => {
    const tags = tagsOf('country:FR');
    const old = appliedRecord(buildTaggedRecord(version, resultWith('country:FR'), tags, [], 'now'));
    const moved = buildTaggedRecord(
      { ...version, publishedAt: '2026-11-30T08:00:00Z' },
      resultWith('country:FR'),
      tags,
      [],
      'now',
    );

    const plan = planArticle(
      version.aid,
      possibleMemberships(old),
      possibleMemberships(old),
      buildIndexItems(moved, tags),
      [{ publishedAt: moved.publishedAt, tags: moved.tags }],
    );

    // The country and its focus membership (the article is about France) both move; only the country
    // has an index item.
    expect(plan.countRemoves.map((c) => `${c.ref.kind} ${c.day}`)).toEqual([
      'country 2026-11-29',
      'focus 2026-11-29',
    ]);
    expect(plan.countAdds.map((c) => `${c.ref.kind} ${c.day}`)).toEqual([
      'country 2026-11-30',
      'focus 2026-11-30',
    ]);
    expect(plan.indexDeletes).toHaveLength(1);
  });
});
