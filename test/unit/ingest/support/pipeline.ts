import { normalizeSequencer } from '../../../../functions/core/records/sequencer.js';
import type { ObjectEvent } from '../../../../functions/ingest/events.js';
import type { PipelineDeps } from '../../../../functions/ingest/pipeline.js';
import type { ObjectRead, ObjectSource } from '../../../../functions/ingest/ports.js';
import { fakeTag } from '../../../integration/support/fake-tagger.js';
import { MemoryRepository } from './memory-repository.js';

/** A bucket whose objects tests set directly; `read` returns the current content, like S3. */
export class MemoryBucket implements ObjectSource {
  readonly objects = new Map<string, { body: string; eTag: string }>();
  async read(_bucket: string, key: string): Promise<ObjectRead> {
    const object = this.objects.get(key);
    if (!object) return { kind: 'missing' };
    return {
      kind: 'found',
      object: {
        bytes: Buffer.from(object.body),
        eTag: `"${object.eTag}"`,
        // Publication time follows the content, so an identical re-upload means the identical article.
        metadata: {
          'published-at': `2026-11-${String(1 + (object.body.length % 28)).padStart(2, '0')}T06:00:00Z`,
        },
      },
    };
  }
}

export function memoryPipeline(overrides: Partial<PipelineDeps> = {}) {
  const repository = new MemoryRepository();
  const bucket = new MemoryBucket();
  const deps: PipelineDeps = {
    repository,
    objects: bucket,
    tag: fakeTag,
    taggerVersion: 'test-1',
    limits: { maxDecompressedBytes: 1_000_000, maxArticlesPerObject: 100 },
    articleConcurrency: 2,
    now: () => '2026-11-29T12:00:00.000Z',
    ...overrides,
  };
  return { deps, repository, bucket };
}

export function objectEvent(
  action: ObjectEvent['action'],
  key: string,
  sequence: number,
  eTag?: string,
): ObjectEvent {
  return {
    action,
    bucket: 'articles',
    key,
    sequencer: normalizeSequencer(sequence.toString(16)),
    eventTime: new Date(Date.UTC(2026, 10, 29, 8, 0, sequence)).toISOString(),
    ...(eTag ? { eTag } : {}),
  };
}
