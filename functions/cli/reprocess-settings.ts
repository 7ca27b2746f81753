import { loadIngestConfig } from '../adapters/config.js';
import type { DecodeLimits } from '../ingest/decode.js';
import { matchesFilter } from '../ingest/events.js';
import { checkoutDeployConfig } from '../local/key-filter.js';

/** The read limits a re-tag runs under: the same as the ingest function's, or a re-tag could fail what ingest tagged. */
export interface ReprocessLimits extends DecodeLimits {
  readonly maxObjectBytes: number;
}

/**
 * The ingest function's limits for a stack whose objects may be up to `maxObjectBytes` (newstag:maxObjectBytes;
 * the local stack always runs on the default). The other two are not deploy settings: the function's own
 * defaults, read from the same schema so they cannot drift.
 */
export function reprocessLimits(maxObjectBytes?: number): ReprocessLimits {
  const config = loadIngestConfig({
    TABLE_NAME: 'unused',
    ...(maxObjectBytes === undefined ? {} : { MAX_OBJECT_BYTES: String(maxObjectBytes) }),
  });
  return {
    maxObjectBytes: config.MAX_OBJECT_BYTES,
    maxDecompressedBytes: config.MAX_DECOMPRESSED_BYTES,
    maxArticlesPerObject: config.MAX_ARTICLES_PER_OBJECT,
  };
}

/**
 * Splits listed keys into those the stack ingests and those its key filter skips. The pipeline never
 * indexed a key outside the filter, and would skip its delete too, so re-tagging one would leave an
 * article that no delete can remove; folder markers (`a/`) are never articles.
 */
export function selectReprocessKeys(
  keys: readonly string[],
  filter: { readonly prefix: string; readonly suffix: string },
): { selected: string[]; outside: number } {
  const objects = keys.filter((key) => !key.endsWith('/'));
  const selected = objects.filter((key) => matchesFilter(key, filter));
  return { selected, outside: objects.length - selected.length };
}

/**
 * newstag:maxObjectBytes as a deploy from this checkout sets it (cdk.json context, else the default): what a
 * deployed stack's ingest function accepts, unless `--max-object-bytes` says otherwise.
 */
export function deployedMaxObjectBytes(projectRoot?: string): number {
  return checkoutDeployConfig(projectRoot).maxObjectBytes;
}
