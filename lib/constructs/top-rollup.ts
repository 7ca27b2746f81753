import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { NodeFunction } from './node-function.js';
import type { TagTable } from './tag-table.js';

export interface TopRollupProps {
  readonly tagTable: TagTable;
  /** Path of the rollup handler module (functions/rollup/handler.ts). */
  readonly entry: string;
  /**
   * How often today's and yesterday's daily tops are rebuilt: `/top` is at most this far behind ingest.
   * @default Duration.minutes(5)
   */
  readonly every?: Duration;
  /**
   * Days ending today that the nightly run (00:30 UTC) rebuilds, for late articles and re-tags of older days.
   * @default 31 (the longest `/top` range)
   */
  readonly nightlyDays?: number;
  /** @default 'INFO' */
  readonly logLevel?: string;
  /** @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** @default RemovalPolicy.RETAIN */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/**
 * Scheduled rollup of the count shards into one daily-top item per kind and day, so `/top` over a range
 * reads one item per day instead of every day's count shards. It reads the table and may write only the
 * daily tops; ingest and the API are unchanged by it (the API reads days without a daily top live).
 */
export class TopRollup extends Construct {
  readonly function: NodeFunction;
  readonly rules: readonly Rule[];

  constructor(scope: Construct, id: string, props: TopRollupProps) {
    super(scope, id);
    const every = props.every ?? Duration.minutes(5);
    this.function = new NodeFunction(this, 'Function', {
      entry: props.entry,
      description: 'Rebuilds the daily top tags of each kind from the count shards (for GET /top)',
      serviceName: 'newstag-rollup',
      memorySize: 512,
      // A backfill's rollup step rebuilds a year of days, one after another.
      timeout: Duration.minutes(15),
      logLevel: props.logLevel,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
      environment: { ROLLUP_EVERY_MINUTES: String(every.toMinutes()) },
    });
    props.tagTable.grantRollupWrite(this.function);

    const recent = new Rule(this, 'Recent', {
      description: "Rebuilds today's and yesterday's daily tops",
      schedule: Schedule.rate(every),
    });
    recent.addTarget(
      new LambdaFunction(this.function, { event: RuleTargetInput.fromObject({ days: 2 }), retryAttempts: 2 }),
    );
    const nightly = new Rule(this, 'Nightly', {
      description: 'Rebuilds the daily tops of the longest /top range, for late and re-tagged articles',
      schedule: Schedule.cron({ minute: '30', hour: '0' }),
    });
    nightly.addTarget(
      new LambdaFunction(this.function, {
        event: RuleTargetInput.fromObject({ days: props.nightlyDays ?? 31 }),
        retryAttempts: 2,
      }),
    );
    this.rules = [recent, nightly];
  }
}
