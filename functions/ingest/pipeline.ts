import {
  appliedRecord,
  buildFailedRecord,
  buildIndexItems,
  buildTaggedRecord,
  buildTombstone,
  catalogEntries,
  countedTags,
  indexedTags,
  type ScoredTag,
} from '../core/records/build.js';
import {
  appliedMemberships,
  mergeMemberships,
  planArticle,
  possibleMemberships,
} from '../core/records/diff.js';
import { fingerprint } from '../core/records/fingerprint.js';
import {
  type ArticleRecordItem,
  type FailureReason,
  isTombstone,
  type ObjectRecordItem,
  type Provenance,
  type StaleTags,
} from '../core/records/items.js';
import { canonicalTime, contentHash, keys, shortId } from '../core/records/keys.js';
import { leadOf } from '../core/records/lead.js';
import { compareSequencers } from '../core/records/sequencer.js';
import type { ArticleInput, TagResult } from '../core/schema.js';
import { datelineDay } from '../core/text/dateline-date.js';
import { applyPlan, cleanUpOvertaken, LEDGER_ATTEMPTS, LedgerContentionError } from './apply.js';
import { forEachLimited } from './concurrency.js';
import { aheadWarning, isDaysBefore, isFarAhead, type RecordWarning, unreadableWarning } from './dates.js';
import { type DecodedArticle, type DecodeLimits, decodeObject } from './decode.js';
import { firstGivenDate, leaveClaim, settleClaim } from './duplicates.js';
import { type ObjectEvent, unquoteETag } from './events.js';
import { keptFromEarlier, packItem, unpackItem, withItem } from './kept.js';
import type { ObjectSource, TagRepository } from './ports.js';
import { articleHash, refreshed } from './unchanged.js';

export interface PipelineDeps {
  readonly repository: TagRepository;
  readonly objects: ObjectSource;
  readonly tag: (article: ArticleInput) => TagResult;
  readonly taggerVersion: string;
  readonly limits: DecodeLimits;
  /** Articles of one `.jsonl` object written at the same time. */
  readonly articleConcurrency: number;
  readonly now: () => string;
  /** Called once per article written or removed: the shell logs and counts it. */
  readonly onArticle?: (outcome: ArticleOutcome) => void;
}

/** Seconds a tombstone is kept: longer than SQS retention (14 days), so no older event survives it. */
export const TOMBSTONE_SECONDS = 15 * 24 * 3600;

export { LedgerContentionError } from './apply.js';

export type ObjectOutcome =
  | 'tagged'
  | 'unchanged'
  | 'deleted'
  | 'stale'
  | 'duplicate'
  | 'superseded'
  | 'missing'
  | 'failed';

export interface ArticleOutcome {
  readonly key: string;
  readonly aid: string;
  readonly articleId: string;
  readonly status: 'TAGGED' | 'FAILED' | 'REMOVED' | 'SKIPPED';
  /** The object's new version holds this article as the stored record has it: nothing was re-tagged. */
  readonly unchanged?: true;
  /** A kept feed item that could not be tagged again: its text is in no object and not on its record. */
  readonly textGone?: true;
  readonly reason?: FailureReason;
  readonly message?: string;
  /** What was not taken as given (a date far ahead), as the record keeps it. */
  readonly warnings?: readonly RecordWarning[];
  /** The article is a copy of this one (same title and body): stored, not listed or counted. */
  readonly duplicateOf?: string;
  readonly taggerVersion?: string;
  readonly durationMs?: number;
  readonly counts: {
    tags: number;
    indexPuts: number;
    indexDeletes: number;
    countAdds: number;
    countRemoves: number;
  };
}

/** An article or a failure of the object: what gets a record (a skipped item gets none). */
type ObjectArticle = Exclude<DecodedArticle, { kind: 'skipped' }>;

export async function processEvent(deps: PipelineDeps, event: ObjectEvent): Promise<ObjectOutcome> {
  return event.action === 'create' ? processCreate(deps, event) : processRemove(deps, event);
}

/** Where a stored record stands relative to an event: newer, the same (done or interrupted), or older. */
function standing(stored: { seq: string; state: string } | undefined, seq: string) {
  if (!stored) return 'absent' as const;
  const order = compareSequencers(stored.seq, seq);
  if (order > 0) return 'newer' as const;
  if (order === 0) return stored.state === 'PENDING' ? ('interrupted' as const) : ('done' as const);
  return 'older' as const;
}

export async function processCreate(deps: PipelineDeps, event: ObjectEvent): Promise<ObjectOutcome> {
  const { repository } = deps;
  let stored = await repository.getObjectRecord(event.key);
  const first = standing(stored, event.sequencer);
  if (first === 'newer') return 'stale';
  if (first === 'done') return 'duplicate';

  const read = await deps.objects.read(event.bucket, event.key);
  if (read.kind === 'missing') return 'missing'; // deleted since: its ObjectRemoved event follows
  const provenanceBase = { key: event.key, seq: event.sequencer };
  let decoded: DecodedArticle[] | undefined;
  let hash: string;
  let versionId = event.versionId;
  let eTag = event.eTag;
  if (read.kind === 'too-large') {
    hash = `size:${read.size}`;
    decoded = [
      {
        kind: 'failed',
        articleId: event.key,
        sourceRef: event.key,
        meta: {},
        reason: 'TOO_LARGE',
        message: `the object has ${read.size} bytes; the limit is ${read.limit}`,
      },
    ];
  } else {
    const object = read.object;
    if (event.eTag && object.eTag && unquoteETag(object.eTag) !== unquoteETag(event.eTag))
      return 'superseded';
    hash = contentHash(object.bytes);
    versionId = object.versionId ?? versionId;
    eTag = object.eTag ? unquoteETag(object.eTag) : eTag;
  }

  // Open the ledger by compare-and-set on the record read: if another attempt of the key wrote it since,
  // read it again, so the articles of every version that may have written are known (staleAids).
  let pending: ObjectRecordItem | undefined;
  for (let attempt = 0; !pending; attempt++) {
    if (attempt > 0) {
      stored = await repository.getObjectRecord(event.key);
      const position = standing(stored, event.sequencer);
      if (position === 'newer') return 'stale';
      if (position === 'done') return 'duplicate';
    }
    if (attempt >= LEDGER_ATTEMPTS) throw new LedgerContentionError(event.key);
    if (
      read.kind === 'found' &&
      !event.retag &&
      stored?.state === 'APPLIED' &&
      stored.contentHash === hash &&
      stored.taggerVersion === deps.taggerVersion
    ) {
      const moved = await repository.advanceObjectRecord(
        {
          ...stored,
          seq: event.sequencer,
          ...(versionId ? { versionId } : {}),
          ...(eTag ? { eTag } : {}),
          updatedAt: deps.now(),
        },
        stored.seq,
      );
      if (moved) return 'unchanged';
      continue;
    }
    if (read.kind === 'found') decoded ??= decodeObject(event.key, read.object, deps.limits);
    const produced = decoded ?? [];
    const aids = [...new Set(produced.flatMap((d) => (d.kind === 'skipped' ? [] : [shortId(d.sourceRef)])))];
    const itemAids = produced.flatMap((d) =>
      d.keepable && d.kind === 'article' ? [shortId(d.sourceRef)] : [],
    );
    // A skipped item is in the object (an earlier record of it, a failure, goes) but is no article.
    const inObject = new Set(produced.map((d) => shortId(d.sourceRef)));
    const keptAids = keptFromEarlier(stored, inObject, deps.limits.maxArticlesPerObject - aids.length);
    const owned = new Set([...aids, ...keptAids]);
    const staleAids = [...new Set(ledgerAids(stored))].filter((aid) => !owned.has(aid));
    const candidate: ObjectRecordItem = {
      ...keys.object(event.key),
      recordType: 'object',
      key: event.key,
      seq: event.sequencer,
      ...(versionId ? { versionId } : {}),
      ...(eTag ? { eTag } : {}),
      contentHash: hash,
      taggerVersion: deps.taggerVersion,
      state: 'PENDING',
      aids,
      ...(itemAids.length > 0 ? { itemAids } : {}),
      ...(keptAids.length > 0 ? { keptAids } : {}),
      ...(staleAids.length > 0 ? { staleAids } : {}),
      updatedAt: deps.now(),
    };
    if (await repository.advanceObjectRecord(candidate, stored?.seq)) pending = candidate;
  }
  const articles: ObjectArticle[] = [];
  for (const d of decoded ?? []) {
    if (d.kind !== 'skipped') articles.push(d);
    else {
      const aid = shortId(d.sourceRef);
      deps.onArticle?.({
        key: event.key,
        aid,
        articleId: d.articleId,
        status: 'SKIPPED',
        message: d.message,
        counts: zero(),
      });
    }
  }

  // A new tagger (or a re-tag) reads the feed's kept items again from the text their records keep: they
  // are no longer in the object. Their records are read only then, not at every fetch of the feed.
  if (event.retag || stored?.taggerVersion !== deps.taggerVersion || stored?.state === 'PENDING') {
    await forEachLimited(pending.keptAids ?? [], deps.articleConcurrency, async (aid) => {
      const record = await repository.getArticle(aid);
      if (record?.key !== event.key || (!event.retag && record.taggerVersion === deps.taggerVersion)) return;
      const item = unpackItem(record);
      if (item) articles.push(item);
      else
        deps.onArticle?.({
          key: event.key,
          aid,
          articleId: record.articleId,
          status: 'SKIPPED',
          textGone: true,
          message: `a feed item that rolled off the feed and whose text was not kept (ingested before 2026-12-02, or too large to keep beside its tags on its record: about a megabyte of text): it keeps the tags of tagger ${record.taggerVersion}`,
          counts: zero(),
        });
    });
  }

  const provenance = {
    ...provenanceBase,
    contentHash: hash,
    ...(versionId ? { versionId } : {}),
    ...(eTag ? { eTag } : {}),
  };
  const lastModified = read.kind === 'found' ? read.object.lastModified : undefined;
  let failures = 0;
  await forEachLimited(articles, deps.articleConcurrency, async (article) => {
    const outcome = await writeArticle(deps, event, provenance, lastModified, article);
    if (outcome === 'FAILED') failures++;
  });
  await forEachLimited(pending.staleAids ?? [], deps.articleConcurrency, (aid) =>
    removeArticle(deps, event, aid),
  );

  const { staleAids: _done, ...rest } = pending;
  await repository.replaceObjectRecord({ ...rest, state: 'APPLIED', updatedAt: deps.now() });
  return failures === articles.length ? 'failed' : 'tagged';
}

/**
 * Articles that a stored ledger says may have records or memberships: its own, those it keeps from
 * earlier versions of a feed, and those it had to remove.
 */
function ledgerAids(stored: ObjectRecordItem | undefined): string[] {
  return stored && stored.state !== 'DELETED'
    ? [...stored.aids, ...(stored.keptAids ?? []), ...(stored.staleAids ?? [])]
    : [];
}

async function processRemove(deps: PipelineDeps, event: ObjectEvent): Promise<ObjectOutcome> {
  const { repository } = deps;
  const base = {
    ...keys.object(event.key),
    recordType: 'object' as const,
    key: event.key,
    seq: event.sequencer,
    ...(event.versionId ? { versionId: event.versionId } : {}),
    aids: [],
  };
  let pending: ObjectRecordItem | undefined;
  for (let attempt = 0; !pending; attempt++) {
    if (attempt >= LEDGER_ATTEMPTS) throw new LedgerContentionError(event.key);
    const stored = await repository.getObjectRecord(event.key);
    const position = standing(stored, event.sequencer);
    if (position === 'newer') return 'stale';
    if (position === 'done') return 'duplicate';
    const candidate: ObjectRecordItem = {
      ...base,
      state: 'PENDING',
      staleAids: [...new Set(ledgerAids(stored))],
      updatedAt: deps.now(),
    };
    if (await repository.advanceObjectRecord(candidate, stored?.seq)) pending = candidate;
  }
  await forEachLimited(pending.staleAids ?? [], deps.articleConcurrency, (aid) =>
    removeArticle(deps, event, aid),
  );
  await repository.replaceObjectRecord({
    ...base,
    state: 'DELETED',
    updatedAt: deps.now(),
    expiresAt: tombstoneExpiry(event),
  });
  return 'deleted';
}

function tombstoneExpiry(event: ObjectEvent): number {
  return Math.floor(Date.parse(event.eventTime) / 1000) + TOMBSTONE_SECONDS;
}

async function writeArticle(
  deps: PipelineDeps,
  event: ObjectEvent,
  provenance: Provenance,
  lastModified: string | undefined,
  article: ObjectArticle,
): Promise<'TAGGED' | 'FAILED' | 'SKIPPED'> {
  const { repository } = deps;
  const started = performance.now();
  const aid = shortId(article.sourceRef);
  const hash = articleHash(article);
  // A feed item's text, packed for its record once it is written whole (not for one a refetch holds unchanged).
  let packed: { itemGz: string | undefined } | undefined;
  const skipped = {
    key: event.key,
    aid,
    articleId: article.articleId,
    status: 'SKIPPED' as const,
    counts: zero(),
  };
  let tagged: { result?: TagResult; failure?: { reason: FailureReason; message: string } } | undefined;
  const tagOnce = () => {
    if (article.kind === 'failed') return { failure: { reason: article.reason, message: article.message } };
    try {
      return { result: deps.tag(article.input) };
    } catch (error) {
      // The tagger is deterministic: retrying the same article fails the same way.
      return { failure: { reason: 'TAGGING_FAILED', message: (error as Error).message } };
    }
  };
  // The first write is a compare-and-set on the item read, so the memberships this version must remove
  // (`possible`) are those of whatever it replaces, even when another attempt wrote in between.
  let opened:
    | {
        record: ArticleRecordItem;
        tags: ScoredTag[];
        next: StaleTags[];
        possible: StaleTags[];
        applied: StaleTags[];
        fp: string | undefined;
        leaving: string[];
        warnings: RecordWarning[] | undefined;
        replaced: { readonly fp: string; readonly publishedAt: string } | undefined;
      }
    | undefined;
  for (let attempt = 0; !opened; attempt++) {
    if (attempt >= LEDGER_ATTEMPTS) throw new LedgerContentionError(event.key);
    const found = await repository.getStoredArticle(aid);
    // The tombstone of this key's newer version holds this attempt back; any other tombstone is nothing.
    const buried = isTombstone(found) && found.key === event.key;
    const stored = isTombstone(found) ? undefined : found;
    const position =
      buried && compareSequencers(found.seq, event.sequencer) >= 0
        ? ('newer' as const)
        : standing(stored, event.sequencer);
    const current = position === 'done' && stored?.taggerVersion === deps.taggerVersion && !event.retag;
    if (position === 'newer' || current) {
      // A redelivery: the first delivery may have stopped before a copy looked at the claim again, or
      // inside a promotion it ran (before the mark was cleared). Two reads, on this rare path only.
      if (current && stored?.fp !== undefined) await settleClaim(deps, stored.fp, aid);
      deps.onArticle?.(skipped);
      return 'SKIPPED';
    }
    // The same article in a newer version of its object (a feed whose only change is its lastBuildDate):
    // only the record's provenance moves; no tagging, no index or count writes.
    const moved =
      position === 'older' && !event.retag
        ? refreshed(stored, hash, deps.taggerVersion, provenance, article.line, deps.now())
        : undefined;
    if (moved) {
      if (!(await repository.advanceArticle(moved, found))) continue;
      deps.onArticle?.({
        key: event.key,
        aid,
        articleId: article.articleId,
        status: moved.status,
        unchanged: true,
        taggerVersion: deps.taggerVersion,
        counts: zero(),
      });
      return moved.status;
    }
    tagged ??= tagOnce();
    packed ??= { itemGz: article.kind === 'article' && article.keepable ? packItem(article) : undefined };
    const { itemGz } = packed;
    const { result, failure } = tagged;
    const input = article.kind === 'article' ? article.input : undefined;
    // The text's fingerprint is written before its claim, and the claims of the texts this version
    // replaces stay in `leaving` until left: a crash at any point leaves a record that says what to undo.
    const fp = result && input ? fingerprint(input.title, input.body) : undefined;
    // Whether it will be listed or be a copy is read from the claim first, so that its PENDING record
    // names the memberships it means to write (what a clean-up of an overtaken attempt restores).
    const predicted = fp !== undefined ? await repository.getClaim(fp) : undefined;
    const copyOf = predicted !== undefined && predicted.owner !== aid ? predicted.owner : undefined;
    // An article that gives no date of its own keeps the one it was first given: a daily feed rewritten
    // with more lines would otherwise move every older line to the day of the rewrite, and a story moved
    // to another key (`aws s3 mv`: a copy, then a delete) to the day of the move; when the delete was
    // handled first, the text's claim is gone and the trace it left dates the copy (one GetItem).
    // A date more than a day past the upload is not trusted (dates.ts): the article is kept, dated as
    // one that gives none, and its record says so.
    const uploaded = lastModified ?? event.eventTime;
    const given = input?.publishedAt ?? article.meta.publishedAt;
    const trusted = (date: string | undefined) =>
      date !== undefined && !isFarAhead(date, uploaded) ? date : undefined;
    // A wire story's dateline day ("WASHINGTON, Nov 14 (Reuters) -") dates a story uploaded days after it
    // (an archive); one uploaded that day or the next keeps the upload's finer time, as before.
    const day = result?.dateline ? datelineDay(result.dateline.text, uploaded) : undefined;
    const datelined = day !== undefined && isDaysBefore(day, uploaded) ? day : undefined;
    const ownDate = trusted(given) ?? datelined ?? trusted(stored?.publishedAt);
    const publishedAt = canonicalTime(
      ownDate ??
        (copyOf !== undefined
          ? await firstGivenDate(repository, copyOf)
          : predicted === undefined && fp !== undefined
            ? await repository.tracedDate(fp, Math.floor(Date.parse(event.eventTime) / 1000))
            : undefined) ??
        uploaded,
    );
    // A feed's date no reader understood dates the story as one without a date, and its record says so.
    const unread =
      input?.unreadDate !== undefined ? unreadableWarning(input.unreadDate, publishedAt) : undefined;
    const ahead =
      given !== undefined && ownDate !== given
        ? aheadWarning(canonicalTime(given), canonicalTime(uploaded), publishedAt)
        : undefined;
    const warnings = unread || ahead ? [unread, ahead].filter((w) => w !== undefined) : undefined;
    const version = {
      aid,
      articleId: article.articleId,
      ...(article.line !== undefined ? { line: article.line } : {}),
      provenance,
      taggerVersion: deps.taggerVersion,
      publishedAt,
      title: input?.title ?? article.meta.title,
      // A story without a title is listed by its first sentence (records/lead.ts).
      lead:
        input !== undefined && !(input.title ?? article.meta.title)
          ? leadOf(input.body, result?.dateline?.text)
          : undefined,
      url: input?.url ?? article.meta.url,
      source: input?.source ?? article.meta.source,
      language: result?.language ?? input?.language ?? article.meta.language,
      eventTime: event.eventTime,
    };
    const tags: ScoredTag[] = result ? indexedTags(result) : [];
    const next: StaleTags[] = tags.length > 0 ? [{ publishedAt, tags: countedTags(tags) }] : [];
    const possible = possibleMemberships(stored);
    const applied = appliedMemberships(stored);
    const now = deps.now();
    const stale = mergeMemberships(possible);
    const leaving = [
      ...new Set([...(stored?.leaving ?? []), ...(stored?.fp !== undefined ? [stored.fp] : [])]),
    ].filter((old) => old !== fp);
    const built = result
      ? buildTaggedRecord(version, result, copyOf === undefined ? tags : [], stale, now)
      : buildFailedRecord(
          version,
          failure?.reason ?? 'TAGGING_FAILED',
          failure?.message ?? 'unknown',
          stale,
          now,
        );
    const candidate: ArticleRecordItem = withItem(
      {
        ...built,
        ...(fp !== undefined ? { fp } : {}),
        articleHash: hash,
        ...(copyOf !== undefined ? { duplicateOf: copyOf } : {}),
        ...(leaving.length > 0 ? { leaving } : {}),
        ...(warnings !== undefined ? { warnings } : {}),
      },
      itemGz,
    );
    if (await repository.advanceArticle(candidate, found)) {
      // The text this version replaces, with the date it was given: left as a trace if no copy holds it.
      const replaced =
        stored?.fp !== undefined && stored.fp !== fp
          ? { fp: stored.fp, publishedAt: stored.publishedAt }
          : undefined;
      opened = { record: candidate, tags, next, possible, applied, fp, leaving, warnings, replaced };
    }
  }
  const { possible, applied, fp, leaving, replaced } = opened;
  let record = opened.record;
  const failure = tagged?.failure;
  const result = tagged?.result;
  // First to claim the text owns it; a copy keeps its record and result but is neither listed nor counted.
  const claim = fp !== undefined ? await repository.claim(fp, aid) : undefined;
  const duplicateOf = claim && claim.owner !== aid ? claim.owner : undefined;
  let removable = possible;
  if ((duplicateOf === undefined) !== (record.duplicateOf === undefined)) {
    // The claim changed between the read and the claim (two copies at once, or the owner left): the
    // record is written again with what it now means to write; tags it named may have been restored.
    removable = mergeMemberships([...possible, ...(record.duplicateOf === undefined ? opened.next : [])]);
    const { duplicateOf: _was, ...rest } = record;
    const rewritten: ArticleRecordItem = {
      ...rest,
      tags: duplicateOf === undefined ? opened.next.flatMap((group) => group.tags) : [],
      ...(duplicateOf !== undefined ? { duplicateOf } : {}),
      ...(removable.length > 0 ? { stale: JSON.stringify(removable) } : {}),
    };
    if (!(await repository.advanceArticle(rewritten, record))) {
      await overtaken(deps, aid, event.sequencer, [], fp);
      deps.onArticle?.(skipped);
      return 'SKIPPED';
    }
    record = rewritten;
  }
  const tags = duplicateOf === undefined ? opened.tags : [];
  const next = duplicateOf === undefined ? opened.next : [];
  const plan = planArticle(aid, removable, applied, buildIndexItems(record, tags), next);
  await applyPlan(repository, plan, result ? catalogEntries(result, tags) : []);
  // An overwrite with other text leaves the old text's date behind as a delete does: a copy of the old text
  // under another key handled after this overwrite (a move whose old key was reused) is dated by it.
  const removed = replaced && { publishedAt: replaced.publishedAt, expiresAt: tombstoneExpiry(event) };
  for (const old of leaving) await leaveClaim(deps, old, aid, old === replaced?.fp ? removed : undefined);
  if (
    !(await repository.replaceArticle(appliedRecord({ ...record, ...(duplicateOf ? { duplicateOf } : {}) })))
  ) {
    // A newer event of this key took the article over while these writes were in flight.
    await overtaken(deps, aid, event.sequencer, next, fp);
    deps.onArticle?.(skipped);
    return 'SKIPPED';
  }
  // A copy looks at the claim once more: its owner may have left since, handing the claim to it.
  if (fp !== undefined && (duplicateOf !== undefined || claim?.promoting !== undefined))
    await settleClaim(deps, fp, aid);
  deps.onArticle?.({
    key: event.key,
    aid,
    articleId: article.articleId,
    status: record.status,
    ...(failure ? { reason: failure.reason, message: failure.message } : {}),
    ...(opened.warnings !== undefined ? { warnings: opened.warnings } : {}),
    ...(duplicateOf !== undefined ? { duplicateOf } : {}),
    taggerVersion: deps.taggerVersion,
    durationMs: Math.round((performance.now() - started) * 10) / 10,
    counts: {
      tags: tags.length,
      indexPuts: plan.indexPuts.length,
      indexDeletes: plan.indexDeletes.length,
      countAdds: plan.countAdds.length,
      countRemoves: plan.countRemoves.length,
    },
  });
  return record.status;
}

/**
 * An attempt overtaken by a newer event of its key: its memberships the newer version does not want go
 * (`cleanUpOvertaken`), and so does its claim unless the newer version has the same text (and claims it
 * itself): a newer version that read this attempt's record leaves the claim too, but one that read the
 * record before may not know of it.
 */
async function overtaken(
  deps: PipelineDeps,
  aid: string,
  seq: string,
  ours: readonly StaleTags[],
  fp: string | undefined,
): Promise<void> {
  await cleanUpOvertaken(deps.repository, aid, seq, ours);
  if (fp !== undefined) await leaveClaim(deps, fp, aid);
}

/**
 * Removes an article of this object: its index items and count memberships, then its record, which
 * becomes a tombstone carrying this event's sequencer. The tombstone is written even when there is no
 * record yet: an older attempt of the key still in flight may be about to write one, and its conditional
 * write must find the newer sequencer (an older attempt that got in first cleans up after itself when
 * its final write fails, see `cleanUpOvertaken`).
 */
async function removeArticle(deps: PipelineDeps, event: ObjectEvent, aid: string): Promise<void> {
  const { repository } = deps;
  const tombstone = () => buildTombstone(aid, event.key, event.sequencer, tombstoneExpiry(event), deps.now());
  for (let attempt = 0; attempt < LEDGER_ATTEMPTS; attempt++) {
    const stored = await repository.getStoredArticle(aid);
    if (stored && compareSequencers(stored.seq, event.sequencer) > 0) return;
    if (isTombstone(stored) || !stored) {
      if (stored && stored.key === event.key && stored.seq === event.sequencer) return;
      if (await repository.buryArticle(tombstone(), stored?.seq)) return;
      continue;
    }
    // The article now belongs to another object (an id shared by two `.jsonl` objects): not ours to remove.
    if (stored.key !== event.key) return;
    const possible = possibleMemberships(stored);
    const {
      g1pk: _pk,
      g1sk: _sk,
      result: _r,
      resultGz: _g,
      fp,
      duplicateOf: _copyOf,
      promotion: _promotion,
      ...rest
    } = stored;
    // Its text's claim is left after its memberships go (the next copy is promoted then), and the
    // record says so until the tombstone replaces it: a redelivery after a crash leaves it again.
    const leaving = [...new Set([...(stored.leaving ?? []), ...(fp !== undefined ? [fp] : [])])];
    const pending: ArticleRecordItem = {
      ...rest,
      seq: event.sequencer,
      state: 'PENDING',
      tags: [],
      ...(possible.length > 0 ? { stale: JSON.stringify(possible) } : {}),
      ...(leaving.length > 0 ? { leaving } : {}),
      updatedAt: deps.now(),
    };
    if (!(await repository.advanceArticle(pending, stored))) continue;
    const plan = planArticle(aid, possible, [], [], []);
    // The catalog entries stay (other articles may name them); only their best-effort counts move.
    await applyPlan(repository, plan, []);
    const removed = { publishedAt: stored.publishedAt, expiresAt: tombstoneExpiry(event) };
    for (const old of leaving) await leaveClaim(deps, old, aid, old === fp ? removed : undefined);
    if (!(await repository.buryArticle(tombstone(), event.sequencer))) {
      await cleanUpOvertaken(repository, aid, event.sequencer, []);
      return;
    }
    deps.onArticle?.({
      key: event.key,
      aid,
      articleId: stored.articleId,
      status: 'REMOVED',
      counts: { ...zero(), indexDeletes: plan.indexDeletes.length, countRemoves: plan.countRemoves.length },
    });
    return;
  }
  throw new LedgerContentionError(event.key);
}

function zero() {
  return { tags: 0, indexPuts: 0, indexDeletes: 0, countAdds: 0, countRemoves: 0 };
}
