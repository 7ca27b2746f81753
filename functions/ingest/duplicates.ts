import {
  appliedRecord,
  buildIndexItems,
  catalogEntries,
  countedTags,
  indexedTags,
} from '../core/records/build.js';
import {
  appliedMemberships,
  mergeMemberships,
  planArticle,
  possibleMemberships,
} from '../core/records/diff.js';
import { type ArticleRecordItem, isTombstone } from '../core/records/items.js';
import { decodeResult } from '../core/records/result-codec.js';
import { applyPlan, cleanUpOvertaken, LEDGER_ATTEMPTS, LedgerContentionError } from './apply.js';
import type { TagRepository } from './ports.js';

/**
 * Duplicates across keys (docs/data-model.md): the articles with one fingerprint share a claim `F#<fp>`
 * whose `owner` alone is listed and counted; the others are copies (`duplicateOf`). Every step here is
 * idempotent and re-run by the redelivery of the event that began it, so a crash anywhere converges.
 */
export interface ClaimDeps {
  readonly repository: TagRepository;
  readonly now: () => string;
}

/**
 * `aid` no longer has this text (deleted, overwritten with other text, now FAILED, or an overtaken
 * attempt's late claim): it leaves the claim. A member just leaves; the owner hands the claim to the next
 * member (smallest aid), marked `promoting`, in one conditional write, and that member is then promoted;
 * the last member deletes the claim. Each of these is conditional on the claim's version read before the
 * article's record: if the record has this text again (a newer version of the article claimed it, or is
 * about to), the article stays. A promotion left unfinished by a crash is finished here when the
 * redelivered event leaves again.
 */
export async function leaveClaim(
  deps: ClaimDeps,
  fp: string,
  aid: string,
  removed?: { readonly publishedAt: string; readonly expiresAt: number },
): Promise<void> {
  const { repository } = deps;
  for (let attempt = 0; attempt < LEDGER_ATTEMPTS; attempt++) {
    const claim = await repository.getClaim(fp);
    if (!claim) return;
    if (!claim.members.includes(aid)) {
      if (claim.promoting) await promote(deps, fp, claim.promoting);
      return;
    }
    const found = await repository.getStoredArticle(aid);
    if (!isTombstone(found) && found?.status === 'TAGGED' && found.fp === fp) return;
    if (claim.owner !== aid) {
      if (!(await repository.dropMember(fp, aid, claim.version))) continue;
      if (claim.promoting) await promote(deps, fp, claim.promoting);
      return;
    }
    const next = claim.members.find((member) => member !== aid);
    if (next === undefined) {
      // The last article of the text is removed: its date stays behind a while, for a copy under another
      // key whose event comes after this delete (a move whose events are handled out of order).
      if (removed) await repository.traceText(fp, removed.publishedAt, removed.expiresAt);
      if (await repository.releaseClaim(fp, aid, claim.version)) return;
    } else if (await repository.handOver(fp, aid, next, claim.version)) {
      await promote(deps, fp, next);
      return;
    }
  }
  throw new LedgerContentionError(`F#${fp}`);
}

/**
 * After a copy's last write: if the claim was handed to it since it read the claim (or a promotion is
 * marked), the promotion is run (or finished) now. One GetItem, only for copies.
 */
export async function settleClaim(deps: ClaimDeps, fp: string, aid: string): Promise<void> {
  const claim = await deps.repository.getClaim(fp);
  const target = claim?.promoting ?? (claim?.owner === aid ? aid : undefined);
  if (target !== undefined) await promote(deps, fp, target);
}

/**
 * Makes the claim's owner `aid` listed: its index items, count memberships and catalog entries are
 * applied from its stored record (tags and result are there) with the same idempotent writes as an
 * event's, `duplicateOf` goes, then the `promoting` mark. Its record is first written PENDING with
 * `promotion: true` by compare-and-set, so an event of its own key that lands meanwhile overtakes it as
 * any newer version does. A record PENDING under an event of its key is left alone: that writer settles
 * the claim after its last write. A member whose record no longer has this text (an overtaken attempt's
 * late claim) is passed over: it leaves, and the claim goes to the next.
 */
export async function promote(deps: ClaimDeps, fp: string, aid: string): Promise<void> {
  const { repository } = deps;
  for (let attempt = 0; attempt < LEDGER_ATTEMPTS; attempt++) {
    const claim = await repository.getClaim(fp);
    if (claim?.owner !== aid) return;
    const found = await repository.getStoredArticle(aid);
    const record = isTombstone(found) ? undefined : found;
    const underWriter = record?.state === 'PENDING' && record.promotion !== true;
    if (underWriter) return;
    if (record?.status !== 'TAGGED' || record.fp !== fp) {
      await leaveClaim(deps, fp, aid);
      return;
    }
    if (record.state === 'APPLIED' && record.duplicateOf === undefined) {
      if (claim.promoting === aid) await repository.clearPromoting(fp, aid);
      return;
    }
    const result = decodeResult(record);
    const tags = result ? indexedTags(result) : [];
    const possible = possibleMemberships(record);
    const { duplicateOf: _copyOf, stale: _stale, ...rest } = record;
    const pending: ArticleRecordItem = {
      ...rest,
      state: 'PENDING',
      promotion: true,
      tags: countedTags(tags),
      ...(possible.length > 0 ? { stale: JSON.stringify(mergeMemberships(possible)) } : {}),
      updatedAt: deps.now(),
    };
    if (!(await repository.advanceArticle(pending, found))) continue;
    const next = tags.length > 0 ? [{ publishedAt: pending.publishedAt, tags: pending.tags }] : [];
    const plan = planArticle(aid, possible, appliedMemberships(record), buildIndexItems(pending, tags), next);
    await applyPlan(repository, plan, result ? catalogEntries(result, tags) : []);
    if (!(await repository.replaceArticle(appliedRecord(pending)))) {
      // An event of its key overtook the promotion: that version decides (it claims or leaves itself).
      await cleanUpOvertaken(repository, aid, pending.seq, next);
      return;
    }
    await repository.clearPromoting(fp, aid);
    return;
  }
  throw new LedgerContentionError(aid);
}

/**
 * The date the listed article of a text was given (its own, or the one it was first given), for a copy
 * that gives none: the same story is one article, and it keeps its date when it moves to another key.
 * One GetItem, only for an undated copy.
 */
export async function firstGivenDate(repository: TagRepository, owner: string): Promise<string | undefined> {
  const found = await repository.getStoredArticle(owner);
  return isTombstone(found) ? undefined : found?.publishedAt;
}
