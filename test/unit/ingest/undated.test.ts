import { describe, expect, it } from 'vitest';
import { shortId } from '../../../functions/core/records/keys.js';
import { tagArticle } from '../../../functions/core/tag.js';
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

  // An archive of wire copy uploaded in one go: "this week" must not hold last month's stories (review32 D4).
  it('is dated by its dateline day when uploaded days after it, and by the upload when sent that day', async () => {
    const bucket = new DatedBucket();
    const { deps, repository } = memoryPipeline({ objects: bucket, tag: tagArticle });
    const story = (city: string) =>
      JSON.stringify({
        id: city,
        body: `${city}, Nov 14 (Reuters) - Ministers met on Friday to discuss trade.`,
      });
    bucket.body = `${story('LONDON')}\n`;
    bucket.lastModified = '2026-11-20T08:00:00.000Z';
    await processEvent(deps, objectEvent('create', 'archive/a.jsonl', 1, bucket.lastModified));
    bucket.body = `${story('PARIS')}\n`;
    bucket.lastModified = '2026-11-14T17:30:00.000Z';
    await processEvent(deps, objectEvent('create', 'live/b.jsonl', 2, bucket.lastModified));

    const dates = Object.fromEntries(repository.snapshot().articles.map((a) => [a.aid, a.publishedAt]));
    expect(dates[shortId('archive/a.jsonl#id=LONDON')]).toBe('2026-11-14T00:00:00.000Z');
    expect(dates[shortId('live/b.jsonl#id=PARIS')]).toBe('2026-11-14T17:30:00.000Z');
  });
});
