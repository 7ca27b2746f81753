import { createIngestHandler } from './create-handler.js';
import { loadIngestEnvironment } from './environment.js';

const { config, pipeline, telemetry } = loadIngestEnvironment();

export const handler = createIngestHandler({
  pipeline,
  filter: { prefix: config.KEY_PREFIX, suffix: config.KEY_SUFFIX },
  ...telemetry,
});
