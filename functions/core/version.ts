/** Bumped whenever tagging output can change; ingest re-tags records of an older version. */
export const TAGGER_VERSION = '0.1.0';
