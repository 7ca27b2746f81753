import { describe, expect, it } from 'vitest';
import {
  COUNT_SHARDS,
  canonicalTime,
  dayOf,
  INDEX_SHARDS,
  keys,
  normalizeName,
  parseTagRef,
  shardOf,
  shortId,
  tagRefString,
} from '../../../functions/core/records/keys.js';
import { compareSequencers, normalizeSequencer } from '../../../functions/core/records/sequencer.js';

describe('record keys', () => {
  it('derives a 16-character URL-safe short id that is stable per article id', () => {
    const aid = shortId('news/2026/story.txt');

    expect(aid).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(shortId('news/2026/story.txt')).toBe(aid);
    expect(shortId('news/2026/story.txt#2')).not.toBe(aid);
  });

  it('puts an article on the same shard every time and spreads many articles over all shards', () => {
    const shards = new Set(
      Array.from({ length: 2_000 }, (_, i) => shardOf(shortId(`a${i}`), COUNT_SHARDS.country)),
    );

    expect(shardOf('abc', 16)).toBe(shardOf('abc', 16));
    expect(shards.size).toBe(COUNT_SHARDS.country);
  });

  it('builds index keys whose sort key orders by publication time in UTC', () => {
    const ref = { kind: 'country' as const, value: 'US' };
    const early = keys.index(ref, 'aid1', '2026-11-29T09:00:00+02:00');
    const late = keys.index(ref, 'aid1', '2026-11-29T08:00:00Z');

    expect(early.pk).toMatch(new RegExp(`^I#country#US#[0-${INDEX_SHARDS.country - 1}]$`));
    expect(early.sk).toBe('2026-11-29T07:00:00.000Z#aid1');
    expect(early.sk < late.sk).toBe(true);
  });

  it('builds count keys per tag, day and shard, and their series and top partitions', () => {
    const ref = { kind: 'topic' as const, value: 'medtop:11000000' };
    const key = keys.count(ref, '2026-11-29', 'aid1');

    expect(key.pk).toMatch(/^C#topic#medtop:11000000#\d+$/);
    expect(key.sk).toBe('D#2026-11-29');
    expect(keys.countSeries(ref)).toBe('C#topic#medtop:11000000');
    expect(keys.countSeriesSort('2026-11-29', 3)).toBe('2026-11-29#03');
    expect(keys.topPartition('topic', '2026-11-29', 1)).toBe('TOP#topic#2026-11-29#1');
  });

  it('normalises names for case- and accent-insensitive prefix lookup', () => {
    expect(normalizeName('Zürich  Insurance')).toBe('zurich insurance');
    expect(normalizeName('ÉLYSÉE-Palace')).toBe('elysee palace');
    expect(normalizeName("Côte d'Ivoire")).toBe('cote divoire');
  });

  it('folds Latin letters that do not decompose and joins abbreviations and possessives', () => {
    expect(normalizeName('Søren Kierkegaard')).toBe('soren kierkegaard');
    expect(normalizeName('Łukasz Nowak')).toBe('lukasz nowak');
    expect(normalizeName('Straße, Ærø, Þór, Đoković')).toBe('strasse aero thor dokovic');
    expect(normalizeName('U.S. Chamber of Commerce')).toBe('us chamber of commerce');
    expect(normalizeName("China's Foreign Ministry")).toBe('chinas foreign ministry');
    expect(normalizeName("O'Brien")).toBe('obrien');
  });

  it('round-trips tag references, values with colons included', () => {
    const ref = { kind: 'entity' as const, value: 'place:geonames:1816670' };

    expect(parseTagRef(tagRefString(ref))).toEqual(ref);
    expect(() => parseTagRef('nonsense')).toThrow();
  });

  it('gives the UTC day and canonical time of an offset timestamp', () => {
    expect(dayOf('2026-11-29T23:30:00-05:00')).toBe('2026-11-30');
    expect(canonicalTime('2026-11-29T08:00:00Z')).toBe('2026-11-29T08:00:00.000Z');
  });
});

describe('S3 sequencers', () => {
  it('compares sequencers of different lengths as hex numbers', () => {
    expect(compareSequencers('FF', '0100')).toBeLessThan(0);
    expect(compareSequencers('0062E99A88DC407460', '0062E99A88DC407461')).toBeLessThan(0);
    expect(compareSequencers('00ab', 'AB')).toBe(0);
  });

  it('pads sequencers so stored strings compare like the numbers', () => {
    const a = normalizeSequencer('FF');
    const b = normalizeSequencer('100');

    expect(a < b).toBe(true);
    expect(a).toHaveLength(b.length);
  });

  it('rejects values that are not hex', () => {
    expect(() => normalizeSequencer('12G4')).toThrow(/sequencer/);
  });
});
