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
    expect(repository.snapshot().articles.map((a) => a.tags)).toEqual([['country|IT']]);
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
