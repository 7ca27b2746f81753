import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpStage,
  type IHttpRouteAuthorizer,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { NodeFunction } from './node-function.js';
import type { TagTable } from './tag-table.js';
import { vendedLogGroupName } from './vended-log-group.js';

/** Environment variable listing the CORS origins the API handler echoes back (comma separated). */
export const CORS_ORIGINS_ENV = 'CORS_ORIGINS';
/** Environment variable holding the key that signs pagination cursors (see functions/api/config.ts). */
export const CURSOR_SECRET_ENV = 'CURSOR_SECRET';

/** How callers prove who they are. */
export type ApiAuthorization =
  | { readonly mode: 'iam' }
  | { readonly mode: 'jwt'; readonly issuer: string; readonly audience: readonly string[] };

export interface QueryApiProps {
  readonly tagTable: TagTable;
  /** Path of the API handler module. */
  readonly entry: string;
  /**
   * Request authorisation for every route.
   * @default { mode: 'iam' } (SigV4-signed requests from principals allowed `execute-api:Invoke`)
   */
  readonly authorization?: ApiAuthorization;
  /**
   * Origins allowed to call the API from a browser.
   * @default [] (no CORS)
   */
  readonly corsOrigins?: readonly string[];
  /**
   * Steady-state requests per second across the stage.
   * @default 50
   */
  readonly rateLimit?: number;
  /**
   * Burst of requests allowed above the steady rate.
   * @default 100
   */
  readonly burstLimit?: number;
  /**
   * Access log retention.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the access log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
  /**
   * API function memory in MiB.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * API function timeout; HTTP API integrations give up after 30 s anyway.
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * Powertools log level.
   * @default 'INFO'
   */
  readonly logLevel?: string;
}

/** One line of JSON per request, with what is needed to tie a request to its Lambda logs and trace. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    sourceIp: '$context.identity.sourceIp',
    caller: '$context.identity.caller',
    routeKey: '$context.routeKey',
    path: '$context.path',
    status: '$context.status',
    protocol: '$context.protocol',
    responseLength: '$context.responseLength',
    responseLatency: '$context.responseLatency',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
    authorizerError: '$context.authorizer.error',
  }),
);

/**
 * HTTP API (payload v2.0) in front of the read-only API function. Every route requires authorisation (IAM
 * by default, JWT as an option), the stage is throttled and writes access logs.
 */
export class QueryApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly function: NodeFunction;
  readonly cursorSecret: Secret;

  constructor(scope: Construct, id: string, props: QueryApiProps) {
    super(scope, id);
    const corsOrigins = [...(props.corsOrigins ?? [])];

    this.function = new NodeFunction(this, 'Function', {
      entry: props.entry,
      description: 'Answers tag queries over HTTP from the tag table (read only)',
      serviceName: 'newstag-api',
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      logLevel: props.logLevel,
      logRetention: props.logRetention,
      logRemovalPolicy: props.logRemovalPolicy,
      environment: { [CORS_ORIGINS_ENV]: corsOrigins.join(',') },
    });
    props.tagTable.grantRead(this.function);

    // A generated key makes cursors unforgeable. CloudFormation resolves the dynamic reference at deploy
    // time, so the value never appears in the template; it does appear in the function's configuration.
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'HMAC key for newstag API pagination cursors',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The cursor key is read at deploy time into the function environment; rotating it would only invalidate open page cursors until the next deploy. Replace it with `cdk deploy` after `aws secretsmanager put-secret-value` if needed.',
    });
    this.function.addEnvironment(CURSOR_SECRET_ENV, this.cursorSecret.secretValue.unsafeUnwrap());

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'newstag query API',
      createDefaultStage: false,
      defaultAuthorizer: authorizerFor(props.authorization ?? { mode: 'iam' }),
      ...(corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: corsOrigins,
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.OPTIONS],
              allowHeaders: ['authorization', 'content-type', 'x-amz-date', 'x-amz-security-token'],
              maxAge: Duration.hours(1),
            },
          }
        : {}),
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      logGroupName: vendedLogGroupName(this, 'apigateway', 'api-access'),
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit ?? 50, burstLimit: props.burstLimit ?? 100 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });

    // The handler does its own routing; the API only admits reads. HEAD is GET without the body, which
    // link checkers, caches and `curl -I` ask of GET routes (the handler answers it; see docs/api.md).
    const integration = new HttpLambdaIntegration('Integration', this.function);
    const methods = [HttpMethod.GET, HttpMethod.HEAD];
    this.api.addRoutes({ path: '/{proxy+}', methods, integration });
    this.api.addRoutes({ path: '/', methods, integration });
  }
}

function authorizerFor(authorization: ApiAuthorization): IHttpRouteAuthorizer {
  if (authorization.mode === 'iam') return new HttpIamAuthorizer();
  return new HttpJwtAuthorizer('JwtAuthorizer', authorization.issuer, {
    jwtAudience: [...authorization.audience],
  });
}
