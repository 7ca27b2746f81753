import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  Choice,
  Condition,
  DefinitionBody,
  DistributedMap,
  ItemBatcher,
  JitterType,
  JsonPath,
  LogLevel,
  Pass,
  Result,
  S3ObjectsItemReader,
  StateMachine,
  StateMachineType,
  TaskInput,
} from 'aws-cdk-lib/aws-stepfunctions';
import { LambdaInvoke } from 'aws-cdk-lib/aws-stepfunctions-tasks';
import { Construct } from 'constructs';
import type { ArticleStore } from './article-store.js';
import { INGEST_ENV } from './ingest-pipeline.js';
import { NodeFunction } from './node-function.js';
import type { TagTable } from './tag-table.js';
import { vendedLogGroupName } from './vended-log-group.js';

export interface BackfillProps {
  readonly store: ArticleStore;
  readonly tagTable: TagTable;
  /** Path of the backfill handler module. */
  readonly entry: string;
  /**
   * Only objects under this prefix are re-tagged.
   * @default '' (the whole bucket)
   */
  readonly keyPrefix?: string;
  /**
   * Keys not ending with this are skipped, as the ingest notification filter skips them.
   * @default '' (every key)
   */
  readonly keySuffix?: string;
  /**
   * Larger objects are recorded as failed without being read, as in ingest.
   * @default 5_000_000
   */
  readonly maxObjectBytes?: number;
  /**
   * Objects handed to one function invocation.
   * @default 50
   */
  readonly itemsPerBatch?: number;
  /**
   * Batches processed at the same time; bounds the write rate on the table.
   * @default 10
   */
  readonly maxConcurrency?: number;
  /**
   * Share of failed batches (0–100) the run tolerates before it fails.
   * @default 5
   */
  readonly toleratedFailurePercentage?: number;
  /**
   * Backfill function timeout; one batch must fit in it.
   * @default Duration.minutes(5)
   */
  readonly timeout?: Duration;
  /**
   * Backfill function memory in MiB.
   * @default 1024
   */
  readonly memorySize?: number;
  /**
   * Powertools log level.
   * @default 'INFO'
   */
  readonly logLevel?: string;
  /**
   * Execution log retention.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the execution log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * The daily-top rollup function, invoked once the map is done so that `GET /top` counts the re-tagged
   * articles on older days too (the schedules only rebuild the last 31 days).
   * @default - no rollup step
   */
  readonly rollup?: IFunction;
  /**
   * Days ending today that the rollup step rebuilds.
   * @default 366
   */
  readonly rollupDays?: number;
}

/**
 * The deployed twin of `newstag reprocess`: a Step Functions Distributed Map lists the article bucket and
 * hands batches of keys to the backfill function, which re-tags articles written by an older tagger
 * version. Start it with `aws stepfunctions start-execution --state-machine-arn <BackfillStateMachineArn>`
 * (add `--input '{"all": true}'` to re-tag every article).
 */
export class Backfill extends Construct {
  readonly function: NodeFunction;
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: BackfillProps) {
    super(scope, id);

    this.function = new NodeFunction(this, 'Function', {
      entry: props.entry,
      description: 'Re-tags a batch of stored articles whose tag records come from an older tagger version',
      serviceName: 'newstag-backfill',
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.minutes(5),
      logLevel: props.logLevel,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
      // The backfill handler reads the ingest configuration: the same filter and size cap must apply.
      environment: {
        [INGEST_ENV.keyPrefix]: props.keyPrefix ?? '',
        [INGEST_ENV.keySuffix]: props.keySuffix ?? '',
        [INGEST_ENV.maxObjectBytes]: String(props.maxObjectBytes ?? 5_000_000),
      },
    });
    props.store.grantReadArticles(this.function, props.keyPrefix);
    props.tagTable.grantReadWrite(this.function);

    const retagBatch = new LambdaInvoke(this, 'RetagBatch', {
      lambdaFunction: this.function,
      retryOnServiceExceptions: true,
      // Keep each batch's result tiny: the map gathers one per batch and state size is capped at 256 KiB.
      resultSelector: { 'statusCode.$': '$.StatusCode' },
    });
    // The default retries cover Lambda service faults, not throttling. Ten batches at once plus the ingest
    // queue's own invocations can exceed a young account's concurrency quota (10); a throttled batch is
    // retried with backoff instead of counting as a failed batch towards the tolerated percentage.
    retagBatch.addRetry({
      errors: ['Lambda.TooManyRequestsException'],
      interval: Duration.seconds(5),
      backoffRate: 2,
      maxAttempts: 8,
      jitterStrategy: JitterType.FULL,
    });

    const overBucket = new DistributedMap(this, 'OverArticles', {
      itemReader: new S3ObjectsItemReader({
        bucket: props.store.bucket,
        ...(props.keyPrefix ? { prefix: props.keyPrefix } : {}),
      }),
      itemBatcher: new ItemBatcher({
        maxItemsPerBatch: props.itemsPerBatch ?? 50,
        batchInput: { 'all.$': '$.options.all' },
      }),
      maxConcurrency: props.maxConcurrency ?? 10,
      toleratedFailurePercentage: props.toleratedFailurePercentage ?? 5,
      // Standard children: an Express child stops at 5 minutes, as long as one batch's function may run, and
      // the Lambda retries come on top. The extra state transitions cost ~$0.002 per 1,000 articles.
      mapExecutionType: StateMachineType.STANDARD,
      // Per-batch outcomes are in the function logs; the run's output only needs the input back.
      resultPath: JsonPath.DISCARD,
    });
    overBucket.itemProcessor(retagBatch);
    if (props.rollup) {
      const rollUp = new LambdaInvoke(this, 'RollUpDailyTops', {
        lambdaFunction: props.rollup,
        payload: TaskInput.fromObject({ days: props.rollupDays ?? 366 }),
        retryOnServiceExceptions: true,
        resultPath: JsonPath.DISCARD,
      });
      rollUp.addRetry({
        errors: ['Lambda.TooManyRequestsException', 'RollupFailedError'],
        interval: Duration.seconds(30),
        backoffRate: 2,
        maxAttempts: 3,
        jitterStrategy: JitterType.FULL,
      });
      overBucket.next(rollUp);
    }

    // `{"all": true}` as execution input re-tags every article (like `newstag reprocess --all`); any other
    // input, including none, only those of an older tagger version. Two Choice states rather than one And,
    // because a comparison on a missing field is a runtime error.
    const everyArticle = new Pass(this, 'EveryArticle', {
      result: Result.fromObject({ all: true }),
      resultPath: '$.options',
    }).next(overBucket);
    const olderVersionsOnly = new Pass(this, 'OlderVersionsOnly', {
      result: Result.fromObject({ all: false }),
      resultPath: '$.options',
    }).next(overBucket);
    const chooseScope = new Choice(this, 'AllRequested')
      .when(
        Condition.isPresent('$.all'),
        new Choice(this, 'AllIsTrue')
          .when(Condition.booleanEquals('$.all', true), everyArticle)
          .otherwise(olderVersionsOnly),
      )
      .otherwise(olderVersionsOnly);

    const logGroup = new LogGroup(this, 'ExecutionLogs', {
      logGroupName: vendedLogGroupName(this, 'states', 'backfill'),
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.stateMachine = new StateMachine(this, 'StateMachine', {
      definitionBody: DefinitionBody.fromChainable(chooseScope),
      stateMachineType: StateMachineType.STANDARD,
      timeout: Duration.hours(24),
      tracingEnabled: true,
      logs: { destination: logGroup, level: LogLevel.ALL, includeExecutionData: false },
    });
  }
}
