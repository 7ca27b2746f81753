import { createHash } from 'node:crypto';
import type { ArticleRecordItem, Provenance } from '../core/records/items.js';
import type { DecodedArticle } from './decode.js';

/**
 * SHA-256 of what the decoder gave for one article: its id, its parsed input (or its failure) and the
 * object's metadata it was given, not its line or the rest of the object. A feed fetched again whose only
 * change is its `lastBuildDate` (or a `.jsonl` file with a line added) has a new object hash, but the
 * same hash for each article it held before: those are not tagged or written again (`refreshed`).
 */
export function articleHash(article: Exclude<DecodedArticle, { kind: 'skipped' }>): string {
  const what =
    article.kind === 'article'
      ? { id: article.articleId, input: article.input, meta: article.meta }
      : { id: article.articleId, failed: article.reason, message: article.message, meta: article.meta };
  return createHash('sha256').update(JSON.stringify(what), 'utf8').digest('base64url').slice(0, 22);
}

/**
 * The stored record moved to a newer version of its object that holds the same article (same hash,
 * same tagger version): only the provenance changes (sequencer, ETag, version, line); tags, date, index
 * items and counts stay, and a failure keeps the time it was first listed; `unchanged` tells
 * `newstag ingest` that this upload did not tag it. Undefined when the article
 * must be written again: another text, another tagger, an interrupted write, or a date that was not
 * trusted at the earlier upload (it may be by now).
 */
export function refreshed(
  stored: ArticleRecordItem | undefined,
  hash: string,
  taggerVersion: string,
  provenance: Provenance,
  line: number | undefined,
  now: string,
): ArticleRecordItem | undefined {
  if (
    stored?.state !== 'APPLIED' ||
    stored.key !== provenance.key ||
    stored.articleHash !== hash ||
    stored.taggerVersion !== taggerVersion
  )
    return undefined;
  const { warnings } = stored as { warnings?: readonly { code: string }[] };
  if (warnings?.some((w) => w.code === 'PUBLISHED_AT_AHEAD')) return undefined;
  const { versionId: _v, eTag: _e, line: _l, ...rest } = stored;
  return {
    ...rest,
    seq: provenance.seq,
    contentHash: provenance.contentHash,
    ...(provenance.versionId ? { versionId: provenance.versionId } : {}),
    ...(provenance.eTag ? { eTag: provenance.eTag } : {}),
    ...(line !== undefined ? { line } : {}),
    unchanged: true,
    updatedAt: now,
  };
}
