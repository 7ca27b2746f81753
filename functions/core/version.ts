/**
 * Bumped whenever tagging output, or the records written from it, can change; ingest, `newstag reprocess`
 * and the backfill re-tag records of an older version. 0.2.0: country index items carry `focus`.
 */
export const TAGGER_VERSION = '0.2.0';
