import * as z from 'zod/mini';
import { DEFAULT_MAX_DECOMPRESSED_BYTES } from '../ingest/limits.js';
import { optionalUrl, parseEnvironment } from './environment.js';

export { ConfigError } from './environment.js';

const bytes = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

/**
 * Environment of the ingest and backfill functions (names match lib/constructs). Parsed once at module
 * load; a bad value fails the cold start with a message naming the variable.
 */
export const IngestConfigSchema = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.optional(z.string()),
  KEY_PREFIX: z._default(z.string(), ''),
  KEY_SUFFIX: z._default(z.string(), ''),
  MAX_OBJECT_BYTES: bytes(5_000_000),
  MAX_DECOMPRESSED_BYTES: bytes(DEFAULT_MAX_DECOMPRESSED_BYTES),
  MAX_ARTICLES_PER_OBJECT: bytes(5_000),
  ARTICLE_CONCURRENCY: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(64)), 4),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
  /** Endpoint overrides for the local servers (s3rver, dynalite); unset in AWS. */
  S3_ENDPOINT: optionalUrl,
  DYNAMODB_ENDPOINT: optionalUrl,
  POWERTOOLS_SERVICE_NAME: z._default(z.string(), 'newstag-ingest'),
  POWERTOOLS_METRICS_NAMESPACE: z._default(z.string(), 'newstag'),
});
export type IngestConfig = z.infer<typeof IngestConfigSchema>;

export function loadIngestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  return parseEnvironment(IngestConfigSchema, env, 'ingest');
}
