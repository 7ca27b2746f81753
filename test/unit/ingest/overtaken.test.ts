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
});
