import type { CatalogEntry } from '../../../../functions/core/records/build.js';
import type { CountChange } from '../../../../functions/core/records/diff.js';
import type {
  ArticleRecordItem,
  IndexItem,
  ObjectRecordItem,
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
  readonly articles = new Map<string, ArticleRecordItem>();
  readonly index = new Map<string, IndexItem>();
  readonly counts = new Map<string, { n: number; m: Set<string> }>();
  readonly entities = new Map<string, { entry: CatalogEntry; articleCount: number }>();
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
  async advanceObjectRecord(item: ObjectRecordItem) {
    this.write();
    const stored = this.objects.get(item.key);
    if (stored && !(stored.seq < item.seq || (stored.seq === item.seq && stored.state === 'PENDING')))
      return false;
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
    return structuredClone(this.articles.get(aid));
  }
  async advanceArticle(item: ArticleRecordItem) {
    this.write();
    const stored = this.articles.get(item.aid);
    if (stored && stored.seq > item.seq) return false;
    this.articles.set(item.aid, structuredClone(item));
    return true;
  }
  async replaceArticle(item: ArticleRecordItem) {
    this.write();
    if (this.articles.get(item.aid)?.seq !== item.seq) return false;
    this.articles.set(item.aid, structuredClone(item));
    return true;
  }
  async deleteArticle(aid: string, seq: string) {
    this.write();
    if (this.articles.get(aid)?.seq !== seq) return false;
    this.articles.delete(aid);
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

  /** The observable state: article records (without timestamps), index keys and counts. */
  snapshot() {
    const articles = [...this.articles.values()]
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
