import { describe, expect, it } from 'vitest';
import { shortId } from '../../../functions/core/records/keys.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import { countsOf, duplicateViolations, listedAids } from './support/duplicates.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

const STORY = 'Copper climbs on Chilean strike. country:CL country:PE pair:CL-PE entity:person:ana-ruiz';
const UPDATED = 'Copper climbs as Chilean strike spreads. country:CL entity:person:ana-ruiz';
/** The story's counts: its tags, and Chile as the country it is about (`focus`). */
const STORY_COUNTS = [
  'C#country#CL=1',
  'C#country#PE=1',
  'C#entity#person:ana-ruiz=1',
  'C#focus#CL=1',
  'C#pair#CL-PE=1',
];

/** A memory pipeline with a bucket and helpers that change an object and deliver its event. */
function pipeline() {
  const { deps, repository, bucket } = memoryPipeline();
  let sequence = 0;
  const events: Record<string, ReturnType<typeof objectEvent>> = {};
  return {
    deps,
    repository,
    async put(key: string, body: string) {
      sequence += 1;
      bucket.objects.set(key, { body, eTag: `e${sequence}` });
      events[key] = objectEvent('create', key, sequence, `e${sequence}`);
      return processEvent(deps, events[key]);
    },
    async remove(key: string) {
      sequence += 1;
      bucket.objects.delete(key);
      events[key] = objectEvent('remove', key, sequence);
      return processEvent(deps, events[key]);
    },
    /** The last event of a key again, as SQS redelivers it after a failure. */
    redeliver: (key: string) => processEvent(deps, events[key] as ReturnType<typeof objectEvent>),
  };
}

const [ONE, COPY, THIRD] = ['one.txt', 'one-copy.txt', 'wire/one.txt'];

describe('the same story under two keys', () => {
  it('is listed and counted once, under the key that came first; the copy points at it', async () => {
    const p = pipeline();

    await p.put(ONE, STORY);
    await p.put(COPY, STORY);

    expect(listedAids(p.repository)).toEqual([shortId(ONE)]);
    expect(countsOf(p.repository)).toEqual(STORY_COUNTS);
    expect(p.repository.articles.get(shortId(COPY))).toMatchObject({
      status: 'TAGGED',
      duplicateOf: shortId(ONE),
      tags: [],
    });
    expect([...p.repository.entities.values()].map((e) => e.articleCount)).toEqual([1]);
    expect(duplicateViolations(p.repository)).toEqual([]);
  });

  it('stays listed once when its owner is deleted: the copy takes over, counts stay 1', async () => {
    const p = pipeline();
    await p.put(ONE, STORY);
    await p.put(COPY, STORY);

    await p.remove(ONE);

    expect(listedAids(p.repository)).toEqual([shortId(COPY)]);
    expect(countsOf(p.repository)).toEqual(STORY_COUNTS);
    expect(p.repository.articles.get(shortId(COPY))).not.toHaveProperty('duplicateOf');
    expect([...p.repository.entities.values()].map((e) => e.articleCount)).toEqual([1]);
    expect(duplicateViolations(p.repository)).toEqual([]);
  });

  it('is gone, claim and counts included, once every copy is deleted', async () => {
    const p = pipeline();
    await p.put(ONE, STORY);
    await p.put(COPY, STORY);

    await p.remove(ONE);
    await p.remove(COPY);

    expect(listedAids(p.repository)).toEqual([]);
    expect(countsOf(p.repository)).toEqual([]);
    expect(p.repository.claims.size).toBe(0);
  });

  it('hands over when the owner is overwritten with other text, and the new text is listed on its own', async () => {
    const p = pipeline();
    await p.put(ONE, STORY);
    await p.put(COPY, STORY);

    await p.put(ONE, UPDATED);

    expect(listedAids(p.repository)).toEqual([shortId(COPY), shortId(ONE)].sort());
    // The two texts fall on different days here (the test bucket dates an object by its length).
    expect(countsOf(p.repository)).toEqual([
      'C#country#CL=1',
      'C#country#CL=1',
      'C#country#PE=1',
      'C#entity#person:ana-ruiz=1',
      'C#entity#person:ana-ruiz=1',
      'C#focus#CL=1',
      'C#focus#CL=1',
      'C#pair#CL-PE=1',
    ]);
    expect(duplicateViolations(p.repository)).toEqual([]);
  });

  it('hands over when the owner now fails to tag, and a copy overwritten with the same text stays a copy', async () => {
    const p = pipeline();
    await p.put(ONE, STORY);
    await p.put(COPY, STORY);
    await p.put(THIRD, STORY);

    await p.put(ONE, 'tagger:explode');
    await p.put(THIRD, STORY.replace('climbs', 'climbs'));

    expect(p.repository.articles.get(shortId(ONE))).toMatchObject({ status: 'FAILED' });
    expect(listedAids(p.repository)).toHaveLength(1);
    expect(countsOf(p.repository)).toEqual(STORY_COUNTS);
    expect(duplicateViolations(p.repository)).toEqual([]);
  });

  it('keeps a copy in a .jsonl feed a copy: one line listed for two lines of one text', async () => {
    const p = pipeline();
    const line = (id: string) => JSON.stringify({ id, body: STORY });

    await p.put('feed.jsonl', `${line('a')}\n${line('b')}`);

    expect(listedAids(p.repository)).toHaveLength(1);
    expect(countsOf(p.repository)).toEqual(STORY_COUNTS);
    expect(duplicateViolations(p.repository)).toEqual([]);
  });
});

describe('a crash while the owner leaves, then redelivery', () => {
  it('converges at every write of the delete: the copy is listed once, no promotion left marked', async () => {
    for (let crashAfter = 0; ; crashAfter++) {
      const p = pipeline();
      await p.put(ONE, STORY);
      await p.put(COPY, STORY);
      p.repository.failAfter = p.repository.writes + crashAfter;
      const crashed = await p.remove(ONE).then(
        () => false,
        (error: Error) => error.name === 'SimulatedCrash',
      );
      p.repository.failAfter = Number.POSITIVE_INFINITY;
      if (!crashed) break; // every write of the delete has been a crash point

      await p.redeliver(ONE);

      expect(listedAids(p.repository), `crash after ${crashAfter} writes`).toEqual([shortId(COPY)]);
      expect(countsOf(p.repository)).toEqual(STORY_COUNTS);
      expect(duplicateViolations(p.repository), `crash after ${crashAfter} writes`).toEqual([]);
    }
  });

  it('converges when the crash falls between the hand-over and the promotion', async () => {
    const p = pipeline();
    await p.put(ONE, STORY);
    await p.put(COPY, STORY);
    const handOver = p.repository.handOver.bind(p.repository);
    p.repository.handOver = async (...args) => {
      await handOver(...args);
      throw Object.assign(new Error('crash after the hand-over'), { name: 'SimulatedCrash' });
    };

    await expect(p.remove(ONE)).rejects.toThrow('crash after the hand-over');
    p.repository.handOver = handOver;
    const between = {
      listed: listedAids(p.repository),
      claim: structuredClone([...p.repository.claims.values()][0]),
    };
    await p.redeliver(ONE);

    expect(between.listed).toEqual([]);
    expect(between.claim?.promoting).toBe(shortId(COPY));
    expect(listedAids(p.repository)).toEqual([shortId(COPY)]);
    expect(countsOf(p.repository)).toEqual(STORY_COUNTS);
    expect(duplicateViolations(p.repository)).toEqual([]);
  });

  it('converges at every write of a copy arriving, too', async () => {
    for (let crashAfter = 0; ; crashAfter++) {
      const p = pipeline();
      await p.put(ONE, STORY);
      p.repository.failAfter = p.repository.writes + crashAfter;
      const crashed = await p.put(COPY, STORY).then(
        () => false,
        (error: Error) => error.name === 'SimulatedCrash',
      );
      p.repository.failAfter = Number.POSITIVE_INFINITY;
      if (!crashed) break;

      await p.redeliver(COPY);

      expect(listedAids(p.repository)).toEqual([shortId(ONE)]);
      expect(duplicateViolations(p.repository), `crash after ${crashAfter} writes`).toEqual([]);
    }
  });
});
