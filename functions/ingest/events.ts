import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { normalizeSequencer, sequencerFromTime } from '../core/records/sequencer.js';

/** One object change, whatever envelope it came in. Keys are decoded; the sequencer is normalised. */
export interface ObjectEvent {
  readonly action: 'create' | 'remove';
  readonly bucket: string;
  readonly key: string;
  readonly sequencer: string;
  readonly eventTime: string;
  readonly eTag?: string;
  readonly versionId?: string;
  readonly size?: number;
  /** Set by reprocessing only: re-tag even if the content and tagger version are unchanged. */
  readonly retag?: boolean;
}

/** An ETag without the quotes S3 writes around it in object metadata (events give it bare). */
export function unquoteETag(eTag: string): string {
  return eTag.replace(/^"|"$/g, '');
}

// zod/mini keeps classic zod out of the ingest bundle; English messages, as classic zod gives.
z.config(en());

const S3RecordSchema = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string(),
  eventTime: z.iso.datetime({ offset: true }),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.number().check(z.int(), z.nonnegative())),
      eTag: z.optional(z.string()),
      versionId: z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});

const S3NotificationSchema = z.object({ Records: z.array(S3RecordSchema) });

/** Sent once when a notification configuration is saved; carries no object. */
const S3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') });

const EventBridgeS3Schema = z.object({
  source: z.literal('aws.s3'),
  'detail-type': z.enum(['Object Created', 'Object Deleted']),
  time: z.iso.datetime({ offset: true }),
  detail: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({
      key: z.string().check(z.minLength(1)),
      size: z.optional(z.number().check(z.int(), z.nonnegative())),
      etag: z.optional(z.string()),
      'version-id': z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});

const SqsRecordSchema = z.object({
  messageId: z.string().check(z.minLength(1)),
  body: z.string(),
  eventSource: z.literal('aws:sqs'),
});
export const SqsEventSchema = z.object({ Records: z.array(SqsRecordSchema).check(z.minLength(1)) });
export type SqsEvent = z.infer<typeof SqsEventSchema>;

const CREATED = /^ObjectCreated:(Put|Post|Copy|CompleteMultipartUpload)$/;
const REMOVED = /^ObjectRemoved:/;

/** S3 notification keys are URL-encoded with `+` for spaces; EventBridge keys are not encoded. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

function fromS3Record(record: z.infer<typeof S3RecordSchema>): ObjectEvent | undefined {
  const action = CREATED.test(record.eventName)
    ? 'create'
    : REMOVED.test(record.eventName)
      ? 'remove'
      : undefined;
  if (!action) return undefined;
  const { object } = record.s3;
  return {
    action,
    bucket: record.s3.bucket.name,
    key: decodeS3Key(object.key),
    sequencer: object.sequencer ? normalizeSequencer(object.sequencer) : sequencerFromTime(record.eventTime),
    eventTime: new Date(record.eventTime).toISOString(),
    ...(object.eTag ? { eTag: object.eTag } : {}),
    ...(object.versionId ? { versionId: object.versionId } : {}),
    ...(object.size !== undefined ? { size: object.size } : {}),
  };
}

function fromEventBridge(event: z.infer<typeof EventBridgeS3Schema>): ObjectEvent {
  const { object } = event.detail;
  return {
    action: event['detail-type'] === 'Object Created' ? 'create' : 'remove',
    bucket: event.detail.bucket.name,
    key: object.key,
    sequencer: object.sequencer ? normalizeSequencer(object.sequencer) : sequencerFromTime(event.time),
    eventTime: new Date(event.time).toISOString(),
    ...(object.etag ? { eTag: object.etag } : {}),
    ...(object['version-id'] ? { versionId: object['version-id'] } : {}),
    ...(object.size !== undefined ? { size: object.size } : {}),
  };
}

export class MalformedEventError extends Error {
  override readonly name = 'MalformedEventError';
}

/**
 * The object events in an S3 notification, an EventBridge S3 event, or an s3:TestEvent (none). Event
 * names other than ObjectCreated/ObjectRemoved (restores, replication…) yield nothing.
 */
export function parseObjectEvents(payload: unknown): ObjectEvent[] {
  const notification = S3NotificationSchema.safeParse(payload);
  if (notification.success) return notification.data.Records.flatMap((r) => fromS3Record(r) ?? []);
  if (S3TestEventSchema.safeParse(payload).success) return [];
  const bridged = EventBridgeS3Schema.safeParse(payload);
  if (bridged.success) return [fromEventBridge(bridged.data)];
  throw new MalformedEventError(
    `not an S3 notification, an s3:TestEvent or an EventBridge S3 event: ${z.prettifyError(notification.error)}`,
  );
}

/** Applies the configured prefix and suffix filter (also set on the notification, but not on every path). */
export function matchesFilter(key: string, filter: { prefix: string; suffix: string }): boolean {
  return key.startsWith(filter.prefix) && key.endsWith(filter.suffix);
}

export type LambdaEvent =
  | { readonly kind: 'sqs'; readonly event: SqsEvent }
  | { readonly kind: 'direct'; readonly events: ObjectEvent[] };

/** Tells an SQS batch from a direct S3 or EventBridge invocation. */
export function classifyEvent(payload: unknown): LambdaEvent {
  const sqs = SqsEventSchema.safeParse(payload);
  if (sqs.success) return { kind: 'sqs', event: sqs.data };
  return { kind: 'direct', events: parseObjectEvents(payload) };
}

/** The object events of one SQS message body. */
export function parseSqsBody(body: string): ObjectEvent[] {
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch (error) {
    throw new MalformedEventError(`the message body is not JSON: ${(error as Error).message}`);
  }
  return parseObjectEvents(payload);
}
