import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ObjectEvent } from '../../functions/ingest/events.js';
import { processEvent } from '../../functions/ingest/pipeline.js';
import type { MemoryRepository } from '../unit/ingest/support/memory-repository.js';
import { memoryPipeline, objectEvent } from '../unit/ingest/support/pipeline.js';

const TAG_SETS = [
  'country:FR country:DE pair:DE-FR',
  'country:FR topic:medtop:11000000 entity:person:ann-lee',
  'country:US topic:medtop:04000000 entity:person:ann-lee entity:org:acme',
  'country:US',
];

/** Text bodies for `.txt` keys; `.jsonl` bodies hold one to three lines with ids from a small pool. */
const txtBody = fc.constantFrom(...TAG_SETS).map((tags) => `Story. ${tags}`);
// Each text names its key and line: identical texts under two keys are copies of one story, whose
// ownership depends on arrival order (test/unit/ingest/duplicates.test.ts); here every article is its own.
const jsonlBody = (key: string) =>
  fc
    .uniqueArray(fc.tuple(fc.constantFrom('x', 'y', 'z'), fc.constantFrom(...TAG_SETS)), {
      minLength: 1,
      maxLength: 3,
      selector: ([id]) => id,
    })
    .map((lines) =>
      lines.map(([id, tags]) => JSON.stringify({ id, body: `${key} ${id}: ${tags}` })).join('\n'),
    );

const KEYS = ['a.txt', 'b.jsonl', 'c.jsonl'] as const;

type Write = { key: (typeof KEYS)[number]; body: string | null };

const writeArb: fc.Arbitrary<Write> = fc
  .constantFrom(...KEYS)
  .chain((key) =>
    fc
      .option(key.endsWith('.jsonl') ? jsonlBody(key) : txtBody, { nil: null, freq: 4 })
      .map((body) => ({ key, body })),
  );

interface Scenario {
  writes: Write[];
  /** How many times each write's event is delivered (duplicates). */
  copies: number[];
  /**
   * Drives the interleaving: each step either performs the next write (even values) or delivers one of
   * the events already written and not yet delivered (odd values pick which). A non-null crash makes that
   * delivery fail after so many repository writes, and the event goes back to the queue.
   */
  steps: { choice: number; crash: number | null }[];
}

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .array(writeArb, { minLength: 1, maxLength: 8 })
  .chain((writes) =>
    fc.record({
      writes: fc.constant(writes),
      copies: fc.array(fc.integer({ min: 1, max: 3 }), {
        minLength: writes.length,
        maxLength: writes.length,
      }),
      steps: fc.array(
        fc.record({
          choice: fc.nat({ max: 1_000 }),
          crash: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 2 }),
        }),
        { maxLength: writes.length * 8 },
      ),
    }),
  );

function eventOf(write: Write, index: number): ObjectEvent {
  const sequence = index + 1;
  return objectEvent(
    write.body === null ? 'remove' : 'create',
    write.key,
    sequence,
    write.body === null ? undefined : `etag-${sequence}`,
  );
}

function applyWrite(bucket: ReturnType<typeof memoryPipeline>['bucket'], write: Write, index: number) {
  if (write.body === null) bucket.objects.delete(write.key);
  else bucket.objects.set(write.key, { body: write.body, eTag: `etag-${index + 1}` });
}

/**
 * Everything a reader can see. Which S3 version an article record names (seq, ETag) is left out: an
 * identical re-upload is `unchanged` and keeps the record of the first upload of that content. So is
 * the record's `unchanged` mark (whether the last version re-tagged it: history that `newstag ingest`
 * prints, not served by the API).
 */
function observable(repository: MemoryRepository) {
  const snapshot = repository.snapshot();
  return {
    ...snapshot,
    articles: snapshot.articles.map(({ seq: _s, eTag: _e, versionId: _v, unchanged: _n, ...rest }) => rest),
    objects: [...repository.objects.values()]
      .map(({ updatedAt: _u, ...rest }) => rest)
      .sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Runs the scenario: writes to the bucket interleaved with (duplicated, reordered, interrupted) deliveries. */
async function runScenario({ writes, copies, steps }: Scenario) {
  const actual = memoryPipeline();
  const pending: number[] = [];
  let written = 0;
  const deliver = async (index: number, crash: number | null) => {
    actual.repository.failAfter =
      crash === null ? Number.POSITIVE_INFINITY : actual.repository.writes + crash;
    try {
      await processEvent(actual.deps, eventOf(writes[index] as Write, index));
    } catch (error) {
      if ((error as Error).name !== 'SimulatedCrash') throw error;
      pending.push(index); // SQS redelivers it later
    } finally {
      actual.repository.failAfter = Number.POSITIVE_INFINITY;
    }
  };
  const write = () => {
    applyWrite(actual.bucket, writes[written] as Write, written);
    for (let c = 0; c < (copies[written] ?? 1); c++) pending.push(written);
    written++;
  };
  for (const step of steps) {
    if (written < writes.length && (step.choice % 2 === 0 || pending.length === 0)) write();
    else if (pending.length > 0) {
      const [index] = pending.splice(Math.floor(step.choice / 2) % pending.length, 1);
      await deliver(index as number, step.crash);
    }
  }
  while (written < writes.length) write();
  // Drain without further crashes: a redelivered message eventually gets a clean run.
  while (pending.length > 0) await deliver(pending.shift() as number, null);
  return actual.repository;
}

/** The state implied by the last event per key alone, applied to an empty table. */
async function expectedState(writes: Write[]) {
  const expected = memoryPipeline();
  for (const [i, write] of writes.entries()) applyWrite(expected.bucket, write, i);
  for (const [i, write] of writes.entries()) {
    if (writes.slice(i + 1).some((later) => later.key === write.key)) continue;
    await processEvent(expected.deps, eventOf(write, i));
  }
  return expected.repository;
}

describe('ingest ordering (property)', () => {
  it('ends, for any interleaving of duplicated, reordered and interrupted events, in the state the last event per key implies', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async (scenario) => {
        const actual = await runScenario(scenario);

        const expected = await expectedState(scenario.writes);

        expect(observable(actual)).toEqual(observable(expected));
      }),
      { numRuns: 400 },
    );
  });
});
