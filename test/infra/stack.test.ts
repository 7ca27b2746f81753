import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOBAL_INDEXES } from '../../functions/core/records/keys.js';
import { VISIBILITY_TIMEOUT_FACTOR } from '../../lib/constructs/ingest-pipeline.js';
import type { NewstagStack } from '../../lib/newstag-stack.js';
import {
  actionsOf,
  buildStack,
  serviceFunctions,
  stateMachineDefinition,
  statementsOfFunctionRole,
} from './synth.js';

let stack: NewstagStack;
let template: Template;
let functions: Map<string, string>;

beforeAll(() => {
  stack = buildStack().stack;
  template = Template.fromStack(stack);
  functions = serviceFunctions(template);
});

/** Logical id of an L2 construct's main resource, so assertions follow references instead of guessing ids. */
function idOf(construct: IConstruct): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnElement);
}

interface State {
  Type: string;
  Next?: string;
  Default?: string;
  Choices?: { Variable: string; IsPresent?: boolean; BooleanEquals?: boolean; Next: string }[];
  Result?: unknown;
  ResultPath?: string;
  ItemBatcher?: { BatchInput?: Record<string, string> };
}

/** Follows the Choice and Pass states from the start to the Map, and resolves the Map's batch input. */
function batchInputFor(
  definition: { StartAt: string; States: Record<string, State> },
  input: Record<string, unknown>,
): Record<string, unknown> {
  const read = (data: Record<string, unknown>, path: string): unknown =>
    path
      .replace(/^\$\.?/, '')
      .split('.')
      .filter(Boolean)
      .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], data);
  let data = structuredClone(input);
  let name = definition.StartAt;
  for (let steps = 0; steps < 10; steps++) {
    const state = definition.States[name];
    if (!state) throw new Error(`no state ${name}`);
    if (state.Type === 'Map') {
      return Object.fromEntries(
        Object.entries(state.ItemBatcher?.BatchInput ?? {}).map(([key, path]) => [
          key.replace(/\.\$$/, ''),
          read(data, path),
        ]),
      );
    }
    if (state.Type === 'Choice') {
      const rule = state.Choices?.find((choice) => {
        const value = read(data, choice.Variable);
        if (choice.IsPresent !== undefined) return (value !== undefined) === choice.IsPresent;
        return typeof value === 'boolean' && value === choice.BooleanEquals;
      });
      name = rule?.Next ?? state.Default ?? '';
    } else if (state.Type === 'Pass') {
      const key = (state.ResultPath ?? '$').replace(/^\$\./, '');
      data = { ...data, [key]: state.Result };
      name = state.Next ?? '';
    } else {
      throw new Error(`unexpected ${state.Type} state before the map`);
    }
  }
  throw new Error('no Map state reached');
}

function functionId(service: string): string {
  const id = functions.get(service);
  if (!id) throw new Error(`no function for service ${service}`);
  return id;
}

describe('article store', () => {
  it('blocks public access, encrypts, versions and logs access on the article bucket', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
      BucketName: Match.absent(),
    });
  });

  it('denies every request to the article bucket that does not use TLS', () => {
    const bucket = idOf(stack.store.bucket);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucket },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('keeps the bucket when the stack is deleted', () => {
    const bucket = idOf(stack.store.bucket);
    expect(template.toJSON().Resources[bucket].DeletionPolicy).toBe('Retain');
  });
});

describe('ingest pipeline', () => {
  it('announces created and removed objects under the key prefix to the ingest queue', () => {
    const queue = idOf(stack.ingest.queue);
    const toQueue = (event: string) => ({
      Events: [event],
      Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'articles/' }] } },
      QueueArn: { 'Fn::GetAtt': [queue, 'Arn'] },
    });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: idOf(stack.store.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [toQueue('s3:ObjectCreated:*'), toQueue('s3:ObjectRemoved:*')],
      },
    });
  });

  it('moves a message to the dead-letter queue after three failed receives', () => {
    const deadLetterQueue = idOf(stack.ingest.deadLetterQueue);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterQueue, 'Arn'] }, maxReceiveCount: 3 },
    });
  });

  it('hides a received message for at least six times the ingest function timeout', () => {
    const queue = template.toJSON().Resources[idOf(stack.ingest.queue)];
    const fn = template.toJSON().Resources[functionId('newstag-ingest')];
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(
      VISIBILITY_TIMEOUT_FACTOR * fn.Properties.Timeout,
    );
  });

  it('feeds the ingest function in bounded batches that report failures per message', () => {
    const queue = idOf(stack.ingest.queue);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queue, 'Arn'] },
      FunctionName: { Ref: functionId('newstag-ingest') },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
      ScalingConfig: { MaximumConcurrency: 10 },
    });
  });

  it('encrypts both queues and refuses non-TLS access to them', () => {
    template.allResourcesProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    for (const queue of [stack.ingest.queue, stack.ingest.deadLetterQueue]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: idOf(queue) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('lets S3 send to the ingest queue only for the article bucket of this account', () => {
    const queue = idOf(stack.ingest.queue);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queue }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 's3.amazonaws.com' },
            Action: Match.arrayWith(['sqs:SendMessage']),
            Resource: { 'Fn::GetAtt': [queue, 'Arn'] },
            Condition: {
              ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [idOf(stack.store.bucket), 'Arn'] } },
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            },
          }),
        ]),
      },
    });
  });

  it('puts the bucket notification configuration only after the queue policy admits S3', () => {
    // S3 sends a test message to the queue when the configuration is put and rejects it if that fails.
    const queuePolicy = stack.ingest.queue.node.tryFindChild('Policy');
    if (!queuePolicy) throw new Error('the ingest queue has no policy');
    const [notifications] = Object.values(template.findResources('Custom::S3BucketNotifications'));
    expect(notifications?.DependsOn).toEqual(expect.arrayContaining([idOf(queuePolicy)]));
  });

  it('lets the ingest and backfill functions list the article bucket, so a deleted object reads as missing rather than forbidden', () => {
    const bucketArn = { 'Fn::GetAtt': [idOf(stack.store.bucket), 'Arn'] };
    for (const service of ['newstag-ingest', 'newstag-backfill']) {
      const statements = statementsOfFunctionRole(template, functionId(service));
      expect({ service, statements }).toEqual({
        service,
        statements: expect.arrayContaining([
          expect.objectContaining({ Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn }),
        ]),
      });
    }
  });

  it('lets the ingest function read articles but never write, delete or configure the bucket', () => {
    const actions = actionsOf(statementsOfFunctionRole(template, functionId('newstag-ingest')));
    expect(actions).toContain('s3:GetObject');
    expect(actions).not.toContain('s3:PutObject');
    expect(
      actions.filter((action) => /^s3:(\*|Put|Delete|Abort|Restore|Replicate|Create)/.test(action)),
    ).toEqual([]);
  });

  it('lets the ingest function write tag records', () => {
    const actions = actionsOf(statementsOfFunctionRole(template, functionId('newstag-ingest')));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:BatchWriteItem']));
  });

  it('tells the ingest function its table, bucket, key filter and size cap', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'newstag-ingest',
          TABLE_NAME: Match.anyValue(),
          BUCKET_NAME: Match.anyValue(),
          KEY_PREFIX: 'articles/',
          KEY_SUFFIX: '',
          MAX_OBJECT_BYTES: '5000000',
        }),
      },
    });
  });
});

describe('tag table', () => {
  it('has exactly the secondary indexes the record model queries (functions/core/records/keys.ts)', () => {
    const table = template.toJSON().Resources[idOf(stack.tagTable.table)];
    const deployed = table.Properties.GlobalSecondaryIndexes.map(
      (gsi: {
        IndexName: string;
        KeySchema: { AttributeName: string; KeyType: string }[];
        Projection: { ProjectionType: string; NonKeyAttributes: string[] };
      }) => ({
        name: gsi.IndexName,
        partitionKey: gsi.KeySchema.find((key) => key.KeyType === 'HASH')?.AttributeName,
        sortKey: gsi.KeySchema.find((key) => key.KeyType === 'RANGE')?.AttributeName,
        projection: gsi.Projection.ProjectionType,
        include: [...gsi.Projection.NonKeyAttributes].sort(),
      }),
    );
    const definitions = table.Properties.AttributeDefinitions as {
      AttributeName: string;
      AttributeType: string;
    }[];
    const expected = GLOBAL_INDEXES.map((gsi) => ({
      name: gsi.name,
      partitionKey: gsi.partitionKey,
      sortKey: gsi.sortKey,
      projection: 'INCLUDE',
      include: [...gsi.include].sort(),
    }));
    expect(deployed).toEqual(expected);
    for (const gsi of GLOBAL_INDEXES) {
      expect(definitions).toContainEqual({ AttributeName: gsi.partitionKey, AttributeType: 'S' });
      expect(definitions).toContainEqual({ AttributeName: gsi.sortKey, AttributeType: gsi.sortKeyType });
    }
  });

  it('expires deletion tombstones through TTL on expiresAt', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('is an on-demand pk/sk table with point-in-time recovery, retained on stack deletion', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });
});

describe('query API', () => {
  it('requires IAM (SigV4) authorisation on every route by default', () => {
    const routes = template.findResources('AWS::ApiGatewayV2::Route');
    expect(Object.keys(routes).length).toBeGreaterThan(0);
    template.allResourcesProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'AWS_IAM' });
  });

  it('routes GET and HEAD (GET without a body) to the handler, and nothing else', () => {
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (r) => r.Properties.RouteKey,
    );

    expect(routes.sort()).toEqual(['GET /', 'GET /{proxy+}', 'HEAD /', 'HEAD /{proxy+}']);
  });

  it('throttles the stage and writes access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
  });

  it('writes access logs to a /aws/vendedlogs/ group named per stack instance, so the account log policy never fills up', () => {
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const logGroupId = stage?.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    const name = JSON.stringify(template.toJSON().Resources[logGroupId].Properties.LogGroupName);
    expect(name).toMatch(/^\{"Fn::Join":\["",\["\/aws\/vendedlogs\/apigateway\/Test-api-access-"/);
    expect(name).toContain('{"Ref":"AWS::StackId"}');
  });

  it('signs cursors with a generated key that the template only references', () => {
    const fn = template.toJSON().Resources[functionId('newstag-api')];
    const cursorSecret = JSON.stringify(fn.Properties.Environment.Variables.CURSOR_SECRET);
    expect(cursorSecret).toContain('{{resolve:secretsmanager:');
    expect(cursorSecret).toContain(idOf(stack.queryApi.cursorSecret));
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
    });
  });

  it('lets the API function read the table and nothing else', () => {
    const statements = statementsOfFunctionRole(template, functionId('newstag-api'));
    const actions = actionsOf(statements);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    const writes = actions.filter((action) =>
      /^dynamodb:(\*|Put|Update|Delete|BatchWrite|Create|Restore|Import|TransactWrite|PartiQLInsert|PartiQLUpdate|PartiQLDelete)/.test(
        action,
      ),
    );
    expect(writes).toEqual([]);
    expect(actions.filter((action) => action.startsWith('s3:') || action.startsWith('sqs:'))).toEqual([]);
  });
});

describe('backfill', () => {
  it('walks the article prefix with a batched, bounded Distributed Map that invokes the backfill function', () => {
    const states = stateMachineDefinition(template).States as Record<string, Record<string, unknown>>;
    const map = Object.values(states).find((state) => state.Type === 'Map');
    expect(map).toMatchObject({
      ItemReader: {
        Resource: expect.stringMatching(/:states:::s3:listObjectsV2$/),
        Parameters: { Bucket: idOf(stack.store.bucket), Prefix: 'articles/' },
      },
      ItemBatcher: { MaxItemsPerBatch: 50 },
      MaxConcurrency: 10,
      ToleratedFailurePercentage: 5,
    });
    const processor = map?.ItemProcessor as { ProcessorConfig: unknown; States: Record<string, unknown> };
    // Standard children: an Express child execution would stop at 5 minutes, the function's own timeout.
    expect(processor.ProcessorConfig).toEqual({ Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' });
    expect(Object.values(processor.States)).toContainEqual(
      expect.objectContaining({
        Resource: expect.stringMatching(/:states:::lambda:invoke$/),
        Parameters: expect.objectContaining({ FunctionName: `${functionId('newstag-backfill')}.Arn` }),
      }),
    );
  });

  it('retries a throttled batch with backoff rather than counting it as failed', () => {
    const states = stateMachineDefinition(template).States as Record<string, Record<string, unknown>>;
    const map = Object.values(states).find((state) => state.Type === 'Map');
    const processor = map?.ItemProcessor as { States: Record<string, { Retry?: unknown[] }> };
    const task = Object.values(processor.States).find((state) => state.Retry);
    expect(task?.Retry).toContainEqual(
      expect.objectContaining({
        ErrorEquals: ['Lambda.TooManyRequestsException'],
        BackoffRate: 2,
        MaxAttempts: expect.any(Number),
      }),
    );
  });

  it('re-tags every article only when the execution input says {"all": true}', () => {
    const definition = stateMachineDefinition(template) as { StartAt: string; States: Record<string, State> };
    expect(batchInputFor(definition, { all: true })).toEqual({ all: true });
    expect(batchInputFor(definition, {})).toEqual({ all: false });
    expect(batchInputFor(definition, { all: false })).toEqual({ all: false });
    expect(batchInputFor(definition, { all: 'yes' })).toEqual({ all: false });
  });

  it('rebuilds a year of daily tops once the map is done, so /top follows the re-tag on older days', () => {
    const definition = stateMachineDefinition(template) as {
      States: Record<string, { Type: string; Next?: string; Parameters?: Record<string, unknown> }>;
    };
    const map = Object.entries(definition.States).find(([, state]) => state.Type === 'Map')?.[1];
    const after = map?.Next ? definition.States[map.Next] : undefined;

    expect(after?.Type).toBe('Task');
    expect(after?.Parameters).toMatchObject({
      FunctionName: expect.stringContaining(functionId('newstag-rollup')),
      Payload: { days: 366 },
    });
  });

  it('gives the backfill function table read/write and bucket read only', () => {
    const actions = actionsOf(statementsOfFunctionRole(template, functionId('newstag-backfill')));
    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject', 'dynamodb:PutItem', 'dynamodb:Query']));
    expect(actions.filter((action) => /^s3:(\*|Put|Delete)/.test(action))).toEqual([]);
  });

  it('applies the ingest key filter and size cap in the backfill function too', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'newstag-backfill',
          TABLE_NAME: Match.anyValue(),
          BUCKET_NAME: Match.anyValue(),
          KEY_PREFIX: 'articles/',
          KEY_SUFFIX: '',
          MAX_OBJECT_BYTES: '5000000',
        }),
      },
    });
  });

  it('logs executions to a /aws/vendedlogs/ group named per stack instance, so the account log policy never fills up', () => {
    const machine = Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0];
    const logGroupId =
      machine?.Properties.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn[
        'Fn::GetAtt'
      ][0];
    const logGroup = template.toJSON().Resources[logGroupId];
    const name = JSON.stringify(logGroup.Properties.LogGroupName);
    expect(name).toMatch(/^\{"Fn::Join":\["",\["\/aws\/vendedlogs\/states\/Test-backfill-"/);
    expect(name).toContain('{"Ref":"AWS::StackId"}');
  });

  it('logs every execution and traces it', () => {
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: Match.objectLike({ Level: 'ALL' }),
      TracingConfiguration: { Enabled: true },
    });
  });
});

describe('top rollup', () => {
  it("rebuilds today's and yesterday's daily tops every five minutes and the last 31 days nightly", () => {
    const target = (input: Record<string, unknown>) =>
      Match.arrayWith([
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [functionId('newstag-rollup'), 'Arn'] },
          Input: JSON.stringify(input),
        }),
      ]);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: target({ days: 2 }),
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(30 0 * * ? *)',
      Targets: target({ days: 31 }),
    });
  });

  it('lets the rollup function read the table and write only daily-top items, never S3', () => {
    const statements = statementsOfFunctionRole(template, functionId('newstag-rollup'));
    const actions = actionsOf(statements);
    const writes = statements.filter((statement) =>
      [statement.Action]
        .flat()
        .some((action) => /^dynamodb:(\*|Put|Update|Delete|BatchWrite|TransactWrite)/.test(action)),
    );

    expect(actions).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:PutItem']));
    expect(writes).toEqual([
      expect.objectContaining({
        Action: 'dynamodb:PutItem',
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['R#*'] } },
      }),
    ]);
    expect(actions.filter((action) => action.startsWith('s3:') || action.startsWith('sqs:'))).toEqual([]);
  });
});

describe('functions', () => {
  it('builds exactly the ingest, API, backfill and rollup functions from the base construct', () => {
    expect([...functions.keys()].sort()).toEqual([
      'newstag-api',
      'newstag-backfill',
      'newstag-ingest',
      'newstag-rollup',
    ]);
  });

  it('runs every project function on nodejs22.x and arm64 with tracing and a retained-for-a-while log group', () => {
    for (const logicalId of functions.values()) {
      const fn = template.toJSON().Resources[logicalId];
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: expect.any(String) } },
      });
      const logGroup = template.toJSON().Resources[fn.Properties.LoggingConfig.LogGroup.Ref];
      expect(logGroup.Properties.RetentionInDays).toBe(30);
    }
  });

  it("filters application logs at the same level as Powertools, so Lambda's filter never hides debug lines", () => {
    for (const logicalId of functions.values()) {
      const fn = template.toJSON().Resources[logicalId];
      expect(fn.Properties.LoggingConfig.ApplicationLogLevel).toBe(
        fn.Properties.Environment.Variables.POWERTOOLS_LOG_LEVEL,
      );
    }
  });

  it('runs every project function under a role without AWS managed policies', () => {
    for (const logicalId of functions.values()) {
      expect(() => statementsOfFunctionRole(template, logicalId)).not.toThrow();
    }
  });
});

describe('monitoring', () => {
  const alarmOn = (metricName: string, namespace: string, dimension: Record<string, unknown>) =>
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metricName,
      Namespace: namespace,
      Dimensions: [dimension],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });

  it('alarms as soon as one message reaches the dead-letter queue', () => {
    const deadLetterQueue = idOf(stack.ingest.deadLetterQueue);
    alarmOn('ApproximateNumberOfMessagesVisible', 'AWS/SQS', {
      Name: 'QueueName',
      Value: { 'Fn::GetAtt': [deadLetterQueue, 'QueueName'] },
    });
  });

  it("tells the one who gets the dead-letter alarm how to read and redrive this stack's queue", () => {
    const deadLetterQueue = idOf(stack.ingest.deadLetterQueue);
    const [alarm] = Object.values(
      template.findResources('AWS::CloudWatch::Alarm', {
        Properties: { Dimensions: [{ Value: { 'Fn::GetAtt': [deadLetterQueue, 'QueueName'] } }] },
      }),
    );
    const description = JSON.stringify(alarm?.Properties.AlarmDescription);

    expect(description).toContain(`aws sqs receive-message --queue-url ",{"Ref":"${deadLetterQueue}"}`);
    expect(description).toContain(
      `aws sqs start-message-move-task --source-arn ",{"Fn::GetAtt":["${deadLetterQueue}","Arn"]}`,
    );
    // `newstag dlq` reads the local stack's dead-letter store only.
    expect(description).not.toContain('newstag dlq');
  });

  it('alarms on the age of the oldest ingest message', () => {
    const queue = idOf(stack.ingest.queue);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Namespace: 'AWS/SQS',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
      Statistic: 'Maximum',
    });
  });

  it('alarms on error and throttle counts of every function', () => {
    for (const logicalId of functions.values()) {
      for (const metricName of ['Errors', 'Throttles']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          MetricName: metricName,
          Namespace: 'AWS/Lambda',
          Statistic: 'Sum',
          Threshold: 1,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId } }],
        });
      }
    }
  });

  it('has a dashboard of queue, API, function, table and backfill metrics', () => {
    const [dashboard] = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const metric of [
      'ApproximateAgeOfOldestMessage',
      'Latency',
      'Throttles',
      'ConsumedWriteCapacityUnits',
      'ExecutionsFailed',
    ]) {
      expect(body).toContain(metric);
    }
  });

  it('without an alarm e-mail, has no topic and no alarm actions', () => {
    expect(Object.keys(template.findResources('AWS::SNS::Topic'))).toEqual([]);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: Match.absent() });
  });
});

describe('outputs', () => {
  it('publishes what a user needs after deploy', () => {
    for (const name of [
      'ArticleBucketName',
      'ApiUrl',
      'TagTableName',
      'DeadLetterQueueUrl',
      'BackfillStateMachineArn',
      'RollupFunctionName',
    ]) {
      template.hasOutput(name, {});
    }
  });

  it('publishes the dead-letter queue ARN that a redrive (start-message-move-task) takes', () => {
    const [queueId] = Object.entries(template.findResources('AWS::SQS::Queue')).find(
      ([, queue]) => !(queue as { Properties?: { RedrivePolicy?: unknown } }).Properties?.RedrivePolicy,
    ) ?? [''];

    template.hasOutput('DeadLetterQueueArn', { Value: { 'Fn::GetAtt': [queueId, 'Arn'] } });
  });
});
