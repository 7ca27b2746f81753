import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { readDeployConfig } from '../../lib/config.js';
import { retentionDays } from '../../lib/newstag-stack.js';
import { synthTemplate } from './synth.js';

const fromContext = (values: Record<string, unknown>) =>
  readDeployConfig((key) => values[key.replace(/^newstag:/, '')]);

describe('deploy configuration', () => {
  it('defaults to IAM auth, retained data and the articles/ prefix', () => {
    expect(fromContext({})).toMatchObject({
      authMode: 'iam',
      removalPolicy: 'retain',
      keyPrefix: 'articles/',
      keySuffix: '',
      maxObjectBytes: 5_000_000,
    });
  });

  it('turns CLI strings into numbers and lists', () => {
    expect(
      fromContext({ maxObjectBytes: '500000', corsOrigins: 'https://a.example, https://b.example' }),
    ).toMatchObject({ maxObjectBytes: 500_000, corsOrigins: ['https://a.example', 'https://b.example'] });
  });

  it('refuses JWT auth without an issuer and an audience, naming both', () => {
    expect(() => fromContext({ authMode: 'jwt' })).toThrow(
      /jwtIssuer[\s\S]*jwtAudience|jwtAudience[\s\S]*jwtIssuer/,
    );
  });

  it('refuses a malformed alarm e-mail, an unknown removal policy and a non-numeric size cap', () => {
    expect(() => fromContext({ alarmEmail: 'not-an-address' })).toThrow(/alarmEmail/);
    expect(() => fromContext({ removalPolicy: 'snapshot' })).toThrow(/removalPolicy/);
    expect(() => fromContext({ maxObjectBytes: 'big' })).toThrow(/maxObjectBytes/);
    expect(() => fromContext({ stackName: 'my stack' })).toThrow(/stackName/);
  });

  it('accepts only CORS origins the API function accepts at cold start and a browser can send', () => {
    expect(fromContext({ corsOrigins: '*' }).corsOrigins).toEqual(['*']);
    expect(fromContext({ corsOrigins: 'http://localhost:5173' }).corsOrigins).toEqual([
      'http://localhost:5173',
    ]);
    expect(() => fromContext({ corsOrigins: 'app.example.com' })).toThrow(/corsOrigins/);
    expect(() => fromContext({ corsOrigins: 'https://app.example.com/' })).toThrow(/corsOrigins/);
    expect(() => fromContext({ corsOrigins: 'https://app.example.com/ui' })).toThrow(/corsOrigins/);
  });

  it('requires an https JWT issuer without query or fragment', () => {
    const jwt = (jwtIssuer: string) => fromContext({ authMode: 'jwt', jwtIssuer, jwtAudience: 'client-id' });
    expect(jwt('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123').jwtIssuer).toBe(
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123',
    );
    expect(() => jwt('http://idp.example.com')).toThrow(/jwtIssuer/);
    expect(() => jwt('https://idp.example.com/?tenant=a')).toThrow(/jwtIssuer/);
  });

  it('rounds log retention up to a value CloudWatch accepts', () => {
    expect(retentionDays(30)).toBe(30);
    expect(retentionDays(31)).toBe(60);
    expect(retentionDays(1)).toBe(1);
  });
});

describe('stack built from configuration', { timeout: 120_000 }, () => {
  it('filters notifications by both prefix and suffix and hands them to the function', () => {
    const template = synthTemplate({ keyPrefix: 'in/', keySuffix: '.html', maxObjectBytes: '123456' });
    const [notifications] = Object.values(template.findResources('Custom::S3BucketNotifications'));
    const rules =
      notifications?.Properties.NotificationConfiguration.QueueConfigurations[0].Filter.Key.FilterRules;
    expect(rules).toHaveLength(2);
    expect(rules).toEqual(
      expect.arrayContaining([
        { Name: 'prefix', Value: 'in/' },
        { Name: 'suffix', Value: '.html' },
      ]),
    );
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ KEY_PREFIX: 'in/', KEY_SUFFIX: '.html', MAX_OBJECT_BYTES: '123456' }),
      },
    });
  });

  it('derives the queue visibility timeout from the configured ingest timeout', () => {
    const template = synthTemplate({ ingestTimeoutSeconds: '60' });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 60,
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'newstag-ingest' }) },
    });
    template.hasResourceProperties('AWS::SQS::Queue', { VisibilityTimeout: 6 * 60 + 1 });
  });

  it('rebuilds recent daily tops as often as configured, and refuses a zero interval', () => {
    const template = synthTemplate({ rollupEveryMinutes: '15' });

    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)' });
    // The function stamps tops built during their day as stale after a few missed refreshes of that interval.
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          POWERTOOLS_SERVICE_NAME: 'newstag-rollup',
          ROLLUP_EVERY_MINUTES: '15',
        }),
      },
    });
    expect(() => fromContext({ rollupEveryMinutes: '0' })).toThrow(/rollupEveryMinutes/);
  });

  it('uses a JWT authoriser with the configured issuer and audience on every route', () => {
    const template = synthTemplate({
      authMode: 'jwt',
      jwtIssuer: 'https://issuer.example.com/',
      jwtAudience: 'reader-app',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: 'https://issuer.example.com/', Audience: ['reader-app'] },
    });
    template.allResourcesProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'JWT' });
  });

  it('sends every alarm to an SNS topic with the e-mail subscribed when one is given', () => {
    const template = synthTemplate({ alarmEmail: 'oncall@example.com' });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.com',
    });
    const topicId = Object.keys(template.findResources('AWS::SNS::Topic'))[0];
    template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: [{ Ref: topicId }] });
  });

  it("lets CloudWatch alarms of this account publish to the alarm topic despite the topic's own TLS-only policy", () => {
    const template = synthTemplate({ alarmEmail: 'oncall@example.com' });
    const topicId = Object.keys(template.findResources('AWS::SNS::Topic'))[0];
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Resource: { Ref: topicId },
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: { 'aws:SourceArn': Match.anyValue() },
            },
          }),
        ]),
      },
    });
  });

  it('lets a throwaway dev stack delete its table and empty its buckets', () => {
    const template = synthTemplate({ removalPolicy: 'destroy' });
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })] }),
    });
    template.allResources('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    template.hasResource('Custom::S3AutoDeleteObjects', {});
  });

  it('answers browser preflight requests only for the configured origins', () => {
    const template = synthTemplate({ corsOrigins: 'https://news.example.com' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://news.example.com'] }),
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ CORS_ORIGINS: 'https://news.example.com' }) },
    });
  });
});
