import type * as z from 'zod';
import type { IndexRow } from '../adapters/query-repository.js';
import { MAX_FILTERS, mergeShardPages, planArticles, shownOrder } from '../core/query/articles.js';
import { queryBinding } from '../core/query/cursor.js';
import type { ArticleRecordItem, ClaimItem } from '../core/records/items.js';
import { shortId, type TagKind, type TagRef, tagRefString } from '../core/records/keys.js';
import { decodeResult } from '../core/records/result-codec.js';
import { checkedRange, type RequestContext, readCursor, writeCursor } from './context.js';
import { ApiError, badParameter, notFound } from './http.js';
import { ARTICLE_ID_PATTERN, DEFAULT_LIMIT, FILTER_PARAMETERS } from './limits.js';
import type { ArticleListQuery } from './requests.js';

/** The filters of a query as tag references, deduplicated, in a canonical order. */
export function filterRefs(query: Partial<Record<TagKind, string[] | string | undefined>>): TagRef[] {
  const refs = new Map<string, TagRef>();
  for (const kind of FILTER_PARAMETERS) {
    const given = query[kind];
    for (const value of given === undefined ? [] : Array.isArray(given) ? given : [given]) {
      const ref = { kind, value };
      refs.set(tagRefString(ref), ref);
    }
  }
  return [...refs.values()];
}

export async function listArticles(ctx: RequestContext, query: z.output<typeof ArticleListQuery>) {
  const refs = filterRefs(query);
  if (refs.length === 0) {
    // No filter was given, so none can be blamed: 'filter' stands for the four, as the message says.
    throw badParameter(
      'filter',
      'no filter given: add entity, topic, country or pair (from and to only bound the dates)',
    );
  }
  if (refs.length > MAX_FILTERS) {
    throw badParameter(refs[MAX_FILTERS]?.kind ?? 'entity', `at most ${MAX_FILTERS} filters may be combined`);
  }
  const focusOnly = query.focus === true;
  if (focusOnly && refs.filter((ref) => ref.kind === 'country').length !== 1) {
    throw badParameter(
      'focus',
      'focus applies to exactly one country filter: add one country=, or drop focus',
    );
  }
  const range = checkedRange(query.from, query.to);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const binding = queryBinding([
    'articles',
    ...refs.map(tagRefString).sort(),
    ...(focusOnly ? ['focus'] : []),
    range.lower,
    range.upper,
  ]);
  const before = readCursor(
    ctx,
    query.cursor,
    binding,
    (position) => position >= range.lower && position <= range.upper,
  );
  const plan = planArticles(refs, range, limit, before, focusOnly);
  const pages = await Promise.all(plan.queries.map((q) => ctx.repository.queryIndex(q)));
  const page = mergeShardPages(pages, limit, before);
  return {
    items: shownOrder(page.items).map(articleSummary),
    nextCursor: writeCursor(ctx, binding, page.next),
  };
}

function articleSummary(row: IndexRow) {
  return {
    id: row.aid,
    articleId: row.articleId,
    publishedAt: row.publishedAt,
    ...(row.title !== undefined ? { title: row.title } : {}),
    ...(row.lead !== undefined ? { lead: row.lead } : {}),
    ...(row.source !== undefined ? { source: row.source } : {}),
    ...(row.language !== undefined ? { language: row.language } : {}),
    score: row.score,
  };
}

export async function getArticle(ctx: RequestContext, aid: string) {
  const record = await ctx.repository.getArticle(aid);
  if (!record) throw notFound(`no article with id "${aid}"`);
  return withClaim(ctx, record);
}

/** Articles a publisher id is looked up among: more than one is ambiguous. */
export const SOURCE_ID_MATCHES = 5;

/**
 * An article by the short id lists return or, failing that, by the publisher's own id alone
 * (`/articles/r17-19`, since 2026-12-01): one gsi3 Query on `ID#<articleId>` (written on every article
 * record), then the record. Two objects may give the same id and stay two articles: then a 409 names them
 * and `key=` chooses. A record written before the index existed is found by its short id or with `key`.
 */
export async function getArticleByAnyId(ctx: RequestContext, id: string) {
  if (ARTICLE_ID_PATTERN.test(id)) {
    const record = await ctx.repository.getArticle(id);
    if (record) return withClaim(ctx, record);
  }
  const aids = await ctx.repository.queryArticleIds(id, SOURCE_ID_MATCHES);
  const [aid, other] = aids;
  if (other !== undefined) {
    const many = aids.length < SOURCE_ID_MATCHES ? String(aids.length) : `${aids.length} or more`;
    throw new ApiError(
      409,
      'ambiguous_id',
      `${many} articles give the id "${id}" (from different S3 keys): ask for one by its short id (${aids.join(', ')}) or add key=`,
      'id',
    );
  }
  const record = aid === undefined ? undefined : await ctx.repository.getArticle(aid);
  if (!record) throw notFound(`no article with id "${id}"`);
  return withClaim(ctx, record);
}

async function withClaim(ctx: RequestContext, record: ArticleRecordItem) {
  // One more GetItem for a tagged article: its text's claim says which copy is listed and which are not.
  const claim = record.fp !== undefined ? await ctx.repository.getClaim(record.fp) : undefined;
  return articleDetail(record, claim);
}

/**
 * The short ids an article of object `key` with the publisher's id `articleId` can have: the ingest derives
 * it from the source reference (docs/data-model.md) — `key#id=<id>` for a `.jsonl` line with an id, the
 * key for a single-article object, `key#<line>` for a line without one (its `articleId` is that reference).
 */
export function sourceAids(key: string, articleId: string): string[] {
  if (articleId === key || articleId.startsWith(`${key}#`)) return [shortId(articleId)];
  return [shortId(`${key}#id=${articleId}`), shortId(key)];
}

/**
 * An article by the publisher's own id and the S3 key it came from (`/articles/r17-19?key=articles/r17.jsonl`):
 * at most two GetItems of derived short ids, no index. The id alone cannot be looked up: two objects may
 * give the same id, and the table keeps no index by it.
 */
export async function getArticleBySource(ctx: RequestContext, key: string, articleId: string) {
  const records = await Promise.all(sourceAids(key, articleId).map((aid) => ctx.repository.getArticle(aid)));
  const record = records.find((r) => r?.articleId === articleId && r.key === key);
  if (!record) throw notFound(`no article "${articleId}" from key "${key}"`);
  return withClaim(ctx, record);
}

/**
 * Copies of one story (the same title and body under other keys, docs/data-model.md): the listed one
 * names the others in `duplicates`, a copy names the listed one in `duplicateOf`. The claim is the
 * authority (an owner that left handed it over without rewriting the copies); the record's own
 * `duplicateOf` stands in only while the claim cannot be read.
 */
function duplicateFields(record: ArticleRecordItem, claim: ClaimItem | undefined) {
  if (record.status !== 'TAGGED' || record.fp === undefined) return {};
  const copyOf = claim ? (claim.owner !== record.aid ? claim.owner : undefined) : record.duplicateOf;
  if (copyOf !== undefined) return { duplicateOf: copyOf };
  return { duplicates: (claim?.members ?? []).filter((aid) => aid !== record.aid) };
}

function warningsOf(record: ArticleRecordItem) {
  const { warnings } = record as { warnings?: { code: string; message: string }[] };
  return warnings !== undefined && warnings.length > 0 ? { warnings } : {};
}

export function articleDetail(record: ArticleRecordItem, claim?: ClaimItem) {
  const result = record.status === 'TAGGED' ? decodeResult(record) : undefined;
  return {
    id: record.aid,
    articleId: record.articleId,
    key: record.key,
    ...(record.line !== undefined ? { line: record.line } : {}),
    status: record.status,
    state: record.state,
    publishedAt: record.publishedAt,
    ...(record.title !== undefined ? { title: record.title } : {}),
    ...(record.lead !== undefined ? { lead: record.lead } : {}),
    ...(record.url !== undefined ? { url: record.url } : {}),
    ...(record.source !== undefined ? { source: record.source } : {}),
    ...(record.language !== undefined ? { language: record.language } : {}),
    taggerVersion: record.taggerVersion,
    updatedAt: record.updatedAt,
    // The record's `focus|XX` memberships are counts of the countries it is about, not searchable tags.
    indexedTags: record.tags.filter((tag) => !tag.startsWith('focus|')),
    truncated: record.truncated === true,
    // What the ingest kept but did not take as given (functions/ingest/dates.ts): a date far ahead.
    ...warningsOf(record),
    ...duplicateFields(record, claim),
    ...(record.status === 'FAILED'
      ? {
          failure: {
            reason: record.reason ?? 'UNKNOWN',
            message: record.message ?? '',
            ...(record.failedAt !== undefined ? { failedAt: record.failedAt } : {}),
          },
        }
      : {}),
    tags: result
      ? {
          ...(result.dateline ? { dateline: result.dateline } : {}),
          entities: result.entities,
          countries: result.countries,
          countryPairs: result.countryPairs,
          topics: result.topics,
        }
      : null,
  };
}
