import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { BUNDLE_ALIASES } from '../bundling/aliases.js';

/** Every function shares one runtime and architecture so the template tests can assert a single answer. */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;
export const FUNCTION_ARCHITECTURE = Architecture.ARM_64;

/**
 * Bundled dependencies (the AWS SDK among them) still call `require` for Node built-ins; an ESM bundle has no
 * `require`, so we recreate it once at the top of the file.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __newstagCreateRequire } from 'node:module'; const require = __newstagCreateRequire(import.meta.url);";

export { CREDENTIAL_SOURCES_NOT_BUNDLED } from '../bundling/aliases.js';

export interface NodeFunctionProps {
  /** Path of the TypeScript handler module; it must export `handler`. */
  readonly entry: string;
  /** What the function does, shown in the Lambda console. */
  readonly description: string;
  /**
   * Memory in MiB; CPU share grows with it.
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Maximum run time of one invocation.
   * @default Duration.seconds(30)
   */
  readonly timeout?: Duration;
  /**
   * Extra environment variables (table and bucket names are added by the grant helpers).
   * @default - none beyond the service name, log level and source-map switch
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * Powertools service name, used in logs and metrics dimensions.
   */
  readonly serviceName: string;
  /**
   * Log level, for Powertools and for Lambda's application log filter alike.
   * @default 'INFO'
   */
  readonly logLevel?: string;
  /**
   * How long the function's log group keeps events.
   * @default RetentionDays.ONE_MONTH
   */
  readonly logRetention?: RetentionDays;
  /**
   * What happens to the log group when the stack is deleted.
   * @default RemovalPolicy.RETAIN
   */
  readonly logRemovalPolicy?: RemovalPolicy;
}

/** Namespace of the custom metrics every function publishes through Powertools. */
export const METRICS_NAMESPACE = 'newstag';

/**
 * The one way this project builds a Lambda function: Node.js 22 on arm64, bundled by the locally installed
 * esbuild into a minified ESM file with source maps, AWS SDK included (pinned versions, faster cold start
 * than resolving the runtime's copy) minus the SDK features these functions never use, active tracing and a
 * log group with bounded retention.
 */
export class NodeFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: NodeFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this function's log group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    logGroup.grantWrite(role);
    super(scope, id, {
      role,
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: FUNCTION_ARCHITECTURE,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(30),
      tracing: Tracing.ACTIVE,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      // Lambda's own level filter (AWS_LAMBDA_LOG_LEVEL) overrides Powertools' when both are set: keep them equal.
      applicationLogLevelV2: applicationLogLevel(props.logLevel ?? 'INFO'),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        minify: true,
        sourceMap: true,
        // Linked: the bundle names its .map file, so --enable-source-maps turns stack traces into
        // TypeScript lines (external maps carry no sourceMappingURL comment and are never read).
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        // Prefer the ESM build of dual packages so tree shaking has something to work with.
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        bundleAwsSDK: true,
        externalModules: [],
        // No Docker on build machines: the esbuild from devDependencies does the work.
        forceDockerBundling: false,
        metafile: false,
        esbuildArgs: {
          // Stand-ins for SDK code these functions never run (lib/bundling/aliases.ts).
          ...Object.fromEntries(
            Object.entries(BUNDLE_ALIASES).map(([name, path]) => [`--alias:${name}`, path]),
          ),
          // ASCII output: one non-ASCII character anywhere makes V8 hold the whole bundle source as two-byte
          // text, and every parse and lazy compile of its functions reads that copy (~18 M instructions of the
          // ingest import, 1.5%). The gazetteers ship packed as base91 text, so escaping the few hundred
          // letters left in strings costs ~1.2 KB; esbuild leaves regex literals and String.raw raw, so the
          // sources write those letters as \u escapes (test/unit/lambda-bundle.ts checks the output).
          // Passed as a raw argument because this CDK version does not forward the `charset` option.
          '--charset': 'ascii',
          // esbuild writes a regex literal with a \p{…} outside brackets as `new RegExp("…")`, and that is kept
          // on purpose: V8 checks a literal's syntax when it parses the bundle, so each \p{…} (an ICU scan of
          // every code point) was paid once more at import for all ~55 module-level ones (~5 ms of the cold
          // start). A \p{…} only inside brackets ("[\p{L}\p{N}]") stays a literal, so the sources build those
          // from strings (text/lazy-pattern.ts `lazyPatternOf`; test/unit/bundling/import-patterns.test.ts). The
          // tagger keeps such regexes in module constants, so none is built per call
          // (test/unit/bundling/regex-constants.test.ts).
        },
      },
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned on purpose to nodejs22.x, the runtime the bundles target and the project tests against; moving to a newer runtime is a deliberate, tested change.',
    });
  }
}

/** Lambda's application log level for a Powertools level name; an unknown name fails the synth. */
function applicationLogLevel(level: string): ApplicationLogLevel {
  const levels: Record<string, ApplicationLogLevel> = {
    DEBUG: ApplicationLogLevel.DEBUG,
    INFO: ApplicationLogLevel.INFO,
    WARN: ApplicationLogLevel.WARN,
    ERROR: ApplicationLogLevel.ERROR,
  };
  const mapped = levels[level.toUpperCase()];
  if (!mapped) throw new Error(`logLevel must be one of ${Object.keys(levels).join(', ')}; got ${level}`);
  return mapped;
}
