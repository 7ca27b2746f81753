import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { MetricUnit } from '../adapters/telemetry.js';
import {
  classifyEvent,
  MalformedEventError,
  matchesFilter,
  type ObjectEvent,
  parseSqsBody,
  type SqsEvent,
} from './events.js';
import { type ArticleOutcome, type ObjectOutcome, type PipelineDeps, processEvent } from './pipeline.js';

export interface IngestHandlerDeps {
  readonly pipeline: Omit<PipelineDeps, 'onArticle'>;
  readonly filter: { readonly prefix: string; readonly suffix: string };
  readonly logger: Logger;
  readonly metrics: Metrics;
}

export interface SqsBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

export interface DirectSummary {
  outcomes: { key: string; action: ObjectEvent['action']; outcome: ObjectOutcome }[];
}

/**
 * The ingest Lambda: SQS batches of S3 notifications (the deployed path; a failing message is reported
 * in `batchItemFailures` alone), or a direct S3 / EventBridge invocation (a failure throws so Lambda
 * retries it).
 */
export function createIngestHandler(deps: IngestHandlerDeps) {
  const { logger, metrics } = deps;

  const onArticle = (outcome: ArticleOutcome & { durationMs?: number }) => {
    // `message` is a reserved key of the Powertools logger (it would drop it): the failure's message goes
    // under `failure`, a skipped item's under `skipped`.
    const { message, ...attributes } = outcome;
    // An overtaken attempt is skipped silently; an item that holds no story (a picture) says why.
    if (outcome.status === 'SKIPPED') {
      if (message !== undefined) logger.info('article', { ...attributes, skipped: message });
      return;
    }
    const level = outcome.status === 'FAILED' || outcome.warnings !== undefined ? 'warn' : 'info';
    logger[level]('article', message === undefined ? attributes : { ...attributes, failure: message });
    const metric = outcome.unchanged
      ? 'ArticlesUnchanged'
      : { TAGGED: 'ArticlesTagged', FAILED: 'ArticlesFailed', REMOVED: 'ArticlesRemoved' }[outcome.status];
    metrics.addMetric(metric, MetricUnit.Count, 1);
  };
  const pipeline: PipelineDeps = { ...deps.pipeline, onArticle };

  async function handleObjectEvent(event: ObjectEvent) {
    if (!matchesFilter(event.key, deps.filter)) {
      logger.debug('ignored: key outside the prefix/suffix filter', { key: event.key });
      return 'ignored' as const;
    }
    const started = performance.now();
    const outcome = await processEvent(pipeline, event);
    const durationMs = Math.round((performance.now() - started) * 10) / 10;
    metrics.addMetric('ObjectDuration', MetricUnit.Milliseconds, durationMs);
    if (outcome !== 'tagged' && outcome !== 'deleted' && outcome !== 'failed') {
      metrics.addMetric(`Events_${outcome}`, MetricUnit.Count, 1);
    }
    logger.info('object', {
      key: event.key,
      action: event.action,
      sequencer: event.sequencer,
      outcome,
      durationMs,
    });
    return outcome;
  }

  async function handleSqs(event: SqsEvent): Promise<SqsBatchResponse> {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    // Sequential: two messages of one batch may concern the same key, and their order matters less than
    // not racing each other. Parallelism comes from concurrent invocations.
    for (const message of event.Records) {
      try {
        for (const objectEvent of parseSqsBody(message.body)) await handleObjectEvent(objectEvent);
      } catch (error) {
        const malformed = error instanceof MalformedEventError;
        logger.error(
          malformed ? 'malformed message: left for the dead-letter queue' : 'message failed: will retry',
          {
            messageId: message.messageId,
            error: error as Error,
          },
        );
        metrics.addMetric(malformed ? 'MalformedMessages' : 'MessagesRetried', MetricUnit.Count, 1);
        batchItemFailures.push({ itemIdentifier: message.messageId });
      }
    }
    return { batchItemFailures };
  }

  return async function handler(payload: unknown): Promise<SqsBatchResponse | DirectSummary> {
    try {
      const classified = classifyEvent(payload);
      if (classified.kind === 'sqs') return await handleSqs(classified.event);
      const outcomes: DirectSummary['outcomes'] = [];
      for (const event of classified.events) {
        const outcome = await handleObjectEvent(event);
        if (outcome !== 'ignored') outcomes.push({ key: event.key, action: event.action, outcome });
      }
      return { outcomes };
    } finally {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
}
