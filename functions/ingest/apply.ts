import { buildIndexItems, type CatalogEntry, indexedTags } from '../core/records/build.js';
import {
  type ArticlePlan,
  countChanges,
  mergeMemberships,
  orphanedMemberships,
} from '../core/records/diff.js';
import { isTombstone, type StaleTags } from '../core/records/items.js';
import { tagRefString } from '../core/records/keys.js';
import { decodeResult } from '../core/records/result-codec.js';
import { compareSequencers } from '../core/records/sequencer.js';
import { forEachLimited, settleAll } from './concurrency.js';
import type { TagRepository } from './ports.js';

/** Conditional single-item writes of one article in flight at once. */
export const WRITE_CONCURRENCY = 16;

/**
 * Compare-and-set attempts on one ledger (object record or article record) before giving up. Each failure
 * means another attempt of the same key wrote in between; a handful is already far beyond what S3's
 * event rate per key produces, and giving up only hands the message back for redelivery.
 */
export const LEDGER_ATTEMPTS = 5;

/** Another attempt of the same key kept writing the ledger: transient, the message is redelivered. */
export class LedgerContentionError extends Error {
  constructor(key: string) {
    super(`the records of "${key}" kept changing under concurrent events; retry later`);
    this.name = 'LedgerContentionError';
  }
}

/**
 * Writes an article's plan: index items and count shards side by side (independent items, bounded), then
 * its catalog entries with the article-count moves the membership changes made.
 */
export async function applyPlan(
  repository: TagRepository,
  plan: ArticlePlan,
  entries: readonly CatalogEntry[],
): Promise<void> {
  const entityDelta = new Map<string, number>();
  const moveEntity = (entityId: string, delta: number) =>
    entityDelta.set(entityId, (entityDelta.get(entityId) ?? 0) + delta);
  await settleAll([
    repository.writeIndex(plan.indexPuts, plan.indexDeletes),
    forEachLimited(plan.countAdds, WRITE_CONCURRENCY, async (change) => {
      if ((await repository.addMember(change)) && change.ref.kind === 'entity')
        moveEntity(change.ref.value, 1);
    }),
    forEachLimited(plan.countRemoves, WRITE_CONCURRENCY, async (change) => {
      if ((await repository.removeMember(change)) && change.ref.kind === 'entity')
        moveEntity(change.ref.value, -1);
    }),
  ]);
  await forEachLimited(entries, WRITE_CONCURRENCY, (entry) =>
    repository.upsertEntity(entry, entityDelta.get(entry.entityId) ?? 0),
  );
  const listed = new Set(entries.map((e) => e.entityId));
  const orphans = [...entityDelta].filter(([entityId, delta]) => delta !== 0 && !listed.has(entityId));
  await forEachLimited(orphans, WRITE_CONCURRENCY, ([entityId, delta]) =>
    repository.adjustEntityCount(entityId, delta),
  );
}

/**
 * After being overtaken by a newer event of the key, makes the article what the newer version wants
 * whatever order the two attempts' writes landed in: removes what this attempt added that the newer
 * version does not want, and restores the newer version's index items and memberships that a late
 * delete or removal of this attempt may have undone. The restoring writes can themselves land late —
 * after a still newer event removed them — so the record is read again afterwards and the clean-up
 * repeated, now also owning what it restored, until the record stands still. All of it idempotent, and
 * only on this rare path.
 */
export async function cleanUpOvertaken(
  repository: TagRepository,
  aid: string,
  seq: string,
  ours: readonly StaleTags[],
): Promise<void> {
  let owned = mergeMemberships(ours);
  let seen: string | undefined;
  for (let round = 0; round < LEDGER_ATTEMPTS; round++) {
    const found = await repository.getStoredArticle(aid);
    if (found && compareSequencers(found.seq, seq) <= 0) return;
    // Standing still: the same version in the same state wanting the same tags (a copy's record can be
    // written again when its claim changes, with other tags but the same sequencer).
    const now = found ? `${found.seq} ${found.state} ${isTombstone(found) ? '' : found.tags.join()}` : '';
    if (round > 0 && now === seen) return;
    seen = now;
    // A tombstone wants nothing: everything this attempt wrote goes.
    const current = isTombstone(found) ? undefined : found;
    const theirs = current?.tags.length ? [{ publishedAt: current.publishedAt, tags: current.tags }] : [];
    const orphans = orphanedMemberships(aid, owned, theirs);
    const result = current ? decodeResult(current) : undefined;
    const wanted = new Set(current?.tags ?? []);
    const theirTags = result ? indexedTags(result).filter((t) => wanted.has(tagRefString(t.ref))) : [];
    await settleAll([
      repository.writeIndex(current ? buildIndexItems(current, theirTags) : [], orphans.indexDeletes),
      forEachLimited(orphans.countRemoves, WRITE_CONCURRENCY, async (change) => {
        if ((await repository.removeMember(change)) && change.ref.kind === 'entity') {
          await repository.adjustEntityCount(change.ref.value, -1);
        }
      }),
      forEachLimited(countChanges(aid, theirs), WRITE_CONCURRENCY, async (change) => {
        if ((await repository.addMember(change)) && change.ref.kind === 'entity') {
          await repository.adjustEntityCount(change.ref.value, 1);
        }
      }),
    ]);
    owned = mergeMemberships([...owned, ...theirs]);
  }
  throw new LedgerContentionError(aid);
}
