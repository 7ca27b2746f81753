/**
 * Bumped whenever tagging output, or the records written from it, can change; ingest, `newstag reprocess`
 * and the backfill re-tag records of an older version. 0.2.0: country index items carry `focus`. 0.3.0:
 * entity, country and topic rules of 2026-11-30 (company names, leaders' countries, word senses).
 */
export const TAGGER_VERSION = '0.3.0';
