import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import type { ObjectRead, TagRepository } from '../../../functions/ingest/ports.js';
import type { MemoryRepository } from './support/memory-repository.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';
import { scheduledRepository } from './support/scheduled-repository.js';

const TAG_SETS = ['country:FR country:DE pair:DE-FR', 'country:US entity:person:ann-lee', 'country:IT'];
const KEY = 'feed.jsonl';
const PUBLISHED = { 'published-at': '2026-11-10T06:00:00Z' };

/** A `.jsonl` body of one to three lines with ids from a small pool, or null for a delete. */
const versionArb = fc.option(
  fc
    .uniqueArray(fc.tuple(fc.constantFrom('x', 'y', 'z'), fc.constantFrom(...TAG_SETS)), {
      minLength: 1,
      maxLength: 3,
      selector: ([id]) => id,
    })
    // Each line's text is its own (the id is in it): identical texts are copies, a story of their own
    // (test/unit/ingest/duplicates.test.ts), and here each line is one article.
    .map((lines) => lines.map(([id, tags]) => JSON.stringify({ id, body: `${id}: ${tags}` })).join('\n')),
  { nil: null, freq: 4 },
);

/** Each repository call lands in any order (support/scheduled-repository.ts) and is recorded, to explain a failure. */
function scheduled(repository: MemoryRepository, s: fc.Scheduler, trace: string[]): TagRepository {
  return scheduledRepository(repository, s, (method, args, out) => {
    const first = args[0] as { pk?: string; seq?: string; state?: string; tags?: string[] } | string;
    const what =
      typeof first === 'object' && first?.seq !== undefined
        ? `${first.pk} seq=${Number.parseInt(first.seq, 16)} ${first.state} ${first.tags?.join(',') ?? ''}`
        : JSON.stringify(first)?.slice(0, 100);
    trace.push(`${method} ${what} => ${JSON.stringify(out)?.slice(0, 60)}`);
  });
}

/** The event of version `i` (sequencer i + 1), and an object source that returns that version. */
function attempt(body: string | null, i: number) {
  const eTag = `e${i + 1}`;
  const event = objectEvent(body === null ? 'remove' : 'create', KEY, i + 1, body ? eTag : undefined);
  const read = async (): Promise<ObjectRead> =>
    body === null
      ? { kind: 'missing' }
      : { kind: 'found', object: { bytes: Buffer.from(body), eTag: `"${eTag}"`, metadata: PUBLISHED } };
  return { event, objects: { read } };
}

function observable(repository: MemoryRepository) {
  const { articles, index, counts } = repository.snapshot();
  return { articles: articles.map((a) => `${a.articleId} ${a.tags.join(' ')}`), index, counts };
}

describe('concurrent attempts of one key (property)', () => {
  it('end, whatever the interleaving of their reads and writes (and a duplicate delivery), in the state the newest event implies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(versionArb, { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        fc.scheduler(),
        async (versions, duplicateNewest, s) => {
          const actual = memoryPipeline();
          const trace: string[] = [];
          const repository = scheduled(actual.repository, s, trace);
          // Each attempt read its own version of the object (its read came before the next write), and
          // all of them run at once, as several Lambdas would.
          const newest = versions.length - 1;
          const deliveries = [...versions.keys(), ...(duplicateNewest ? [newest] : [])];
          const runs = deliveries.map((i) => {
            const { event, objects } = attempt(versions[i] ?? null, i);
            return processEvent({ ...actual.deps, repository, objects }, event);
          });
          await s.waitFor(Promise.all(runs));

          const expected = memoryPipeline();
          const last = attempt(versions[newest] ?? null, newest);
          if (versions[newest] !== null) {
            await processEvent({ ...expected.deps, objects: last.objects }, last.event);
          }
          try {
            expect(observable(actual.repository)).toEqual(observable(expected.repository));
          } catch (error) {
            throw new Error(`${(error as Error).message}\nrepository calls:\n${trace.join('\n')}`);
          }
        },
      ),
      { numRuns: Number(process.env.CONCURRENT_RUNS ?? 200) },
    );
  }, 600_000);
});
