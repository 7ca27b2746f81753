import { Aws, Duration, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IAlarmAction,
  type Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';

export interface MonitoredFunction {
  /** Short label used in alarm names and on the dashboard. */
  readonly label: string;
  readonly fn: IFunction;
}

export interface MonitoringProps {
  readonly functions: readonly MonitoredFunction[];
  readonly queue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly api: HttpApi;
  readonly backfill: IStateMachine;
  /** The tag table: its consumed capacity is the main running cost, so the dashboard shows it. */
  readonly table: ITableV2;
  /**
   * When set, an SNS topic with this address subscribed receives every alarm and its recovery.
   * @default - no topic; alarms are visible in the console only
   */
  readonly alarmEmail?: string;
  /**
   * Age of the oldest ingest message, in seconds, above which ingestion counts as stuck.
   * @default 900
   */
  readonly oldestMessageAgeSeconds?: number;
}

const PERIOD = Duration.minutes(5);

/**
 * Alarms on what a person must act on — messages in the dead-letter queue, function errors and throttles
 * (counts, not rates: one failed article is one too many), ingestion falling behind, failed backfills — plus
 * a dashboard of the same signals.
 */
export class Monitoring extends Construct {
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  readonly topic?: Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);

    let action: IAlarmAction | undefined;
    if (props.alarmEmail) {
      this.topic = new Topic(this, 'AlarmTopic', { displayName: 'newstag alarms', enforceSSL: true });
      this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
      // `enforceSSL` gives the topic its own policy, which replaces SNS's default one (the account may
      // publish); without this statement every alarm action would fail with "no resource-based policy allows
      // the SNS:Publish action" and no e-mail would ever arrive. Only alarms of this account and region.
      this.topic.addToResourcePolicy(
        new PolicyStatement({
          sid: 'AllowCloudWatchAlarmsOfThisAccount',
          principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
          actions: ['sns:Publish'],
          resources: [this.topic.topicArn],
          conditions: {
            StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
            ArnLike: {
              'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*`,
            },
          },
        }),
      );
      Validations.of(this.topic).acknowledge({
        id: 'AwsSolutions-SNS2',
        reason:
          'Alarm notifications carry no article data; CloudWatch cannot publish to a topic under the AWS managed SNS key and a customer managed key costs more than the topic.',
      });
      action = new SnsAction(this.topic);
    }

    const alarmOn = (name: string, description: string, metric: Metric, threshold: number): Alarm => {
      const alarm = new Alarm(this, name, {
        alarmDescription: description,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      if (action) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
      this.alarms.push(alarm);
      return alarm;
    };

    alarmOn(
      'DeadLetterQueueNotEmpty',
      // The commands with this stack's queue in them: `newstag dlq` reads only a local stack's store.
      `Articles failed ingestion repeatedly and wait in the dead-letter queue. Read them: aws sqs receive-message --queue-url ${props.deadLetterQueue.queueUrl} --max-number-of-messages 10 --visibility-timeout 0 --attribute-names All. After a fix, put them back: aws sqs start-message-move-task --source-arn ${props.deadLetterQueue.queueArn} (docs/deploy.md).`,
      props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: PERIOD,
        statistic: 'Maximum',
      }),
      1,
    );
    alarmOn(
      'IngestBacklogOld',
      'The oldest article on the ingest queue has waited too long: ingestion is stuck or too slow.',
      props.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' }),
      props.oldestMessageAgeSeconds ?? 900,
    );
    for (const { label, fn } of props.functions) {
      alarmOn(
        `${label}Errors`,
        `The ${label} function failed invocations.`,
        fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        1,
      );
      alarmOn(
        `${label}Throttles`,
        `The ${label} function was throttled.`,
        fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        1,
      );
    }
    alarmOn(
      'BackfillFailed',
      'A backfill run failed, timed out or was aborted.',
      props.backfill.metricFailed({ period: PERIOD, statistic: 'Sum' }),
      1,
    );
    alarmOn(
      'ApiServerErrors',
      'The query API answered with 5xx errors.',
      props.api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
      1,
    );

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(24),
      widgets: [
        [
          new TextWidget({
            markdown: '# newstag\nIngest queue, functions, API and backfill.',
            width: 24,
            height: 1,
          }),
        ],
        [
          new GraphWidget({
            title: 'Ingest queue',
            width: 12,
            left: [
              props.queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD }),
              props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD }),
            ],
            right: [props.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD })],
          }),
          new GraphWidget({
            title: 'Query API',
            width: 12,
            left: [
              props.api.metricCount({ period: PERIOD }),
              props.api.metricClientError({ period: PERIOD }),
              props.api.metricServerError({ period: PERIOD }),
            ],
            right: [props.api.metricLatency({ period: PERIOD, statistic: 'p99' })],
          }),
        ],
        props.functions.map(
          ({ label, fn }) =>
            new GraphWidget({
              title: `${label} function`,
              width: Math.floor(24 / props.functions.length),
              left: [
                fn.metricInvocations({ period: PERIOD }),
                fn.metricErrors({ period: PERIOD }),
                fn.metricThrottles({ period: PERIOD }),
              ],
              right: [fn.metricDuration({ period: PERIOD, statistic: 'p99' })],
            }),
        ),
        [
          new GraphWidget({
            title: 'Tag table capacity (units per period)',
            width: 12,
            left: [
              props.table.metricConsumedWriteCapacityUnits({ period: PERIOD, statistic: 'Sum' }),
              props.table.metricConsumedReadCapacityUnits({ period: PERIOD, statistic: 'Sum' }),
            ],
          }),
          new GraphWidget({
            title: 'Backfill runs',
            width: 12,
            left: [
              props.backfill.metricStarted({ period: PERIOD }),
              props.backfill.metricSucceeded({ period: PERIOD }),
              props.backfill.metricFailed({ period: PERIOD }),
            ],
          }),
        ],
      ],
    });
  }
}
