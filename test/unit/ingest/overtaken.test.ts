import { describe, expect, it } from 'vitest';
import type { CountChange } from '../../../functions/core/records/diff.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

describe('an event overtaken half-way by a newer event of the same key (two concurrent invocations)', () => {
  it('leaves exactly the newer version: the overtaken one cleans up what it wrote after being overtaken', async () => {
    const { deps, repository, bucket } = memoryPipeline();
    const key = 'race.txt';
    bucket.objects.set(key, { body: 'Old. country:FR country:DE entity:person:ann-lee', eTag: 'e1' });
    const older = objectEvent('create', key, 1, 'e1');
    const newer = objectEvent('create', key, 2, 'e2');
    let overtaken = false;
    // One count update of the older invocation is slow in flight: it lands after the newer invocation,
    // which started meanwhile, has finished.
    const addMember = repository.addMember.bind(repository);
    repository.addMember = async (change: CountChange) => {
      if (!overtaken) {
        overtaken = true;
        bucket.objects.set(key, { body: 'New. country:IT', eTag: 'e2' });
        await processEvent(deps, newer);
      }
      return addMember(change);
    };

    await processEvent(deps, older);

    const expected = memoryPipeline();
    expected.bucket.objects.set(key, { body: 'New. country:IT', eTag: 'e2' });
    await processEvent(expected.deps, newer);
    expect(repository.snapshot().index).toEqual(expected.repository.snapshot().index);
    expect(repository.snapshot().counts).toEqual(expected.repository.snapshot().counts);
    expect(repository.snapshot().articles.map((a) => a.tags)).toEqual([['country|IT', 'focus|IT']]);
  });

  it.each([
    ['an overwrite that drops a tag', 'create'],
    ['a delete', 'remove'],
  ] as const)(
    'restores what the newer version wants when a late removal of %s lands after it',
    async (_name, action) => {
      const { deps, repository, bucket } = memoryPipeline();
      const key = 'race-2.txt';
      bucket.objects.set(key, { body: 'V1. country:FR country:DE', eTag: 'e1' });
      await processEvent(deps, objectEvent('create', key, 1, 'e1'));
      if (action === 'create') bucket.objects.set(key, { body: 'V2. country:FR', eTag: 'e2' });
      else bucket.objects.delete(key);
      const middle = objectEvent(action, key, 2, action === 'create' ? 'e2' : undefined);
      const newest = objectEvent('create', key, 3, 'e3');
      let overtaken = false;
      // The middle attempt's removal of DE is slow in flight and lands after the newest attempt re-added DE.
      const removeMember = repository.removeMember.bind(repository);
      repository.removeMember = async (change: CountChange) => {
        if (!overtaken && change.ref.value === 'DE') {
          overtaken = true;
          bucket.objects.set(key, { body: 'V3. country:DE country:IT', eTag: 'e3' });
          await processEvent(deps, newest);
        }
        return removeMember(change);
      };

      await processEvent(deps, middle);

      const expected = memoryPipeline();
      expected.bucket.objects.set(key, { body: 'V3. country:DE country:IT', eTag: 'e3' });
      await processEvent(expected.deps, newest);
      expect(overtaken).toBe(true);
      expect(repository.snapshot().counts).toEqual(expected.repository.snapshot().counts);
      expect(repository.snapshot().index).toEqual(expected.repository.snapshot().index);
    },
  );
});

/** Lines of a `.jsonl` object: `[id, body]` pairs. */
const jsonl = (...lines: [string, string][]) =>
  lines.map(([id, body]) => JSON.stringify({ id, body })).join('\n');

/** The state a reader sees after only `event` was applied to an empty table with `body` in the bucket. */
async function stateOfOnly(key: string, body: string | undefined, event: ReturnType<typeof objectEvent>) {
  const expected = memoryPipeline();
  if (body !== undefined) expected.bucket.objects.set(key, { body, eTag: event.eTag ?? 'none' });
  await processEvent(expected.deps, event);
  return observable(expected.repository);
}

function observable(repository: ReturnType<typeof memoryPipeline>['repository']) {
  const { articles, index, counts } = repository.snapshot();
  return { articles: articles.map((a) => `${a.articleId} ${a.tags.join(' ')}`), index, counts };
}

describe('an article the newer version removes, written late by an older concurrent attempt', () => {
  it.each([
    ['a .jsonl overwrite that drops the line', 'drop'],
    ['a delete of the object', 'delete'],
  ] as const)(
    'stays removed after %s (the late write is refused, nothing is left behind)',
    async (_n, how) => {
      const { deps, repository, bucket } = memoryPipeline();
      const key = 'feed.jsonl';
      const v1 = jsonl(['keep', 'Kept. country:FR'], ['gone', 'Dropped. country:DE entity:person:ann-lee']);
      const v2 = jsonl(['keep', 'Kept. country:FR']);
      bucket.objects.set(key, { body: v1, eTag: 'e1' });
      const older = objectEvent('create', key, 1, 'e1');
      const newer = how === 'drop' ? objectEvent('create', key, 2, 'e2') : objectEvent('remove', key, 2);
      let newerRan = false;
      // The older attempt has read the object and tagged line "gone"; its first write of that article is
      // slow in flight and lands after the newer attempt has finished.
      const advanceArticle = repository.advanceArticle.bind(repository);
      repository.advanceArticle = async (item, expected) => {
        if (!newerRan && item.articleId === 'gone') {
          newerRan = true;
          if (how === 'drop') bucket.objects.set(key, { body: v2, eTag: 'e2' });
          else bucket.objects.delete(key);
          expect(await processEvent(deps, newer)).toBe(how === 'drop' ? 'tagged' : 'deleted');
        }
        return advanceArticle(item, expected);
      };

      await processEvent(deps, older);

      expect(newerRan).toBe(true);
      expect(observable(repository)).toEqual(await stateOfOnly(key, how === 'drop' ? v2 : undefined, newer));
    },
  );

  it('stays removed when the newer attempt read the object record before the older one opened it', async () => {
    const { deps, repository, bucket } = memoryPipeline();
    const key = 'feed-2.jsonl';
    const v1 = jsonl(['keep', 'Kept. country:FR'], ['gone', 'Dropped. country:DE']);
    const v2 = jsonl(['keep', 'Kept. country:IT']);
    bucket.objects.set(key, { body: v1, eTag: 'e1' });
    const older = objectEvent('create', key, 1, 'e1');
    const newer = objectEvent('create', key, 2, 'e2');
    // Both attempts read "no object record"; the older one then opens the ledger, and only after that
    // the newer one's write of the ledger lands.
    let newerRun: Promise<unknown> | undefined;
    let newerReady: () => void = () => {};
    const newerAtLedger = new Promise<void>((resolve) => {
      newerReady = resolve;
    });
    let releaseNewer: () => void = () => {};
    const newerMayWrite = new Promise<void>((resolve) => {
      releaseNewer = resolve;
    });
    const advanceObjectRecord = repository.advanceObjectRecord.bind(repository);
    repository.advanceObjectRecord = async (item, expectedSeq) => {
      if (item.seq === older.sequencer && !newerRun) {
        bucket.objects.set(key, { body: v2, eTag: 'e2' });
        newerRun = processEvent(deps, newer);
        await newerAtLedger;
        const opened = await advanceObjectRecord(item, expectedSeq);
        releaseNewer();
        return opened;
      }
      if (item.seq === newer.sequencer && newerRun) {
        newerReady();
        await newerMayWrite;
      }
      return advanceObjectRecord(item, expectedSeq);
    };
    // The older attempt read v1 before the overwrite.
    const read = bucket.read.bind(bucket);
    let firstRead = true;
    bucket.read = async (name, objectKey) => {
      if (!firstRead) return read(name, objectKey);
      firstRead = false;
      return { kind: 'found', object: { bytes: Buffer.from(v1), eTag: '"e1"', metadata: {} } };
    };

    await processEvent(deps, older);
    await newerRun;

    expect(observable(repository)).toEqual(await stateOfOnly(key, v2, newer));
  });
});
