/**
 * Bumped whenever tagging output, or the records written from it, can change; ingest, `newstag reprocess`
 * and the backfill re-tag records of an older version. 0.2.0: country index items carry `focus`. 0.3.0:
 * entity, country and topic rules of 2026-11-30 (company names, leaders' countries, word senses). 0.4.0:
 * later rules of 2026-11-30 (regions and movements, sports-page and coordinated pairs, topic senses for
 * business news, pronoun and company cues for entities).
 */
export const TAGGER_VERSION = '0.4.0';
