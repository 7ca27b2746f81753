import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  type BucketNotificationDestinationConfig,
  BucketNotificationDestinationType,
  EventType,
  type IBucket,
  type IBucketNotificationDestination,
  type NotificationKeyFilter,
} from 'aws-cdk-lib/aws-s3';
import { type IQueue, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ArticleStore } from './article-store.js';
import { NodeFunction } from './node-function.js';
import type { TagTable } from './tag-table.js';

/** Environment variables the ingest handler reads (see functions/adapters/config.ts). */
export const INGEST_ENV = {
  keyPrefix: 'KEY_PREFIX',
  keySuffix: 'KEY_SUFFIX',
  maxObjectBytes: 'MAX_OBJECT_BYTES',
} as const;

/** AWS asks for a visibility timeout of at least six times the function timeout for SQS event sources. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;

export interface IngestPipelineProps {
  readonly store: ArticleStore;
  readonly tagTable: TagTable;
  /** Path of the ingest handler module. */
  readonly entry: string;
  /**
   * Only keys starting with this trigger ingestion.
   * @default '' (every key)
   */
  readonly keyPrefix?: string;
  /**
   * Only keys ending with this trigger ingestion.
   * @default '' (every key)
   */
  readonly keySuffix?: string;
  /**
   * Larger objects are rejected without being read.
   * @default 5_000_000
   */
  readonly maxObjectBytes?: number;
  /**
   * Messages handed to one invocation.
   * @default 10
   */
  readonly batchSize?: number;
  /**
   * How long the poller waits to fill a batch.
   * @default Duration.seconds(1)
   */
  readonly maxBatchingWindow?: Duration;
  /**
   * Most concurrent invocations the queue may drive; protects the table and the account's concurrency.
   * @default 10
   */
  readonly maxConcurrency?: number;
  /**
   * Deliveries of one message before it is moved to the dead-letter queue.
   * @default 3
   */
  readonly maxReceiveCount?: number;
  /**
   * Ingest function timeout; the queue's visibility timeout is derived from it. Messages of a batch run one
   * after another and one `.jsonl` object may hold thousands of articles.
   * @default Duration.minutes(5)
   */
  readonly timeout?: Duration;
  /**
   * Ingest function memory in MiB.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Powertools log level.
   * @default 'INFO'
   */
  readonly logLevel?: string;
  /**
   * Function log retention.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the function's log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * Upload → S3 event notification → SQS queue (with a dead-letter queue) → ingest function → table.
 * The queue absorbs bursts and keeps failed articles; the function reports failures per message so one bad
 * article does not retry the whole batch. The function may read the bucket but never write it, so it cannot
 * trigger itself.
 */
export class IngestPipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly function: NodeFunction;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.minutes(5);
    const maxBatchingWindow = props.maxBatchingWindow ?? Duration.seconds(1);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the ingest queue.',
    });

    this.queue = new Queue(this, 'Queue', {
      // SSE-SQS rather than KMS: S3 event notifications cannot publish to a queue encrypted with the AWS managed KMS key.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(
        VISIBILITY_TIMEOUT_FACTOR * timeout.toSeconds() + maxBatchingWindow.toSeconds(),
      ),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount ?? 3 },
    });

    const filter: NotificationKeyFilter = {
      ...(props.keyPrefix ? { prefix: props.keyPrefix } : {}),
      ...(props.keySuffix ? { suffix: props.keySuffix } : {}),
    };
    // Deletes matter too: the ingest function withdraws a removed object's articles from the indexes.
    const destination = new AccountBoundQueueDestination(this.queue);
    props.store.bucket.addEventNotification(EventType.OBJECT_CREATED, destination, filter);
    props.store.bucket.addEventNotification(EventType.OBJECT_REMOVED, destination, filter);

    this.function = new NodeFunction(this, 'Function', {
      entry: props.entry,
      description:
        'Tags articles announced by S3 notifications on the ingest queue and writes the tag records',
      serviceName: 'newstag-ingest',
      memorySize: props.memorySize ?? 1024,
      timeout,
      logLevel: props.logLevel,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
      environment: {
        [INGEST_ENV.keyPrefix]: props.keyPrefix ?? '',
        [INGEST_ENV.keySuffix]: props.keySuffix ?? '',
        [INGEST_ENV.maxObjectBytes]: String(props.maxObjectBytes ?? 5_000_000),
      },
    });
    props.store.grantReadArticles(this.function, props.keyPrefix);
    props.tagTable.grantReadWrite(this.function);

    this.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize ?? 10,
        maxBatchingWindow,
        maxConcurrency: props.maxConcurrency ?? 10,
        reportBatchItemFailures: true,
      }),
    );
  }
}

/**
 * `SqsDestination` with the confused-deputy guard AWS documents for S3 notifications: the queue policy lets
 * `s3.amazonaws.com` send only for this bucket (`aws:SourceArn`) owned by this account
 * (`aws:SourceAccount`; a bucket ARN carries no account, and a deleted bucket's name can be taken by
 * another account). The queue uses SSE-SQS, so no key policy is needed; a KMS-encrypted queue would need a
 * customer managed key whose policy admits s3.amazonaws.com. The bucket-notification custom resource
 * depends on the queue (and so on its policy): S3 checks the destination when the configuration is put.
 */
class AccountBoundQueueDestination implements IBucketNotificationDestination {
  constructor(private readonly queue: IQueue) {}

  bind(scope: Construct, bucket: IBucket): BucketNotificationDestinationConfig {
    this.queue.grantSendMessages(
      new ServicePrincipal('s3.amazonaws.com', {
        conditions: {
          ArnLike: { 'aws:SourceArn': bucket.bucketArn },
          StringEquals: { 'aws:SourceAccount': Stack.of(scope).account },
        },
      }),
    );
    return {
      arn: this.queue.queueArn,
      type: BucketNotificationDestinationType.QUEUE,
      dependencies: [this.queue],
    };
  }
}
