import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseDriver,
  mergeShardPages,
  planArticles,
  type ShardPage,
  type ShardQuery,
} from '../../../functions/core/query/articles.js';
import { timeRange } from '../../../functions/core/query/range.js';

interface Row {
  readonly sk: string;
  readonly co: readonly string[];
}

/** DynamoDB Query semantics on one partition: BETWEEN, newest first, Limit before the filter. */
function queryShard(rows: readonly Row[], q: ShardQuery): ShardPage<Row> {
  const inRange = rows
    .filter((r) => r.sk >= q.lower && r.sk <= q.upper)
    .sort((a, b) => (a.sk < b.sk ? 1 : -1));
  const evaluated = inRange.slice(0, q.limit);
  const items = evaluated.filter((r) => q.mustContain.every((t) => r.co.includes(t)));
  const last = evaluated[evaluated.length - 1];
  return evaluated.length === q.limit && last ? { items, lastEvaluated: last.sk } : { items };
}

const country = { kind: 'country' as const, value: 'US' };
const pair = { kind: 'pair' as const, value: 'CN-US' };

describe('chooseDriver', () => {
  it('drives on the rarer kind: a pair before a country', () => {
    expect(chooseDriver([country, pair])).toEqual({ driver: pair, others: [country] });
  });
});

describe('planArticles', () => {
  it('queries every shard of the tag with limit + 1 items when there is one filter', () => {
    const plan = planArticles([country], timeRange('2026-11-01', '2026-11-30'), 20);

    expect(plan.queries.map((q) => q.partition)).toEqual([
      'I#country#US#0',
      'I#country#US#1',
      'I#country#US#2',
      'I#country#US#3',
    ]);
    expect(plan.queries.every((q) => q.limit === 21 && q.mustContain.length === 0)).toBe(true);
    expect(plan.queries[0]).toMatchObject({
      lower: '2026-11-01T00:00:00.000Z',
      upper: '2026-11-30T23:59:59.999Z~',
    });
  });

  it('bounds the reads of a combined query by a budget and filters on co', () => {
    const plan = planArticles([country, pair], timeRange(undefined, undefined), 10);

    expect(plan.queries).toHaveLength(2);
    expect(plan.queries.every((q) => q.limit === 44 && q.mustContain[0] === 'country|US')).toBe(true);
  });

  it('drives a focus query on its country, filtering the country items on focus within the budget', () => {
    const plan = planArticles([pair, country], timeRange(undefined, undefined), 10, undefined, true);

    expect(plan.driver).toEqual(country);
    expect(plan.queries).toHaveLength(4);
    expect(plan.queries.every((q) => q.focusOnly === true && q.limit === 44)).toBe(true);
    expect(plan.queries[0]?.mustContain).toEqual(['pair|CN-US']);
  });

  it('refuses a focus query without exactly one country filter', () => {
    expect(() => planArticles([pair], timeRange(undefined, undefined), 10, undefined, true)).toThrow(
      /exactly one country/,
    );
  });

  it('continues below the cursor position', () => {
    const plan = planArticles(
      [country],
      timeRange('2026-11-01', '2026-11-30'),
      5,
      '2026-11-20T00:00:00.000Z#x',
    );

    expect(plan.queries[0]?.upper).toBe('2026-11-20T00:00:00.000Z#x');
  });
});

const rowArb = fc.record({
  sk: fc
    .integer({ min: 0, max: 10_000 })
    .map((n) => `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T00:00:${String(n).padStart(5, '0')}#a`),
  co: fc.subarray(['country|US', 'topic|medtop:11000000', 'entity|person:x']),
});

describe('paging through shards', () => {
  it('returns every match exactly once, newest first, whatever the shard layout and page size', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.sk, maxLength: 120 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 15 }),
        fc.subarray([
          { kind: 'country' as const, value: 'US' },
          { kind: 'entity' as const, value: 'person:x' },
        ]),
        (rows, shards, limit, others) => {
          const shardRows = Array.from({ length: shards }, (_, s) => rows.filter((_, i) => i % shards === s));
          const filters = [{ kind: 'pair' as const, value: 'CN-US' }, ...others];
          const range = timeRange('2026-11-03', '2026-11-25');
          const expected = rows
            .filter((r) => r.sk >= range.lower && r.sk <= range.upper)
            .filter((r) => others.every((o) => r.co.includes(`${o.kind}|${o.value}`)))
            .map((r) => r.sk)
            .sort()
            .reverse();
          const seen: string[] = [];
          let before: string | undefined;
          for (let pageNo = 0; pageNo < 1000; pageNo++) {
            const plan = planArticles(filters, range, limit, before);
            const pages = shardRows.map((rs, s) =>
              queryShard(rs, { ...(plan.queries[0] as ShardQuery), partition: `${s}` }),
            );
            const page = mergeShardPages(pages, limit, before);
            expect(page.items.length).toBeLessThanOrEqual(limit);
            seen.push(...page.items.map((r) => r.sk));
            if (page.next === undefined) break;
            expect(before === undefined || page.next < before).toBe(true);
            before = page.next;
          }
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never hands out a cursor to an empty page when there is one filter', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (r) => r.sk, maxLength: 80 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 10 }),
        (rows, shards, limit) => {
          const shardRows = Array.from({ length: shards }, (_, s) => rows.filter((_, i) => i % shards === s));
          const range = timeRange(undefined, undefined);
          let before: string | undefined;
          for (let pageNo = 0; pageNo < 1000; pageNo++) {
            const plan = planArticles([pair], range, limit, before);
            const pages = shardRows.map((rs, s) =>
              queryShard(rs, { ...(plan.queries[0] as ShardQuery), partition: `${s}` }),
            );
            const page = mergeShardPages(pages, limit, before);
            if (before !== undefined) expect(page.items.length).toBeGreaterThan(0);
            if (page.next === undefined) break;
            before = page.next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fills a page from several shards in time order', () => {
    const a = { items: [{ sk: '2026-11-05' }, { sk: '2026-11-03' }] };
    const b = { items: [{ sk: '2026-11-04' }, { sk: '2026-11-02' }], lastEvaluated: '2026-11-02' };

    const page = mergeShardPages([a, b], 2);

    expect(page.items.map((i) => i.sk)).toEqual(['2026-11-05', '2026-11-04']);
    expect(page.next).toBe('2026-11-04');
  });
});
