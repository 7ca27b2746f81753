/** The part of an S3 event notification this mapping touches; the rest passes through unchanged. */
interface ObjectEvent {
  Records: { s3: { object: { key: string; sequencer?: string } } }[];
}

/**
 * Turns the local S3 server's object events into the notifications S3 sends in AWS: keys URL-encoded
 * the way S3 encodes them (space as "+"), and sequencers that increase strictly. The local server
 * stamps events with the millisecond clock, so two writes of a key in one millisecond would otherwise
 * look like one duplicated event and the second would be dropped.
 */
export function createNotificationMapper(
  now: () => number = Date.now,
): <E extends ObjectEvent>(event: E) => E {
  let lastMillis = 0;
  let counter = 0;
  const nextSequencer = (): string => {
    const millis = now();
    if (millis > lastMillis) {
      lastMillis = millis;
      counter = 0;
    } else counter++;
    return `${lastMillis.toString(16).toUpperCase().padStart(12, '0')}${counter.toString(16).toUpperCase().padStart(6, '0')}`;
  };
  return (event) => ({
    ...event,
    Records: event.Records.map((r) => ({
      ...r,
      s3: {
        ...r.s3,
        object: { ...r.s3.object, key: encodeS3Key(r.s3.object.key), sequencer: nextSequencer() },
      },
    })),
  });
}

/** S3's encoding of keys in event notifications: form-style, so a space is "+" and "/" stays. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}
