import type { EntityType, TagResult } from '../schema.js';
import { coCode } from './co-codes.js';
import { itemSize } from './item-size.js';
import type {
  ArticleRecordItem,
  ArticleTombstoneItem,
  FailureReason,
  IndexItem,
  Provenance,
  StaleTags,
} from './items.js';
import {
  canonicalTime,
  dayOf,
  keys,
  MAX_INDEXED,
  SOURCE_ID_INDEX_MAX,
  type TagKind,
  type TagRef,
  tagRefString,
} from './keys.js';
import { encodeResult } from './result-codec.js';

/**
 * Index items carry at most this many co-occurring tags (`co`), strongest first per kind: every other
 * indexed tag of an article (at most 20 + 8 + 12 + 12 indexed, minus the item's own).
 */
export const MAX_CO_TAGS = 51;
/** Bytes an index item may take as DynamoDB counts them: one write unit is 1 KB. */
export const INDEX_ITEM_BUDGET = 1024;
/** `co` as an empty list: the name (2) and the list's own overhead (3). */
const EMPTY_CO_BYTES = 5;
const TITLE_MAX = 300;
const ALIASES_PER_UPDATE = 10;

/** A tag of an article with its strength in that article. */
export interface ScoredTag {
  readonly ref: TagRef;
  readonly score: number;
  /** A country the article is about (`focus`), not one it names in passing. */
  readonly focus?: true;
}

/** One article as it comes out of an object: where it is, what it says about itself. */
export interface ArticleVersion {
  readonly aid: string;
  readonly articleId: string;
  readonly line?: number;
  readonly provenance: Provenance;
  readonly taggerVersion: string;
  readonly publishedAt: string;
  readonly title?: string;
  /** A story without a title: its first sentence (`leadOf`), what a list shows instead. */
  readonly lead?: string;
  readonly url?: string;
  readonly source?: string;
  readonly language?: string;
  /** Time of the event that produced this version (deterministic across redeliveries). */
  readonly eventTime: string;
}

/** What an entity contributes to the catalog when an article mentioning it is written. */
export interface CatalogEntry {
  readonly entityId: string;
  readonly name: string;
  readonly entityType: EntityType;
  readonly aliases: string[];
}

/** Tags that get index items and count memberships: the strongest of each kind, capped per kind. */
export function indexedTags(result: TagResult): ScoredTag[] {
  const pick = (kind: TagKind, scored: { value: string; score: number; focus?: boolean }[]): ScoredTag[] => {
    const seen = new Set<string>();
    return [...scored]
      .sort((a, b) => b.score - a.score || a.value.localeCompare(b.value))
      .filter((s) => !seen.has(s.value) && seen.add(s.value))
      .slice(0, MAX_INDEXED[kind])
      .map((s) => ({
        ref: { kind, value: s.value },
        score: s.score,
        ...(s.focus ? { focus: true as const } : {}),
      }));
  };
  return [
    ...pick(
      'country',
      result.countries.map((c) => ({ value: c.code, score: c.salience, focus: c.focus })),
    ),
    ...pick(
      'topic',
      result.topics.map((t) => ({ value: t.id, score: t.score })),
    ),
    ...pick(
      'pair',
      result.countryPairs.map((p) => ({ value: p.pair, score: p.score })),
    ),
    ...pick(
      'entity',
      result.entities.map((e) => ({ value: e.id, score: e.salience })),
    ),
  ];
}

/**
 * The article record's `tags`: every indexed tag, then `focus|<code>` for each indexed country the article
 * is about. Each is a count membership; the focus ones have no index item of their own (the country's item
 * carries `focus`), and give `/top?kind=country&focus=true` and `/trends?country=XX&focus=true` their counts.
 */
export function countedTags(tags: readonly ScoredTag[]): string[] {
  const focus = tags.filter((t) => t.focus && t.ref.kind === 'country').map((t) => `focus|${t.ref.value}`);
  return [...tags.map((t) => tagRefString(t.ref)), ...focus];
}

function baseRecord(version: ArticleVersion, updatedAt: string) {
  const publishedAt = canonicalTime(version.publishedAt);
  return {
    ...keys.article(version.aid),
    recordType: 'article' as const,
    aid: version.aid,
    articleId: version.articleId,
    key: version.provenance.key,
    ...(version.line !== undefined ? { line: version.line } : {}),
    seq: version.provenance.seq,
    ...(version.provenance.versionId ? { versionId: version.provenance.versionId } : {}),
    ...(version.provenance.eTag ? { eTag: version.provenance.eTag } : {}),
    contentHash: version.provenance.contentHash,
    taggerVersion: version.taggerVersion,
    publishedAt,
    day: dayOf(publishedAt),
    ...(version.title
      ? { title: version.title.slice(0, TITLE_MAX) }
      : version.lead
        ? { lead: version.lead }
        : {}),
    ...(version.url ? { url: version.url } : {}),
    ...(version.source ? { source: version.source } : {}),
    ...(version.language ? { language: version.language } : {}),
    // The lookup by the publisher's own id (gsi3); a tombstone has none, so a removed article leaves it.
    ...(Buffer.byteLength(version.articleId, 'utf8') <= SOURCE_ID_INDEX_MAX
      ? { g3pk: keys.sourceIdPartition(version.articleId), g3sk: version.aid }
      : {}),
    updatedAt,
  };
}

/** The article record of a tagged article, PENDING until its index items and counts are written. */
export function buildTaggedRecord(
  version: ArticleVersion,
  result: TagResult,
  tags: readonly ScoredTag[],
  stale: readonly StaleTags[],
  updatedAt: string,
): ArticleRecordItem {
  return {
    ...baseRecord(version, updatedAt),
    status: 'TAGGED',
    state: 'PENDING',
    tags: countedTags(tags),
    ...(stale.length > 0 ? { stale: JSON.stringify(stale) } : {}),
    ...encodeResult(result),
  };
}

/** The record of an article that could not be tagged: visible under failures, never retried. */
export function buildFailedRecord(
  version: ArticleVersion,
  reason: FailureReason,
  message: string,
  stale: readonly StaleTags[],
  updatedAt: string,
): ArticleRecordItem {
  const failedAt = canonicalTime(version.eventTime);
  return {
    ...baseRecord(version, updatedAt),
    status: 'FAILED',
    state: 'PENDING',
    tags: [],
    ...(stale.length > 0 ? { stale: JSON.stringify(stale) } : {}),
    reason,
    message: message.slice(0, 1000),
    failedAt,
    g1pk: keys.failurePartition(failedAt.slice(0, 7)),
    g1sk: `${failedAt}#${version.aid}`,
  };
}

/** The tombstone of an article removed by the event `seq` of object `key`. */
export function buildTombstone(
  aid: string,
  key: string,
  seq: string,
  expiresAt: number,
  updatedAt: string,
): ArticleTombstoneItem {
  return {
    ...keys.article(aid),
    recordType: 'article',
    aid,
    key,
    seq,
    state: 'DELETED',
    updatedAt,
    expiresAt,
  };
}

/** Marks a PENDING record as fully written. */
export function appliedRecord(record: ArticleRecordItem): ArticleRecordItem {
  const { stale: _stale, leaving: _leaving, promotion: _promotion, ...rest } = record;
  return { ...rest, state: 'APPLIED' };
}

/**
 * Index items: what a list page shows of the article (`articleId`, `title` or else `lead`, `source`, `language`, the
 * tag's `score`), `focus` on a country the article is about (for `focus=true` queries), and `co`, the
 * codes of its other indexed tags, strongest first, for second filters and co-occurrence. Kind, value,
 * short id and publication time are in the keys (`pk`, `sk`), so they are not repeated. `co` stops where
 * the item would pass `INDEX_ITEM_BUDGET` bytes, so an index item is one write unit; only an article with
 * an unusually long title (or more tags than `MAX_CO_TAGS`) loses its weakest co-tags, and a second
 * filter on one of those does not find it from this tag's side.
 */
export function buildIndexItems(record: ArticleRecordItem, tags: readonly ScoredTag[]): IndexItem[] {
  const codes = tags.map((t) => coCode(t.ref));
  return tags.map((tag, i) => {
    const item = {
      ...keys.index(tag.ref, record.aid, record.publishedAt),
      articleId: record.articleId,
      ...(record.title ? { title: record.title } : {}),
      ...(record.lead ? { lead: record.lead } : {}),
      ...(record.source ? { source: record.source } : {}),
      ...(record.language ? { language: record.language } : {}),
      score: tag.score,
      ...(tag.focus ? { focus: true as const } : {}),
    };
    let room = INDEX_ITEM_BUDGET - itemSize(item) - EMPTY_CO_BYTES;
    const co: string[] = [];
    for (const [j, code] of codes.entries()) {
      if (j === i) continue;
      const cost = 1 + Buffer.byteLength(code, 'utf8');
      if (co.length >= MAX_CO_TAGS || cost > room) break;
      co.push(code);
      room -= cost;
    }
    return { ...item, co };
  });
}

/**
 * The distinct ways an entity was written, without its canonical name. A form differing from another only
 * in case ("TRUMP" of an upper-case headline beside "Trump") is one form: the mixed-case one is kept.
 */
function surfaceForms(mentions: readonly { readonly text: string }[], name: string): string[] {
  const byLower = new Map<string, string>([[name.toLowerCase(), name]]);
  for (const m of mentions) {
    const text = m.text.trim();
    if (!text) continue;
    const lower = text.toLowerCase();
    const seen = byLower.get(lower);
    if (seen === undefined || (seen === seen.toUpperCase() && text !== text.toUpperCase()))
      byLower.set(lower, text);
  }
  return [...byLower.values()].filter((form) => form !== name);
}

/** Catalog contributions of the indexed entities: canonical name, type, and the surface forms seen. */
export function catalogEntries(result: TagResult, tags: readonly ScoredTag[]): CatalogEntry[] {
  const indexed = new Set(tags.filter((t) => t.ref.kind === 'entity').map((t) => t.ref.value));
  return result.entities
    .filter((e) => indexed.has(e.id))
    .map((e) => {
      const aliases = surfaceForms(e.mentions, e.name);
      return {
        entityId: e.id,
        name: e.name,
        entityType: e.type,
        aliases: aliases.slice(0, ALIASES_PER_UPDATE),
      };
    });
}
