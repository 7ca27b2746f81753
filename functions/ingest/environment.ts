import { createClients } from '../adapters/clients.js';
import { type IngestConfig, loadIngestConfig } from '../adapters/config.js';
import { createDynamoRepository } from '../adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../adapters/s3-reader.js';
import { createTelemetry } from '../adapters/telemetry.js';
import { tagArticle } from '../core/tag.js';
import { TAGGER_VERSION } from '../core/version.js';
import type { PipelineDeps } from './pipeline.js';

/**
 * What the ingest and backfill functions build once per execution environment: the validated
 * configuration (a bad one fails the cold start loudly), the clients, telemetry and the pipeline's
 * adapters. A re-tag is an ingest at the same sequencer, so both functions share all of it.
 */
export function loadIngestEnvironment(env: NodeJS.ProcessEnv = process.env): {
  config: IngestConfig;
  pipeline: Omit<PipelineDeps, 'onArticle'>;
  telemetry: ReturnType<typeof createTelemetry>;
} {
  const config = loadIngestConfig(env);
  const clients = createClients({
    region: config.AWS_REGION,
    s3Endpoint: config.S3_ENDPOINT,
    dynamoEndpoint: config.DYNAMODB_ENDPOINT,
  });
  const telemetry = createTelemetry({
    serviceName: config.POWERTOOLS_SERVICE_NAME,
    namespace: config.POWERTOOLS_METRICS_NAMESPACE,
  });
  const pipeline = {
    repository: createDynamoRepository(clients.dynamo, { tableName: config.TABLE_NAME }),
    objects: createS3ObjectSource(clients.s3, config.MAX_OBJECT_BYTES),
    tag: tagArticle,
    taggerVersion: TAGGER_VERSION,
    limits: {
      maxDecompressedBytes: config.MAX_DECOMPRESSED_BYTES,
      maxArticlesPerObject: config.MAX_ARTICLES_PER_OBJECT,
    },
    articleConcurrency: config.ARTICLE_CONCURRENCY,
    now: () => new Date().toISOString(),
  };
  return { config, pipeline, telemetry };
}
