import { describe, expect, it } from 'vitest';
import {
  type ArticleVersion,
  buildIndexItems,
  buildTaggedRecord,
  INDEX_ITEM_BUDGET,
  indexedTags,
} from '../../../functions/core/records/build.js';
import { coCode, parseCoCode } from '../../../functions/core/records/co-codes.js';
import { itemSize, writeUnits } from '../../../functions/core/records/item-size.js';
import { MAX_INDEXED, parseTagRef, type TagRef } from '../../../functions/core/records/keys.js';
import { fakeTag } from '../../integration/support/fake-tagger.js';

const version = (title: string): ArticleVersion => ({
  aid: 'k3V9xq2LrT0bWm4A',
  articleId: '2026/11/us-china-han-zheng-washington.txt',
  provenance: { key: '2026/11/us-china-han-zheng-washington.txt', seq: '01', contentHash: 'h' },
  taggerVersion: 't1',
  publishedAt: '2026-11-29T08:15:00Z',
  title,
  source: 'Wire',
  language: 'en',
  eventTime: '2026-11-29T09:00:00Z',
});

/** An article that indexes as many tags as an article can, with long entity ids. */
function fullArticle() {
  const entities = Array.from(
    { length: MAX_INDEXED.entity },
    (_, i) => `entity:organization:international-federation-of-associations-number-${i}`,
  );
  const countries = ['US', 'CN', 'FR', 'DE', 'IT', 'ES', 'GB', 'JP', 'IN', 'BR', 'MX', 'CA'].map(
    (c) => `country:${c}`,
  );
  const topics = Array.from({ length: MAX_INDEXED.topic }, (_, i) => `topic:medtop:2000${1000 + i}`);
  const pairs = [
    'CN-US',
    'FR-US',
    'DE-US',
    'IT-US',
    'ES-US',
    'GB-US',
    'JP-US',
    'IN-US',
    'BR-US',
    'MX-US',
    'CA-US',
    'CN-FR',
  ].map((p) => `pair:${p}`);
  return fakeTag({ body: [...countries, ...topics, ...pairs, ...entities].join(' ') });
}

describe('co codes', () => {
  it.each([
    ['country|US', 'cUS'],
    ['pair|CN-US', 'pCN-US'],
    ['topic|medtop:11000000', 't11000000'],
    ['entity|person:han-zheng', 'Phan-zheng'],
    ['entity|organization:world-health-organization', 'Oworld-health-organization'],
    ['entity|place:geonames:2147714', 'G2147714'],
    ['entity|place:iso:CN', 'ICN'],
    ['entity|place:paris', 'Lparis'],
    ['entity|nationality:au', 'Nau'],
    ['entity|other:united-nations', 'Xunited-nations'],
    ['entity|event:cop30', 'Ecop30'],
    ['entity|unprefixed', 'eunprefixed'],
  ])('writes %s as %s and reads it back', (text, code) => {
    const ref = parseTagRef(text);

    expect(coCode(ref)).toBe(code);
    expect(parseCoCode(code)).toEqual(ref);
  });

  it('reads the long form of index items written before the codes', () => {
    expect(parseCoCode('entity|person:han-zheng')).toEqual({ kind: 'entity', value: 'person:han-zheng' });
  });

  it('gives every tag of a real-looking article a distinct code', () => {
    const refs: TagRef[] = indexedTags(fullArticle()).map((t) => t.ref);

    expect(new Set(refs.map(coCode)).size).toBe(refs.length);
  });
});

describe('country index items say whether the article is about the country', () => {
  it('marks the items of focus countries and only those', () => {
    const result = fakeTag({ body: 'country:CN country:TW topic:medtop:11000000' });
    const tags = indexedTags(result);
    const record = buildTaggedRecord(version('Beijing warns Taipei'), result, tags, [], 'now');

    const items = buildIndexItems(record, tags);

    const focusOf = (partition: string) => items.find((i) => i.pk.startsWith(partition))?.focus;
    expect(focusOf('I#country#CN#')).toBe(true);
    expect(focusOf('I#country#TW#')).toBeUndefined();
    expect(focusOf('I#topic#')).toBeUndefined();
  });
});

describe('index items cost one write unit', () => {
  it('keeps every other indexed tag of a typical article in co, under 1 KB', () => {
    const result = fakeTag({
      body: 'country:CN country:US pair:CN-US topic:medtop:11000000 topic:medtop:04000000 entity:person:han-zheng entity:person:donald-trump entity:place:geonames:4140963',
    });
    const tags = indexedTags(result);
    const record = buildTaggedRecord(version('Han Zheng meets Trump in Washington'), result, tags, [], 'now');

    const items = buildIndexItems(record, tags);

    expect(items.map((i) => i.co.length)).toEqual(items.map(() => tags.length - 1));
    expect(Math.max(...items.map((i) => itemSize(i)))).toBeLessThan(400);
  });

  it('stops co at the byte budget for the most tags an article indexes and the longest title', () => {
    const result = fullArticle();
    const tags = indexedTags(result);
    const record = buildTaggedRecord(version('Ü'.repeat(300)), result, tags, [], 'now');

    const items = buildIndexItems(record, tags);

    expect(items).toHaveLength(52);
    for (const item of items) {
      expect(itemSize(item)).toBeLessThanOrEqual(INDEX_ITEM_BUDGET);
      expect(writeUnits(item)).toBe(1);
      // The strongest co-tags are the ones kept: a prefix of the article's other tags, in order.
      const [, kind, value] = /^I#(\w+)#(.+)#\d+$/.exec(item.pk) ?? [];
      const own = coCode(parseTagRef(`${kind}|${value}`));
      const others = tags.map((t) => coCode(t.ref)).filter((c) => c !== own);
      expect(item.co).toEqual(others.slice(0, item.co.length));
    }
    expect(items[0]?.co.length).toBeGreaterThan(20);
  });
});

describe('item size as DynamoDB counts it', () => {
  it('counts names, strings, numbers, lists and sets', () => {
    expect(itemSize({ pk: 'abc' })).toBe(5);
    expect(itemSize({ n: 12345 })).toBe(1 + 4);
    expect(itemSize({ co: ['ab', 'c'] })).toBe(2 + 3 + 1 + 2 + 1 + 1);
    expect(itemSize({ m: new Set(['ab', 'cd']) })).toBe(1 + 4);
    expect(itemSize({ t: 'é' })).toBe(1 + 2);
    expect(writeUnits({ t: 'x'.repeat(1023) })).toBe(1);
    expect(writeUnits({ t: 'x'.repeat(1024) })).toBe(2);
  });
});
