// First: the JIT budget for streams of new articles is set before any tagger code runs (stream-jit.ts).
import '../runtime/stream-jit.js';
import { loadIngestEnvironment } from '../ingest/environment.js';
import { createBackfillHandler } from './create-handler.js';

// Same configuration and adapters as the ingest function: a re-tag is an ingest at the same sequencer.
const { config, pipeline, telemetry } = loadIngestEnvironment();

export const handler = createBackfillHandler({
  pipeline,
  bucket: config.BUCKET_NAME,
  filter: { prefix: config.KEY_PREFIX, suffix: config.KEY_SUFFIX },
  concurrency: config.ARTICLE_CONCURRENCY,
  ...telemetry,
});
