import type { CatalogEntry } from '../../../../functions/core/records/build.js';
import type { CountChange } from '../../../../functions/core/records/diff.js';
import {
  type ArticleRecordItem,
  type ArticleTombstoneItem,
  type ClaimItem,
  type IndexItem,
  isTombstone,
  type ObjectRecordItem,
  type StoredArticle,
} from '../../../../functions/core/records/items.js';
import { type ItemKey, keys } from '../../../../functions/core/records/keys.js';
import type { TagRepository } from '../../../../functions/ingest/ports.js';

const text = (key: ItemKey) => `${key.pk}\u0000${key.sk}`;

/**
 * The repository contract in memory, with the same conditions as the DynamoDB adapter (sequencers are
 * compared as stored strings, equal width). `failAfter` makes the n-th write throw, to simulate a crash.
 */
export class MemoryRepository implements TagRepository {
  readonly objects = new Map<string, ObjectRecordItem>();
  readonly articles = new Map<string, StoredArticle>();
  readonly index = new Map<string, IndexItem>();
  readonly counts = new Map<string, { n: number; m: Set<string> }>();
  readonly entities = new Map<string, { entry: CatalogEntry; articleCount: number }>();
  readonly claims = new Map<string, { owner: string; m: Set<string>; promoting?: string; v: number }>();
  writes = 0;
  failAfter = Number.POSITIVE_INFINITY;

  private write() {
    this.writes += 1;
    if (this.writes > this.failAfter)
      throw Object.assign(new Error('simulated crash'), { name: 'SimulatedCrash' });
  }

  async getObjectRecord(key: string) {
    return structuredClone(this.objects.get(key));
  }
  async advanceObjectRecord(item: ObjectRecordItem, expectedSeq: string | undefined) {
    this.write();
    if (this.objects.get(item.key)?.seq !== expectedSeq) return false;
    this.objects.set(item.key, structuredClone(item));
    return true;
  }
  async replaceObjectRecord(item: ObjectRecordItem) {
    this.write();
    if (this.objects.get(item.key)?.seq !== item.seq) return false;
    this.objects.set(item.key, structuredClone(item));
    return true;
  }
  async getArticle(aid: string) {
    const stored = this.articles.get(aid);
    return isTombstone(stored) ? undefined : structuredClone(stored);
  }
  async getStoredArticle(aid: string) {
    return structuredClone(this.articles.get(aid));
  }
  async advanceArticle(item: ArticleRecordItem, expected: StoredArticle | undefined) {
    this.write();
    const stored = this.articles.get(item.aid);
    const same = (a: StoredArticle | undefined, b: StoredArticle | undefined) =>
      a === undefined || b === undefined
        ? a === b
        : a.seq === b.seq &&
          a.state === b.state &&
          (isTombstone(a) ? undefined : a.taggerVersion) === (isTombstone(b) ? undefined : b.taggerVersion) &&
          (isTombstone(a) ? undefined : a.duplicateOf) === (isTombstone(b) ? undefined : b.duplicateOf);
    if (!same(stored, expected)) return false;
    this.articles.set(item.aid, structuredClone(item));
    return true;
  }
  async replaceArticle(item: ArticleRecordItem) {
    this.write();
    const stored = this.articles.get(item.aid);
    if (stored?.seq !== item.seq || isTombstone(stored)) return false;
    this.articles.set(item.aid, structuredClone(item));
    return true;
  }
  async buryArticle(tombstone: ArticleTombstoneItem, expectedSeq: string | undefined) {
    this.write();
    if (this.articles.get(tombstone.aid)?.seq !== expectedSeq) return false;
    this.articles.set(tombstone.aid, structuredClone(tombstone));
    return true;
  }
  async writeIndex(puts: readonly IndexItem[], deletes: readonly ItemKey[]) {
    for (const item of puts) {
      this.write();
      this.index.set(text(item), structuredClone(item));
    }
    for (const key of deletes) {
      this.write();
      this.index.delete(text(key));
    }
  }
  async addMember(change: CountChange) {
    this.write();
    const count = this.counts.get(text(change.key)) ?? { n: 0, m: new Set<string>() };
    if (count.m.has(change.aid)) return false;
    count.m.add(change.aid);
    count.n += 1;
    this.counts.set(text(change.key), count);
    return true;
  }
  async removeMember(change: CountChange) {
    this.write();
    const count = this.counts.get(text(change.key));
    if (!count?.m.has(change.aid)) return false;
    count.m.delete(change.aid);
    count.n -= 1;
    if (count.n === 0) this.counts.delete(text(change.key));
    return true;
  }
  async upsertEntity(entry: CatalogEntry, delta: number) {
    this.write();
    const stored = this.entities.get(entry.entityId);
    this.entities.set(entry.entityId, {
      entry: stored?.entry ?? entry,
      articleCount: (stored?.articleCount ?? 0) + delta,
    });
  }
  async adjustEntityCount(entityId: string, delta: number) {
    this.write();
    const stored = this.entities.get(entityId);
    if (stored) stored.articleCount += delta;
  }

  async claim(fp: string, aid: string) {
    this.write();
    const claim = this.claims.get(fp) ?? { owner: aid, m: new Set<string>(), v: 0 };
    claim.m.add(aid);
    claim.v += 1;
    this.claims.set(fp, claim);
    return this.claimView(fp) as ClaimItem;
  }
  async getClaim(fp: string) {
    return this.claimView(fp);
  }
  async dropMember(fp: string, aid: string, version: number) {
    this.write();
    const claim = this.claims.get(fp);
    if (!claim || claim.owner === aid || claim.v !== version) return false;
    claim.m.delete(aid);
    claim.v += 1;
    return true;
  }
  async handOver(fp: string, from: string, to: string, version: number) {
    this.write();
    const claim = this.claims.get(fp);
    if (claim?.owner !== from || !claim.m.has(to) || claim.v !== version) return false;
    claim.v += 1;
    claim.m.delete(from);
    claim.owner = to;
    claim.promoting = to;
    return true;
  }
  readonly traces = new Map<string, { publishedAt: string; expiresAt: number }>();
  async traceText(fp: string, publishedAt: string, expiresAt: number) {
    this.write();
    this.traces.set(fp, { publishedAt, expiresAt });
  }
  async tracedDate(fp: string, at: number) {
    const trace = this.traces.get(fp);
    return trace && trace.expiresAt > at ? trace.publishedAt : undefined;
  }
  async releaseClaim(fp: string, aid: string, version: number) {
    this.write();
    const claim = this.claims.get(fp);
    if (claim?.owner !== aid || claim.m.size !== 1 || claim.v !== version) return false;
    this.claims.delete(fp);
    return true;
  }
  async clearPromoting(fp: string, aid: string) {
    this.write();
    const claim = this.claims.get(fp);
    if (claim?.promoting === aid) delete claim.promoting;
  }
  private claimView(fp: string): ClaimItem | undefined {
    const claim = this.claims.get(fp);
    return claim
      ? {
          owner: claim.owner,
          members: [...claim.m].sort(),
          ...(claim.promoting ? { promoting: claim.promoting } : {}),
          version: claim.v,
        }
      : undefined;
  }

  /** Tombstones of removed articles: not part of what a reader sees. */
  tombstones() {
    return [...this.articles.values()].filter(isTombstone);
  }

  /** The observable state: article records (without timestamps), index keys and counts. */
  snapshot() {
    const articles = [...this.articles.values()]
      .filter((a): a is ArticleRecordItem => !isTombstone(a))
      .map(({ updatedAt: _u, ...rest }) => rest)
      .sort((a, b) => a.aid.localeCompare(b.aid));
    return {
      articles,
      index: [...this.index.keys()].sort(),
      counts: [...this.counts.entries()].map(([k, c]) => `${k}=${c.n}:${[...c.m].sort().join(',')}`).sort(),
    };
  }

  objectKeyOf(key: string) {
    return keys.object(key);
  }
}
