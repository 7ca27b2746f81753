import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, type GlobalSecondaryIndexPropsV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

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

/**
 * Secondary indexes of the single-table design in docs/data-model.md. Each is keyed by generic string
 * attributes so one index serves several access patterns.
 */
export const TAG_TABLE_INDEXES: readonly GlobalSecondaryIndexPropsV2[] = [];

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
    });
  }

  /** Lets the function read items and query indexes, and tells it the table name. */
  grantRead(fn: FunctionWithEnvironment): void {
    this.table.grantReadData(fn);
    fn.addEnvironment(TABLE_NAME_ENV, this.table.tableName);
  }

  /** Lets the function read and write items, and tells it the table name. */
  grantReadWrite(fn: FunctionWithEnvironment): void {
    this.table.grantReadWriteData(fn);
    fn.addEnvironment(TABLE_NAME_ENV, this.table.tableName);
  }
}
