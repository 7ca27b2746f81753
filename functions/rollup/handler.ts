import { Logger } from '@aws-lambda-powertools/logger';
import { createDocumentClient } from '../adapters/clients.js';
import { createRollupRepository } from '../adapters/rollup-repository.js';
import { loadRollupConfig } from './config.js';
import { createRollupHandler } from './create-handler.js';

/** Daily-top rollup Lambda, invoked by schedules (lib/constructs/top-rollup.ts). Built once per container. */
const config = loadRollupConfig();
const dynamo = createDocumentClient({ region: config.AWS_REGION, dynamoEndpoint: config.DYNAMODB_ENDPOINT });
// Logs only: the rollup publishes no metrics of its own (Lambda's errors and duration are alarmed on).
const logger = new Logger({ serviceName: config.POWERTOOLS_SERVICE_NAME });

export const handler = createRollupHandler({
  repository: createRollupRepository(dynamo, config.TABLE_NAME),
  now: () => new Date(),
  logger,
  refreshMinutes: config.ROLLUP_EVERY_MINUTES,
});
