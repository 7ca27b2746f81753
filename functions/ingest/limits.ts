/**
 * The ingest function's cap on a gzipped object's decompressed size when MAX_DECOMPRESSED_BYTES is unset;
 * `newstag tag` reads gzipped files under the same cap.
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 20_000_000;
