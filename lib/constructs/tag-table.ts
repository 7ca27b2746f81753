import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  type GlobalSecondaryIndexPropsV2,
  ProjectionType,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { DAY_TOP_PREFIX } from '../../functions/core/records/keys.js';

/** Environment variable through which handlers learn the table name. */
export const TABLE_NAME_ENV = 'TABLE_NAME';

/** A function that can take environment variables (every `lambda.Function`). */
export interface FunctionWithEnvironment extends IFunction {
  addEnvironment(key: string, value: string): unknown;
}

export interface TagTableProps {
  /**
   * Keep the table (and its data) when the stack is deleted; `DESTROY` is for throwaway dev stacks.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Attribute DynamoDB reads to expire items (epoch seconds): deletion tombstones of S3 objects. */
export const TTL_ATTRIBUTE = 'expiresAt';

const index = (
  number: 1 | 2 | 3,
  sortKeyType: AttributeType,
  nonKeyAttributes: readonly string[],
): GlobalSecondaryIndexPropsV2 => ({
  indexName: `gsi${number}`,
  partitionKey: { name: `g${number}pk`, type: AttributeType.STRING },
  sortKey: { name: `g${number}sk`, type: sortKeyType },
  projectionType: ProjectionType.INCLUDE,
  nonKeyAttributes: [...nonKeyAttributes],
});

/**
 * The sparse secondary indexes of docs/data-model.md. Kept here rather than imported from the runtime code
 * (lib/ depends on functions/ only through handler entries); test/infra/stack.test.ts checks they equal
 * `GLOBAL_INDEXES` in functions/core/records/keys.ts.
 */
export const TAG_TABLE_INDEXES: readonly GlobalSecondaryIndexPropsV2[] = [
  // Daily count series per tag (trends) and failed ingests by month.
  index(1, AttributeType.STRING, [
    'kind',
    'value',
    'day',
    'n',
    'aid',
    'articleId',
    'key',
    'reason',
    'message',
    'failedAt',
  ]),
  // Count shards per kind, day and bucket ordered by count (top-N).
  index(2, AttributeType.NUMBER, ['kind', 'value', 'day']),
  // Entity catalog by normalised name (prefix lookup).
  index(3, AttributeType.STRING, ['entityId', 'name', 'entityType', 'articleCount']),
];

/**
 * The single table holding tag results: string keys `pk`/`sk`, on-demand capacity, point-in-time
 * recovery, deletion protection while retained.
 */
export class TagTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: TagTableProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: removalPolicy === RemovalPolicy.RETAIN,
      removalPolicy,
      globalSecondaryIndexes: [...TAG_TABLE_INDEXES],
      timeToLiveAttribute: TTL_ATTRIBUTE,
    });
  }

  /** Lets the function read items and query the indexes (no write action), and tells it the table name. */
  grantRead(fn: FunctionWithEnvironment): void {
    this.table.grantReadData(fn);
    fn.addEnvironment(TABLE_NAME_ENV, this.table.tableName);
  }

  /**
   * Lets the function read the table and put items only under the daily-top partitions (`R#<kind>`, an IAM
   * `dynamodb:LeadingKeys` condition), and tells it the table name: the rollup can never touch articles.
   */
  grantRollupWrite(fn: FunctionWithEnvironment): void {
    this.grantRead(fn);
    fn.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['dynamodb:PutItem'],
        resources: [this.table.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${DAY_TOP_PREFIX}*`] },
        },
      }),
    );
  }

  /** Lets the function read and write items, and tells it the table name. */
  grantReadWrite(fn: FunctionWithEnvironment): void {
    this.table.grantReadWriteData(fn);
    fn.addEnvironment(TABLE_NAME_ENV, this.table.tableName);
  }
}
