import type { S3Event, S3EventRecord } from 'aws-lambda';

/**
 * Turns the local S3 server's object events into the notifications S3 sends to SQS in AWS:
 * keys URL-encoded the way S3 encodes them (space as "+"), and sequencers that increase strictly per
 * key. The local server stamps events with the millisecond clock, so two writes in one millisecond
 * would otherwise look like one duplicated event and the second would be dropped.
 */
export function createNotificationMapper(now: () => number = Date.now): (event: S3Event) => S3Event {
  let lastMillis = 0;
  let counter = 0;
  const nextSequencer = (): string => {
    const millis = now();
    if (millis === lastMillis) counter++;
    else {
      lastMillis = Math.max(millis, lastMillis);
      counter = millis < lastMillis ? counter + 1 : 0;
    }
    return `${lastMillis.toString(16).toUpperCase().padStart(12, '0')}${counter.toString(16).toUpperCase().padStart(6, '0')}`;
  };
  return (event) => ({
    Records: event.Records.map(
      (r): S3EventRecord => ({
        ...r,
        s3: {
          ...r.s3,
          object: { ...r.s3.object, key: encodeS3Key(r.s3.object.key), sequencer: nextSequencer() },
        },
      }),
    ),
  });
}

/** S3's encoding of keys in event notifications: form-style, so a space is "+" and "/" stays. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}
