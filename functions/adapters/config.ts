import * as z from 'zod';

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const bytes = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Environment of the ingest and backfill functions (names match lib/constructs). Parsed once at module
 * load; a bad value fails the cold start with a message naming the variable.
 */
export const IngestConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().optional(),
  KEY_PREFIX: z.string().default(''),
  KEY_SUFFIX: z.string().default(''),
  MAX_OBJECT_BYTES: bytes(5_000_000),
  MAX_DECOMPRESSED_BYTES: bytes(20_000_000),
  MAX_ARTICLES_PER_OBJECT: bytes(5_000),
  ARTICLE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Endpoint overrides for the local servers (s3rver, dynalite); unset in AWS. */
  S3_ENDPOINT: optionalUrl,
  DYNAMODB_ENDPOINT: optionalUrl,
  POWERTOOLS_SERVICE_NAME: z.string().default('newstag-ingest'),
  POWERTOOLS_METRICS_NAMESPACE: z.string().default('newstag'),
});
export type IngestConfig = z.infer<typeof IngestConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadIngestConfig(env: NodeJS.ProcessEnv = process.env): IngestConfig {
  const parsed = IngestConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid ingest configuration:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
