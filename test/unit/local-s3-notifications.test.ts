import type { S3Event } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createNotificationMapper, encodeS3Key } from '../../functions/local/s3-notifications.js';

const eventFor = (key: string, sequencer: string): S3Event =>
  ({
    Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'b' }, object: { key, sequencer } } }],
  }) as unknown as S3Event;

describe('local S3 notifications', () => {
  it('encodes keys as S3 does in notifications: spaces as plus, slashes kept', () => {
    expect(encodeS3Key('news/2026 11/trade talks+tariffs.txt')).toBe(
      'news/2026+11/trade+talks%2Btariffs.txt',
    );
  });

  it('gives two events in the same millisecond strictly increasing sequencers', () => {
    const map = createNotificationMapper(() => 1_700_000_000_000);
    const first = map(eventFor('a.txt', '18BF')).Records[0]!.s3.object.sequencer;
    const second = map(eventFor('a.txt', '18BF')).Records[0]!.s3.object.sequencer;
    expect(second > first).toBe(true);
    expect(second.length).toBe(first.length);
  });

  it('keeps sequencers increasing when the clock steps back', () => {
    let t = 2_000;
    const map = createNotificationMapper(() => t);
    const first = map(eventFor('a.txt', 'x')).Records[0]!.s3.object.sequencer;
    t = 1_000;
    const second = map(eventFor('a.txt', 'x')).Records[0]!.s3.object.sequencer;
    expect(second > first).toBe(true);
  });
});
