import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import * as z from 'zod';
import { MetricUnit } from '../adapters/telemetry.js';
import type { PipelineDeps } from '../ingest/pipeline.js';
import { type ReprocessSummary, reprocessKeys } from '../ingest/reprocess.js';

/**
 * A batch from a Step Functions Distributed Map whose ItemReader lists S3 objects (ListObjectsV2) and
 * whose ItemBatcher groups them: `{Items: [{Key, Size, ETag, LastModified, StorageClass}], BatchInput}`.
 */
export const BackfillBatchSchema = z.object({
  Items: z.array(z.looseObject({ Key: z.string().min(1) })),
  BatchInput: z
    .object({ bucket: z.string().min(1).optional(), all: z.boolean().optional() })
    .loose()
    .optional(),
});
export type BackfillBatch = z.infer<typeof BackfillBatchSchema>;

export interface BackfillHandlerDeps {
  readonly pipeline: PipelineDeps;
  /** The article bucket (BUCKET_NAME), unless the batch input names one. */
  readonly bucket: string | undefined;
  readonly filter: { readonly prefix: string; readonly suffix: string };
  readonly concurrency: number;
  readonly logger: Logger;
  readonly metrics: Metrics;
}

export class BackfillBatchError extends Error {
  override readonly name = 'BackfillBatchError';
}

/**
 * Re-tags the batch's objects whose records come from an older tagger version. Returns the counts; throws
 * when an object failed transiently so the map counts the batch as failed (re-running it is idempotent).
 */
export function createBackfillHandler(deps: BackfillHandlerDeps) {
  return async function handler(payload: unknown): Promise<ReprocessSummary> {
    const batch = BackfillBatchSchema.parse(payload);
    const bucket = batch.BatchInput?.bucket ?? deps.bucket;
    if (!bucket) throw new BackfillBatchError('no bucket: set BUCKET_NAME or BatchInput.bucket');
    const keys = batch.Items.map((item) => item.Key).filter(
      (key) => key.startsWith(deps.filter.prefix) && key.endsWith(deps.filter.suffix) && !key.endsWith('/'),
    );
    const summary = await reprocessKeys(deps.pipeline, bucket, keys, {
      all: batch.BatchInput?.all ?? false,
      concurrency: deps.concurrency,
      onDone: (key, outcome, error) => {
        if (outcome === 'error') deps.logger.error('re-tag failed', { key, error: error as Error });
      },
    });
    deps.logger.info('backfill batch', { bucket, objects: keys.length, ...summary });
    deps.metrics.addMetric('BackfillTagged', MetricUnit.Count, summary.tagged);
    deps.metrics.addMetric('BackfillErrors', MetricUnit.Count, summary.errors);
    if (deps.metrics.hasStoredMetrics()) deps.metrics.publishStoredMetrics();
    if (summary.errors > 0) {
      throw new BackfillBatchError(
        `${summary.errors} of ${keys.length} objects failed; the batch can be re-run`,
      );
    }
    return summary;
  };
}
