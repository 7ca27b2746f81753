import { describe, expect, it } from 'vitest';
import { shortId } from '../../../functions/core/records/keys.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import type { ObjectRead, ObjectSource } from '../../../functions/ingest/ports.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

/** A bucket that dates each object by its upload, as S3's LastModified does, and gives no metadata. */
class DatedBucket implements ObjectSource {
  body = '';
  lastModified = '';
  async read(): Promise<ObjectRead> {
    return {
      kind: 'found',
      object: {
        bytes: Buffer.from(this.body),
        eTag: `"${this.lastModified}"`,
        lastModified: this.lastModified,
        metadata: {},
      },
    };
  }
}

describe('an article that gives no date of its own', () => {
  it('keeps the date it was first given when its feed is rewritten, and a new line takes the upload time', async () => {
    const bucket = new DatedBucket();
    const { deps, repository } = memoryPipeline({ objects: bucket });
    const key = 'feeds/daily.jsonl';
    const first = JSON.stringify({ id: 'a', body: 'Old story. country:SE' });
    const second = JSON.stringify({ id: 'b', body: 'New story. country:DK' });
    bucket.body = first;
    bucket.lastModified = '2026-11-29T08:00:00.000Z';
    await processEvent(deps, objectEvent('create', key, 1, bucket.lastModified));

    bucket.body = `${second}\n${first}`;
    bucket.lastModified = '2026-11-30T08:00:00.000Z';
    await processEvent(deps, objectEvent('create', key, 2, bucket.lastModified));

    const dates = Object.fromEntries(repository.snapshot().articles.map((a) => [a.aid, a.publishedAt]));
    expect(dates[shortId(`${key}#id=a`)]).toBe('2026-11-29T08:00:00.000Z');
    expect(dates[shortId(`${key}#id=b`)]).toBe('2026-11-30T08:00:00.000Z');
  });
});
