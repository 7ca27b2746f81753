import { describe, expect, it } from 'vitest';
import {
  classifyEvent,
  decodeS3Key,
  MalformedEventError,
  matchesFilter,
  parseObjectEvents,
  parseSqsBody,
} from '../../../functions/ingest/events.js';

const record = (eventName: string, key: string, extra: Record<string, unknown> = {}) => ({
  eventVersion: '2.1',
  eventSource: 'aws:s3',
  awsRegion: 'eu-west-1',
  eventTime: '2026-11-29T08:00:00.000Z',
  eventName,
  s3: {
    bucket: { name: 'articles' },
    object: { key, size: 10, eTag: 'abc', sequencer: '0062E99A88DC407460', ...extra },
  },
});

describe('S3 event parsing', () => {
  it('turns created and removed records into object events with decoded keys', () => {
    const events = parseObjectEvents({
      Records: [
        record('ObjectCreated:Put', 'news/caf%C3%A9+du+monde.txt'),
        record('ObjectRemoved:Delete', 'a%2Bb.txt'),
      ],
    });

    expect(events).toEqual([
      expect.objectContaining({
        action: 'create',
        key: 'news/café du monde.txt',
        eTag: 'abc',
        bucket: 'articles',
      }),
      expect.objectContaining({ action: 'remove', key: 'a+b.txt' }),
    ]);
    expect(events[0]?.sequencer).toMatch(/^0+62E99A88DC407460$/);
  });

  it.each(['ObjectCreated:Post', 'ObjectCreated:Copy', 'ObjectCreated:CompleteMultipartUpload'])(
    'treats %s as a create',
    (name) => {
      expect(parseObjectEvents({ Records: [record(name, 'k.txt')] })[0]?.action).toBe('create');
    },
  );

  it('ignores event names it does not handle, and the s3:TestEvent', () => {
    expect(parseObjectEvents({ Records: [record('ObjectRestore:Completed', 'k.txt')] })).toEqual([]);
    expect(parseObjectEvents({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'articles' })).toEqual(
      [],
    );
  });

  it('falls back to the event time when a record has no sequencer', () => {
    const [event] = parseObjectEvents({
      Records: [record('ObjectRemoved:Delete', 'k.txt', { sequencer: undefined })],
    });

    expect(event?.sequencer).toMatch(/^0+[0-9A-F]+$/);
  });

  it('reads EventBridge Object Created / Object Deleted events without decoding their keys', () => {
    const bridge = (type: string) => ({
      version: '0',
      source: 'aws.s3',
      'detail-type': type,
      time: '2026-11-29T08:00:00Z',
      detail: { bucket: { name: 'articles' }, object: { key: 'a+b%20c.txt', etag: 'e', sequencer: '0A' } },
    });

    expect(parseObjectEvents(bridge('Object Created'))).toEqual([
      expect.objectContaining({ action: 'create', key: 'a+b%20c.txt', eTag: 'e' }),
    ]);
    expect(parseObjectEvents(bridge('Object Deleted'))[0]?.action).toBe('remove');
  });

  it('rejects payloads that are none of the known shapes, naming what was expected', () => {
    expect(() => parseObjectEvents({ hello: 'world' })).toThrow(MalformedEventError);
    expect(() => parseSqsBody('{not json')).toThrow(/not JSON/);
  });

  it('tells an SQS batch from a direct invocation', () => {
    const sqs = { Records: [{ messageId: 'm1', body: '{}', eventSource: 'aws:sqs' }] };

    expect(classifyEvent(sqs).kind).toBe('sqs');
    expect(classifyEvent({ Records: [record('ObjectCreated:Put', 'k.txt')] }).kind).toBe('direct');
  });

  it('decodes plus signs as spaces and percent escapes as UTF-8', () => {
    expect(decodeS3Key('a+b%2Bc%E2%82%AC')).toBe('a b+c€');
  });

  it('applies prefix and suffix filters', () => {
    expect(matchesFilter('articles/x.txt', { prefix: 'articles/', suffix: '.txt' })).toBe(true);
    expect(matchesFilter('other/x.txt', { prefix: 'articles/', suffix: '' })).toBe(false);
    expect(matchesFilter('articles/x.pdf', { prefix: '', suffix: '.txt' })).toBe(false);
  });
});
