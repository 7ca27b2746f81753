import {
  type ArticleInput,
  ArticleInputSchema,
  IsoDateTimeSchema,
  LanguageTagSchema,
  UrlSchema,
} from '../article-input.js';
import { ParseError } from './errors.js';

/** Metadata known outside the content (object key, HTTP headers, CLI flags); the content's own wins. */
export type ArticleMeta = Partial<
  Pick<ArticleInput, 'id' | 'title' | 'dateline' | 'publishedAt' | 'url' | 'source' | 'language'>
>;

/** An article input plus what a page says about itself that the tagger does not use. */
export interface ParsedArticle extends ArticleInput {
  readonly author?: string;
  readonly description?: string;
}

export interface ParsedFields {
  id?: string | undefined;
  title?: string | undefined;
  body: string;
  dateline?: string | undefined;
  publishedAt?: string | undefined;
  url?: string | undefined;
  source?: string | undefined;
  language?: string | undefined;
  author?: string | undefined;
  description?: string | undefined;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An ISO 8601 timestamp with offset, from the many shapes pages and feeds use; undefined if not a date. */
export function normalizeDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (IsoDateTimeSchema.safeParse(text).success) return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function normalizeUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && UrlSchema.safeParse(text).success ? text : undefined;
}

/** "en_US" and "EN-us" become "en-US"; undefined when it is not a language tag. */
export function normalizeLanguage(value: string | undefined): string | undefined {
  const parts = value?.trim().replace(/_/g, '-').split('-');
  if (!parts?.[0]) return undefined;
  const [primary, ...rest] = parts;
  const tag = [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
  return LanguageTagSchema.safeParse(tag).success ? tag : undefined;
}

/**
 * Merges the parsed fields over the outside metadata, drops blanks, and checks the result against the
 * public input schema. Fails with EMPTY when there is neither a title nor a body.
 */
export function finishArticle(fields: ParsedFields, meta: ArticleMeta = {}): ParsedArticle {
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...meta, ...dropBlank(fields) })) {
    if (typeof value === 'string' && value.trim() !== '') merged[key] = value;
  }
  const body = merged.body ?? '';
  if (!body.trim() && !merged.title?.trim()) {
    throw new ParseError('EMPTY', 'the article has neither a title nor any body text');
  }
  const checked = ArticleInputSchema.safeParse({ ...merged, body });
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${i.path.join('.') || 'article'}: ${i.message}`);
    throw new ParseError('INVALID_FIELD', problems.join('; '));
  }
  return {
    ...checked.data,
    ...(merged.author ? { author: merged.author } : {}),
    ...(merged.description ? { description: merged.description } : {}),
  };
}

function dropBlank(fields: ParsedFields): Partial<ParsedFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
}
