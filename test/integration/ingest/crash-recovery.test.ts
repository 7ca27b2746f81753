import { describe, expect, it } from 'vitest';
import { shortId } from '../../../functions/core/records/keys.js';
import type { TagRepository } from '../../../functions/ingest/ports.js';
import { ingestHarness, scanAll, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();

/**
 * Makes the n-th write of the repository fail: either before it reaches the table, or after it was
 * applied (the answer is lost, as in a timeout), which is the harder case for idempotence.
 */
function crashAt(n: number, mode: 'before' | 'after') {
  return (repository: TagRepository): TagRepository => {
    let writes = 0;
    return new Proxy(repository, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || String(property).startsWith('get')) return value;
        return async (...args: unknown[]) => {
          writes += 1;
          const call = writes; // writes of one article run side by side
          if (call === n && mode === 'before') throw new Error(`crash before write ${n}`);
          const result = await value.apply(target, args);
          if (call === n && mode === 'after') throw new Error(`crash after write ${n}`);
          return result;
        };
      },
    });
  };
}

const upload = (key: string, body: string) =>
  stack.upload(key, body, { Metadata: { 'published-at': '2026-11-10T09:00:00Z' } });

async function stateOf(aid: string) {
  const all = await scanAll(stack.servers);
  return {
    // A removed article leaves only a tombstone (state DELETED), which no reader sees.
    record: all.find((i) => i.pk === `A#${aid}` && i.state !== 'DELETED'),
    index: all
      .filter((i) => String(i.pk).startsWith('I#') && String(i.sk).endsWith(`#${aid}`))
      .map((i) => String(i.pk).replace(/#\d+$/, '')),
    counts: all
      .filter((i) => i.recordType === 'count' && (i.m as Set<string> | undefined)?.has(aid))
      .map((i) => `${String(i.pk).replace(/#\d+$/, '')}=${i.n}`),
  };
}

describe('a failure half-way through an article, then redelivery', () => {
  // Writes of one overwrite: object PENDING, article PENDING, index batch, 4 count changes, catalog,
  // article APPLIED, object APPLIED: failing at each of them covers every step.
  const points = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it.each(points.flatMap((n) => [[n, 'before'] as const, [n, 'after'] as const]))(
    'converges to the overwrite, with exact counts, when write %i fails %s it is applied',
    async (n, mode) => {
      const key = `crash/${n}-${mode}.txt`;
      const aid = shortId(key);
      // Tag values of their own, so the count shards hold this article alone.
      const id = `${n}${mode}`;
      await ingestHarness(stack.servers).handler(
        sqsBatch(await upload(key, `V1. country:K${id} country:T${id} entity:person:ruto-${id}`)),
      );
      const second = await upload(key, `V2. country:K${id} country:U${id} entity:person:museveni-${id}`);

      const failed = await ingestHarness(stack.servers, { wrapRepository: crashAt(n, mode) }).handler(
        sqsBatch(second),
      );
      const redelivered = await ingestHarness(stack.servers).handler(sqsBatch(second));

      expect((failed as { batchItemFailures: unknown[] }).batchItemFailures).toHaveLength(1);
      expect(redelivered).toEqual({ batchItemFailures: [] });
      const state = await stateOf(aid);
      expect(state.record).toMatchObject({ state: 'APPLIED', status: 'TAGGED' });
      expect(state.record?.stale).toBeUndefined();
      expect(state.index.sort()).toEqual([
        `I#country#K${id}`,
        `I#country#U${id}`,
        `I#entity#person:museveni-${id}`,
      ]);
      expect(state.counts.sort()).toEqual([
        `C#country#K${id}=1`,
        `C#country#U${id}=1`,
        `C#entity#person:museveni-${id}=1`,
        // K, the country V2 is about, also counted as its focus.
        `C#focus#K${id}=1`,
      ]);
      const all = await scanAll(stack.servers);
      const leftovers = all.filter(
        (i) => String(i.pk).includes(`T${id}`) || String(i.pk).includes(`ruto-${id}#`),
      );
      expect(leftovers).toEqual([]);
    },
  );
});
