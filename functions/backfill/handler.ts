import { createClients } from '../adapters/clients.js';
import { loadIngestConfig } from '../adapters/config.js';
import { createDynamoRepository } from '../adapters/dynamo-repository.js';
import { createS3ObjectSource } from '../adapters/s3-reader.js';
import { createTelemetry } from '../adapters/telemetry.js';
import { tagArticle } from '../core/tag.js';
import { TAGGER_VERSION } from '../core/version.js';
import { createBackfillHandler } from './create-handler.js';

// Same configuration and adapters as the ingest function: a re-tag is an ingest at the same sequencer.
const config = loadIngestConfig();
const clients = createClients({
  region: config.AWS_REGION,
  s3Endpoint: config.S3_ENDPOINT,
  dynamoEndpoint: config.DYNAMODB_ENDPOINT,
});
const telemetry = createTelemetry({
  serviceName: config.POWERTOOLS_SERVICE_NAME,
  namespace: config.POWERTOOLS_METRICS_NAMESPACE,
});

export const handler = createBackfillHandler({
  pipeline: {
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
  },
  bucket: config.BUCKET_NAME,
  filter: { prefix: config.KEY_PREFIX, suffix: config.KEY_SUFFIX },
  concurrency: config.ARTICLE_CONCURRENCY,
  ...telemetry,
});
