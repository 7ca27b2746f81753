import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { detectDateline } from '../text/dateline.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { ParseError } from './errors.js';
import {
  type ArticleMeta,
  finishArticle,
  normalizeLanguage,
  type ParsedArticle,
  type ParsedFields,
  publishedAtOf,
} from './fields.js';
import { articleBodyOf, articleItems, liveBlogBodyOf, nameOf, namesOf, stringOf } from './linked-data.js';
import { parseMarkdown, readsAsMarkdown } from './markdown.js';
import type { MarkupReader } from './markup.js';

// zod/mini keeps classic zod out of the ingest bundle; English messages, as classic zod gives.
z.config(en());

const text = z.nullish(z.string());
/** A date as text, or Unix time in seconds or milliseconds (feeds and CMS exports write numbers). */
const time = z.nullish(z.union([z.string(), z.number()]));

/**
 * A JSON article: `body` (or `text`, `content`, schema.org `articleBody`) is required; everything else
 * optional. Unknown keys are ignored so exports from other systems load without editing. Nulls count as
 * absent. `author` and `publisher` may be schema.org objects (`{"@type": "Person", "name": …}`) or lists.
 */
export const JsonArticleSchema = z.looseObject({
  id: z.nullish(z.union([z.string(), z.number()])),
  title: text,
  headline: text,
  body: text,
  text: text,
  content: text,
  content_text: text,
  content_html: text,
  // schema.org values are read leniently: exports write lists and objects where a string is meant.
  articleBody: z.optional(z.unknown()),
  dateline: text,
  publishedAt: time,
  published_at: time,
  datePublished: time,
  url: text,
  source: text,
  language: text,
  inLanguage: z.optional(z.unknown()),
  author: z.optional(z.unknown()),
  publisher: z.optional(z.unknown()),
  description: text,
});
export type JsonArticle = z.infer<typeof JsonArticleSchema>;

/** The fields this reader documents as the time: a value there that is not a date fails the article. */
const TIME_FIELDS = ['publishedAt', 'published_at', 'datePublished'] as const;
/**
 * Names other exports give the time (JSON Feed `date_published`, CMS `published` or `date`, RSS-minded
 * `pubDate`): a story whose date went unread was dated at upload and listed in "this week". Read
 * leniently, since these keys were ignored before and may hold anything (`"published": true`): a value
 * that is no date is passed over, and reported as unread when no field gives one.
 */
const OTHER_TIME_FIELDS = ['date_published', 'published', 'pubDate', 'date'] as const;

function publicationTimeOf(a: JsonArticle): Pick<ParsedFields, 'publishedAt' | 'unreadDate'> {
  for (const field of TIME_FIELDS) {
    const value = a[field];
    if (value != null) return { publishedAt: publishedAtOf(value, field) };
  }
  let unreadDate: string | undefined;
  const other = a as Record<string, unknown>;
  for (const field of OTHER_TIME_FIELDS) {
    const value = other[field];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    try {
      const publishedAt = publishedAtOf(value, field);
      if (publishedAt) return { publishedAt };
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      unreadDate ??= `${field} "${String(value).trim()}"`;
    }
  }
  return unreadDate === undefined ? {} : { unreadDate };
}

/**
 * Names other exports give the place a story was filed from (a CMS `location` or `place`, a wire
 * `placeline`, schema.org `locationCreated` as text or a Place): a story whose dateline went unread lost the
 * country it was filed from (review32 C5). They are a fallback, read leniently: only a place's name (a few
 * words of letters: no section path, no "1st") counts, and never over the dateline the body opens with
 * ("NAIROBI (Reuters) -" over a CMS `location` naming the summit's city: read32 F6).
 */
const OTHER_DATELINE_FIELDS = ['location', 'place', 'placeline', 'locationCreated'] as const;
const PLACE_NAME = lazyPattern(() => /^[\p{L}][\p{L}.'\u2019 -]*(?:,\s*[\p{L}][\p{L}.'\u2019 -]*)?$/u);

function datelineOf(a: JsonArticle, body: string): string | undefined {
  if (a.dateline != null) return a.dateline;
  const other = a as Record<string, unknown>;
  for (const field of OTHER_DATELINE_FIELDS) {
    const name = nameOf(other[field]);
    if (name === undefined || name.split(/\s+/).length > 5 || !PLACE_NAME.test(name)) continue;
    return detectDateline(body) ? undefined : name;
  }
  return undefined;
}

export function parseJson(content: string, readMarkup?: MarkupReader): ParsedFields {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    throw new ParseError('INVALID_JSON', `not valid JSON: ${(error as Error).message}`);
  }
  return fieldsFromJsonValue(value, readMarkup);
}

/**
 * Validates one decoded JSON value (a file, or a line of JSON Lines) as an article. `readMarkup` reads
 * HTML in the title and body as text (markup.ts); without it they are taken as they are, but for a body
 * in Markdown (markdown.ts `readsAsMarkdown`), which is always read as Markdown.
 */
export function fieldsFromJsonValue(value: unknown, readMarkup?: MarkupReader): ParsedFields {
  if (Array.isArray(value)) {
    throw new ParseError(
      'INVALID_JSON',
      `a .json object holds one article; this one holds an array of ${value.length}: write them as JSON Lines (.jsonl), one article a line`,
    );
  }
  if (!value || typeof value !== 'object') {
    throw new ParseError(
      'INVALID_JSON',
      'expected a JSON object with a "body" (or "text" or "content") field',
    );
  }
  const parsed = JsonArticleSchema.safeParse(storyOf(withRenderedFields(value as Record<string, unknown>)));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`);
    throw new ParseError('INVALID_FIELD', problems.join('; '));
  }
  const a = parsed.data;
  // JSON Feed items write content_text / content_html (the HTML is read as markup when a reader is given).
  const rawBody =
    a.body ??
    a.text ??
    a.content ??
    articleBodyOf(a.articleBody) ??
    a.content_text ??
    a.content_html ??
    liveBlogBodyOf((a as Record<string, unknown>).liveBlogUpdate);
  const rawTitle = a.title ?? a.headline ?? undefined;
  // A Markdown body is read as a .md file is: its first heading is the title when the article gives none.
  const markdown = rawBody != null && readsAsMarkdown(rawBody) ? parseMarkdown(rawBody) : undefined;
  const body = markdown
    ? markdown.body
    : rawBody != null && readMarkup
      ? readMarkup(rawBody, false)
      : rawBody;
  const title =
    rawTitle !== undefined ? (readMarkup ? readMarkup(rawTitle, true) : rawTitle) : markdown?.title;
  if (body == null) {
    throw new ParseError(
      'MISSING_BODY',
      'the JSON article has no "body", "text", "content", "articleBody", "content_text" or "content_html" string',
    );
  }
  const { publishedAt, unreadDate } = publicationTimeOf(a);
  const language = a.language ? normalizeLanguage(a.language) : languageOf(a.inLanguage);
  if (a.language && !language) {
    throw new ParseError('INVALID_FIELD', `language: "${a.language}" is not a language tag such as "en"`);
  }
  return {
    id: a.id == null ? undefined : String(a.id),
    title,
    body: body ?? '',
    dateline: datelineOf(a, body ?? ''),
    publishedAt,
    ...(unreadDate === undefined ? {} : { unreadDate }),
    url: a.url ?? undefined,
    source: a.source ?? nameOf(a.publisher),
    language,
    author: namesOf(a.author),
    description: a.description ?? undefined,
  };
}

const BODY_FIELDS = ['body', 'text', 'content', 'articleBody', 'content_text', 'content_html'] as const;

/** A WordPress REST API field: `{"rendered": "<p>…</p>", "protected": false}`. */
function renderedOf(value: unknown): string | undefined {
  const rendered =
    value && typeof value === 'object' ? (value as { rendered?: unknown }).rendered : undefined;
  return typeof rendered === 'string' ? rendered : undefined;
}

/**
 * A WordPress REST API post (`/wp-json/wp/v2/posts/ID`, served by every WordPress news site) as an article: its
 * `title`, `content` and `excerpt` are objects whose `rendered` string is the HTML (the excerpt stands in for a
 * missing content), its permalink is `link` and its time in UTC `date_gmt`. Read as it came, it failed
 * INVALID_FIELD "content: expected string" (review63). Other objects are left as they are.
 */
function withRenderedFields(value: Record<string, unknown>): Record<string, unknown> {
  const title = renderedOf(value.title);
  const content = renderedOf(value.content) ?? renderedOf(value.excerpt);
  if (title === undefined && content === undefined) return value;
  const { excerpt: _excerpt, ...own } = value;
  const gmt = typeof value.date_gmt === 'string' && value.published_at == null ? value.date_gmt : undefined;
  return {
    ...own,
    ...(title !== undefined ? { title } : {}),
    ...(content !== undefined ? { content } : {}),
    ...(value.url == null && typeof value.link === 'string' ? { url: value.link } : {}),
    // WordPress writes the UTC time without a zone; `date` is the site's local time.
    ...(gmt !== undefined ? { published_at: gmt.endsWith('Z') ? gmt : `${gmt}Z` } : {}),
  };
}

/**
 * A JSON-LD document (`{"@context": "https://schema.org", "@graph": [WebPage, NewsArticle, …]}`) holds its
 * story as one item of a graph: when the document itself gives no body, that item is the article, with
 * the document's own fields (an `id`, a `source`) over it. An object with a body is the article itself,
 * whatever metadata graph it carries.
 */
function storyOf(value: Record<string, unknown>): Record<string, unknown> {
  if (value['@graph'] === undefined || BODY_FIELDS.some((field) => value[field] != null)) return value;
  const story = articleItems(value['@graph'])[0];
  if (!story) return value;
  const { '@graph': _graph, ...own } = value;
  return { ...story, ...own };
}

/**
 * schema.org `inLanguage`: a tag ("en-GB"), a Language object (`{"name": "English", "alternateName":
 * "en"}`) or a list of those; the first that reads as a tag, and nothing (not a failure) otherwise.
 */
function languageOf(value: unknown): string | undefined {
  for (const item of Array.isArray(value) ? value : [value]) {
    const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : undefined;
    for (const candidate of record ? [record.alternateName, record.name] : [item]) {
      const tag = stringOf(candidate);
      const language = tag ? normalizeLanguage(tag) : undefined;
      if (language) return language;
    }
  }
  return undefined;
}

/**
 * One already-decoded JSON value (a line of JSON Lines) as an article. Lives here rather than beside
 * `parseArticle` so the JSON Lines path of the CLI loads the HTML parser (through `readMarkup`) only
 * when a line may hold markup.
 */
export function articleFromJsonValue(
  value: unknown,
  meta?: ArticleMeta,
  readMarkup?: MarkupReader,
): ParsedArticle {
  return finishArticle(fieldsFromJsonValue(value, readMarkup), meta);
}
