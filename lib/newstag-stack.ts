import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DeployConfig } from './config.js';
import { ArticleStore } from './constructs/article-store.js';
import { Backfill } from './constructs/backfill.js';
import { IngestPipeline } from './constructs/ingest-pipeline.js';
import { Monitoring } from './constructs/monitoring.js';
import { QueryApi } from './constructs/query-api.js';
import { TagTable } from './constructs/tag-table.js';
import { TopRollup } from './constructs/top-rollup.js';
import { acknowledgeIamWildcards, type WildcardRule } from './nag-acknowledgements.js';

/** Handler modules, resolved from this file so synth works from any working directory. */
export const HANDLER_ENTRIES = {
  ingest: fileURLToPath(new URL('../functions/ingest/handler.ts', import.meta.url)),
  api: fileURLToPath(new URL('../functions/api/handler.ts', import.meta.url)),
  backfill: fileURLToPath(new URL('../functions/backfill/handler.ts', import.meta.url)),
  rollup: fileURLToPath(new URL('../functions/rollup/handler.ts', import.meta.url)),
} as const;

export interface NewstagStackProps extends StackProps {
  /** Validated deployment configuration (see lib/config.ts and docs/deploy.md). */
  readonly config: DeployConfig;
}

/**
 * The whole pipeline in one stack: S3 event notifications must point at a queue in the bucket's own stack
 * (a cross-stack notification makes a dependency cycle), so splitting stateful from stateless resources
 * would buy nothing; the stateful resources are protected by their removal policy instead.
 */
export class NewstagStack extends Stack {
  readonly store: ArticleStore;
  readonly tagTable: TagTable;
  readonly ingest: IngestPipeline;
  readonly queryApi: QueryApi;
  readonly backfill: Backfill;
  readonly topRollup: TopRollup;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: NewstagStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.removalPolicy === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const logRetention = retentionDays(config.logRetentionDays);
    const logs = { logRetention, logRemovalPolicy: removalPolicy };

    this.store = new ArticleStore(this, 'ArticleStore', { removalPolicy });
    this.tagTable = new TagTable(this, 'TagTable', { removalPolicy });

    this.ingest = new IngestPipeline(this, 'Ingest', {
      store: this.store,
      tagTable: this.tagTable,
      entry: HANDLER_ENTRIES.ingest,
      keyPrefix: config.keyPrefix,
      keySuffix: config.keySuffix,
      maxObjectBytes: config.maxObjectBytes,
      maxConcurrency: config.ingestMaxConcurrency,
      timeout: Duration.seconds(config.ingestTimeoutSeconds),
      maxReceiveCount: config.maxReceiveCount,
      logLevel: config.logLevel,
      ...logs,
    });

    this.queryApi = new QueryApi(this, 'QueryApi', {
      tagTable: this.tagTable,
      entry: HANDLER_ENTRIES.api,
      authorization:
        config.authMode === 'jwt'
          ? { mode: 'jwt', issuer: config.jwtIssuer ?? '', audience: config.jwtAudience ?? [] }
          : { mode: 'iam' },
      corsOrigins: config.corsOrigins,
      rateLimit: config.apiRateLimit,
      burstLimit: config.apiBurstLimit,
      logLevel: config.logLevel,
      ...logs,
    });

    this.topRollup = new TopRollup(this, 'TopRollup', {
      tagTable: this.tagTable,
      entry: HANDLER_ENTRIES.rollup,
      every: Duration.minutes(config.rollupEveryMinutes),
      logLevel: config.logLevel,
      ...logs,
    });

    this.backfill = new Backfill(this, 'Backfill', {
      store: this.store,
      tagTable: this.tagTable,
      entry: HANDLER_ENTRIES.backfill,
      rollup: this.topRollup.function,
      keyPrefix: config.keyPrefix,
      keySuffix: config.keySuffix,
      maxObjectBytes: config.maxObjectBytes,
      logLevel: config.logLevel,
      ...logs,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      functions: [
        { label: 'Ingest', fn: this.ingest.function },
        { label: 'Api', fn: this.queryApi.function },
        { label: 'Backfill', fn: this.backfill.function },
        { label: 'Rollup', fn: this.topRollup.function },
      ],
      queue: this.ingest.queue,
      deadLetterQueue: this.ingest.deadLetterQueue,
      api: this.queryApi.api,
      backfill: this.backfill.stateMachine,
      table: this.tagTable.table,
      alarmEmail: config.alarmEmail,
    });

    new CfnOutput(this, 'ArticleBucketName', {
      value: this.store.bucket.bucketName,
      description: `Upload articles here under "${config.keyPrefix}"`,
    });
    new CfnOutput(this, 'ApiReaderResource', {
      value: this.queryApi.api.arnForExecuteApi('GET'),
      description: 'Resource to allow execute-api:Invoke on, in a reader policy (authMode=iam)',
    });
    new CfnOutput(this, 'TagTableName', { value: this.tagTable.table.tableName });
    new CfnOutput(this, 'ApiUrl', {
      value: this.queryApi.stage.url,
      description: 'Base URL of the query API',
    });
    new CfnOutput(this, 'IngestQueueUrl', { value: this.ingest.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.ingest.deadLetterQueue.queueUrl });
    // start-message-move-task (redrive) takes the queue's ARN, not its URL.
    new CfnOutput(this, 'DeadLetterQueueArn', { value: this.ingest.deadLetterQueue.queueArn });
    new CfnOutput(this, 'BackfillStateMachineArn', { value: this.backfill.stateMachine.stateMachineArn });
    new CfnOutput(this, 'RollupFunctionName', {
      value: this.topRollup.function.functionName,
      description:
        'Invoke with {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"} to rebuild the daily tops of those days',
    });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });

    acknowledgeGeneratedResources(this);
  }
}

/** CloudWatch Logs only accepts certain retention values; pick the smallest that keeps at least `days`. */
export function retentionDays(days: number): RetentionDays {
  const allowed = Object.values(RetentionDays)
    .filter((value): value is RetentionDays => typeof value === 'number' && value > 0)
    .sort((a, b) => a - b);
  return allowed.find((value) => value >= days) ?? RetentionDays.INFINITE;
}

/**
 * Wildcards cdk-nag flags that are the narrowest IAM allows. Anything not explained here still fails synth.
 */
export const IAM_WILDCARD_RULES: readonly WildcardRule[] = [
  {
    actions: /^xray:(PutTraceSegments|PutTelemetryRecords|GetSamplingRules|GetSamplingTargets)$/,
    finding: /^Resource::\*$/,
    reason:
      'X-Ray trace upload and sampling actions support no resource-level permissions; IAM requires "*".',
  },
  {
    actions:
      /^logs:(CreateLogDelivery|GetLogDelivery|UpdateLogDelivery|DeleteLogDelivery|ListLogDeliveries|PutResourcePolicy|DescribeResourcePolicies|DescribeLogGroups)$/,
    finding: /^Resource::\*$/,
    reason:
      'Step Functions execution logging uses CloudWatch vended log delivery, whose actions support no resource-level permissions.',
  },
  {
    actions: /^s3:GetObject$/,
    finding: /^Resource::<ArticleStoreArticles[0-9A-F]{8}\.Arn>\/.*\*$/,
    reason:
      'Object ARNs need a key pattern; the grant is read-only, on the article bucket only, narrowed to the configured key prefix.',
  },
  {
    actions: /^dynamodb:[A-Za-z]+$/,
    finding: /^Resource::<TagTable[0-9A-F]{8}\.Arn>\/index\/\*$/,
    reason:
      "Queries need the table's own secondary indexes (gsi1–gsi3); the wildcard covers the index names of this one table only.",
  },
  {
    actions: /^lambda:InvokeFunction$/,
    finding: /^Resource::<(?:BackfillFunction|TopRollupFunction)[0-9A-F]{8}\.Arn>:\*$/,
    reason:
      'Lets the backfill state machine invoke versions of its own function and of the rollup function only (CDK LambdaInvoke grant).',
  },
  {
    actions: /^states:(DescribeExecution|StopExecution|RedriveExecution)$/,
    finding:
      /^Resource::arn:<AWS::Partition>:states:(?:<AWS::Region>|[a-z0-9-]+):<AWS::AccountId>:execution:.*BackfillStateMachine.*\*$/,
    reason:
      'Distributed Map batches run as child executions with generated names; the wildcard covers executions of this state machine only.',
  },
];

function acknowledgeGeneratedResources(stack: Stack): void {
  acknowledgeIamWildcards(stack, IAM_WILDCARD_RULES);
  for (const child of stack.node.children) {
    if (child.node.id.startsWith('BucketNotificationsHandler')) {
      Validations.of(child).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's own custom resource that sets the bucket notification at deploy time; the managed policy only lets it write its logs and its role is not configurable.",
      });
    }
  }
}
