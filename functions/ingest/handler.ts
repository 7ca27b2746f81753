// First: the JIT budget for streams of new articles is set before any tagger code runs (stream-jit.ts).
import '../runtime/stream-jit.js';
import { createIngestHandler } from './create-handler.js';
import { loadIngestEnvironment } from './environment.js';

const { config, pipeline, telemetry } = loadIngestEnvironment();

export const handler = createIngestHandler({
  pipeline,
  filter: { prefix: config.KEY_PREFIX, suffix: config.KEY_SUFFIX },
  ...telemetry,
});
