import { normalizeSequencer } from '../core/records/sequencer.js';
import { forEachLimited } from './concurrency.js';
import { type ObjectOutcome, type PipelineDeps, processCreate } from './pipeline.js';

export type ReprocessOutcome = 'tagged' | 'unchanged' | 'failed' | 'skipped';

export interface ReprocessSummary {
  tagged: number;
  unchanged: number;
  failed: number;
  skipped: number;
  errors: number;
  /**
   * Articles left as they were tagged: feed items that rolled off their feed before their text was kept
   * on their record (ingested before 2026-12-02, session 26), so nothing holds their text to re-read.
   */
  keptWithoutText: number;
}

export function emptySummary(): ReprocessSummary {
  return { tagged: 0, unchanged: 0, failed: 0, skipped: 0, errors: 0, keptWithoutText: 0 };
}

/** Objects that were never ingested are processed under the lowest sequencer: any real event is newer. */
const BEFORE_ANY_EVENT = normalizeSequencer('0');

/**
 * Re-tags one object if its records come from another tagger version (or always with `all`), under the
 * sequencer of the event that wrote it, so a newer event of the key still wins and a concurrent one is
 * never overwritten.
 */
export async function reprocessObject(
  deps: PipelineDeps,
  bucket: string,
  key: string,
  options: { all: boolean },
): Promise<ReprocessOutcome> {
  const stored = await deps.repository.getObjectRecord(key);
  if (stored?.state === 'DELETED') return 'skipped';
  if (stored?.state === 'APPLIED' && stored.taggerVersion === deps.taggerVersion && !options.all)
    return 'unchanged';
  if (stored?.state === 'APPLIED') {
    // Reopen the ledger at the same sequencer; fails if a newer event moved it meanwhile.
    const reopened = await deps.repository.replaceObjectRecord({
      ...stored,
      state: 'PENDING',
      updatedAt: deps.now(),
    });
    if (!reopened) return 'skipped';
  }
  const outcome: ObjectOutcome = await processCreate(deps, {
    action: 'create',
    bucket,
    key,
    sequencer: stored?.seq ?? BEFORE_ANY_EVENT,
    // The time of this run: a failure it finds is listed by /failures as failing now, not at the record's
    // earlier write (it sorted below older failures). The article's date comes from the object, not this.
    eventTime: deps.now(),
    retag: true,
  });
  if (outcome === 'tagged') return 'tagged';
  if (outcome === 'failed') return 'failed';
  if (outcome === 'unchanged' || outcome === 'duplicate') return 'unchanged';
  return 'skipped';
}

/** Runs `reprocessObject` over keys with bounded concurrency, counting outcomes; errors are counted, not thrown. */
export async function reprocessKeys(
  deps: PipelineDeps,
  bucket: string,
  keys: readonly string[],
  options: {
    all: boolean;
    concurrency: number;
    onDone?: (key: string, outcome: ReprocessOutcome | 'error', error?: unknown) => void;
  },
): Promise<ReprocessSummary> {
  const summary = emptySummary();
  const counting: PipelineDeps = {
    ...deps,
    onArticle: (outcome) => {
      if (outcome.textGone) summary.keptWithoutText += 1;
      deps.onArticle?.(outcome);
    },
  };
  await forEachLimited(keys, options.concurrency, async (key) => {
    try {
      const outcome = await reprocessObject(counting, bucket, key, options);
      summary[outcome] += 1;
      options.onDone?.(key, outcome);
    } catch {
      summary.errors += 1;
      options.onDone?.(key, 'error');
    }
  });
  return summary;
}
