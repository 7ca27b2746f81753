import { createDocumentClient } from '../adapters/clients.js';
import { createRollupRepository } from '../adapters/rollup-repository.js';
import { createTelemetry } from '../adapters/telemetry.js';
import { loadRollupConfig } from './config.js';
import { createRollupHandler } from './create-handler.js';

/** Daily-top rollup Lambda, invoked by schedules (lib/constructs/top-rollup.ts). Built once per container. */
const config = loadRollupConfig();
const dynamo = createDocumentClient({ region: config.AWS_REGION, dynamoEndpoint: config.DYNAMODB_ENDPOINT });
const { logger } = createTelemetry({
  serviceName: config.POWERTOOLS_SERVICE_NAME,
  namespace: config.POWERTOOLS_METRICS_NAMESPACE,
});

export const handler = createRollupHandler({
  repository: createRollupRepository(dynamo, config.TABLE_NAME),
  now: () => new Date(),
  logger,
  refreshMinutes: config.ROLLUP_EVERY_MINUTES,
});
