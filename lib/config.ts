import { z } from 'zod';

/** Context keys are namespaced so `cdk -c newstag:authMode=jwt` cannot collide with CDK feature flags. */
export const CONTEXT_NAMESPACE = 'newstag';

const csv = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : value.split(','))
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  );

/**
 * A browser origin as the API function accepts it (functions/api/config.ts: `*` or an http(s) URL): the
 * function validates CORS_ORIGINS at cold start, so a value it rejects would deploy fine and then fail
 * every request. Also no path, query or trailing slash: a browser's `Origin` header never has one, so such
 * an entry would never match.
 */
const corsOrigin = z.union([
  z.literal('*'),
  z
    .url({ protocol: /^https?$/ })
    .refine(
      (value) => URL.canParse(value) && new URL(value).origin === value,
      'an origin is scheme://host[:port] with no path or trailing slash',
    ),
]);

// `cdk -c key=value` always hands over strings; cdk.json can hand over real JSON values. Accept both.
const booleanLike = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

/**
 * Deployment configuration of the newstag stack, read from CDK context (`newstag:<key>`) and validated once.
 * Every key is documented in docs/deploy.md.
 */
export const deployConfigSchema = z
  .object({
    /** CloudFormation stack name; several newstag stacks can live in one account. */
    stackName: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,127}$/, 'letters, digits and hyphens, starting with a letter')
      .default('Newstag'),
    /** Only objects under this key prefix trigger ingestion (and are walked by the backfill). */
    keyPrefix: z.string().default('articles/'),
    /** Only objects whose key ends with this suffix trigger ingestion; empty string means any. */
    keySuffix: z.string().default(''),
    /** Objects larger than this are rejected by the ingest function without being read. */
    maxObjectBytes: z.coerce.number().int().positive().max(100_000_000).default(5_000_000),
    /** `iam` signs requests with SigV4; `jwt` validates tokens from an OIDC issuer. */
    authMode: z.enum(['iam', 'jwt']).default('iam'),
    /**
     * OIDC issuer URL for `authMode=jwt`, e.g. a Cognito user pool URL. API Gateway fetches the issuer's
     * discovery document and keys over HTTPS and compares the token's `iss` with it, so it must be https
     * with no query or fragment.
     */
    jwtIssuer: z
      .url({ protocol: /^https$/ })
      .refine((value) => !/[?#]/.test(value), 'the issuer URL has no query or fragment')
      .optional(),
    /** Accepted `aud` (or Cognito `client_id`) values for `authMode=jwt`. */
    jwtAudience: csv.optional(),
    /** Origins allowed by CORS on the HTTP API (`*` for any); empty means no CORS headers. */
    corsOrigins: csv.pipe(z.array(corsOrigin)).default([]),
    /** When set, alarms publish to an SNS topic with this e-mail subscribed. */
    alarmEmail: z.email().optional(),
    /** `retain` keeps the bucket and table on stack deletion; `destroy` is for throwaway dev stacks. */
    removalPolicy: z.enum(['retain', 'destroy']).default('retain'),
    /** Powertools log level of every function. */
    logLevel: z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
    /** Steady-state request rate limit of the HTTP API (requests per second). */
    apiRateLimit: z.coerce.number().int().positive().default(50),
    /** Burst request limit of the HTTP API. */
    apiBurstLimit: z.coerce.number().int().positive().default(100),
    /** Upper bound of concurrent ingest function instances the queue may drive (2–1000). */
    ingestMaxConcurrency: z.coerce.number().int().min(2).max(1000).default(10),
    /**
     * Ingest function timeout in seconds. A batch handles its messages one after another and a `.jsonl` object
     * may hold thousands of articles; the queue's visibility timeout is six times this.
     */
    ingestTimeoutSeconds: z.coerce.number().int().min(10).max(900).default(300),
    /** Deliveries of one message before it moves to the dead-letter queue. */
    maxReceiveCount: z.coerce.number().int().min(1).max(1000).default(3),
    /** Minutes between rebuilds of today's and yesterday's daily tops: how far `GET /top` may lag ingest. */
    rollupEveryMinutes: z.coerce.number().int().min(1).max(1440).default(5),
    /** Keep CloudWatch log groups this many days. */
    logRetentionDays: z.coerce.number().int().positive().default(30),
    /** Also run the `AwsSolutions` cdk-nag pack at synth time (tests always do). */
    nag: booleanLike.default(true),
  })
  .superRefine((config, ctx) => {
    if (config.authMode === 'jwt') {
      if (!config.jwtIssuer) {
        ctx.addIssue({
          code: 'custom',
          path: ['jwtIssuer'],
          message: 'jwtIssuer is required when authMode=jwt',
        });
      }
      if (!config.jwtAudience || config.jwtAudience.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['jwtAudience'],
          message: 'jwtAudience is required when authMode=jwt',
        });
      }
    }
  });

export type DeployConfig = z.output<typeof deployConfigSchema>;
export type DeployConfigInput = z.input<typeof deployConfigSchema>;

/** Context lookup as exposed by `construct.node.tryGetContext`. */
export type ContextReader = (key: string) => unknown;

/** Reads every known key from context and validates them together; throws a readable error listing all problems. */
export function readDeployConfig(readContext: ContextReader): DeployConfig {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(deployConfigSchema.shape)) {
    const value = readContext(`${CONTEXT_NAMESPACE}:${key}`);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = deployConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid newstag deploy configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
