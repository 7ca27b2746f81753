import {
  type ArticleInput,
  ArticleInputSchema,
  IsoDateTimeSchema,
  LanguageTagSchema,
  UrlSchema,
} from '../article-input.js';
import { MONTHS, monthNumber } from '../text/months.js';
import { ParseError } from './errors.js';
import { withZoneOffset } from './zones.js';

/** Metadata known outside the content (object key, HTTP headers, CLI flags); the content's own wins. */
export type ArticleMeta = Partial<
  Pick<ArticleInput, 'id' | 'title' | 'dateline' | 'publishedAt' | 'url' | 'source' | 'language'>
>;

/** An article input plus what a page says about itself that the tagger does not use. */
export interface ParsedArticle extends ArticleInput {
  readonly author?: string;
  readonly description?: string;
  readonly unreadDate?: string;
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
  /** A feed's or wire document's date that no reader understood (`pubDate "…"`): see `feedDateOf`. */
  unreadDate?: string | undefined;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * An ISO 8601 timestamp with offset, from the many shapes pages and feeds use; undefined if not a date,
 * including a day the calendar does not have ("2026-02-30", "30 Feb 2026"): Date.parse rolls those over
 * to March, which would file the article under a day its source never said (the API refuses them too).
 */
export function normalizeDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text || !namesRealDay(text)) return undefined;
  if (IsoDateTimeSchema.safeParse(text).success) return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  const time = Date.parse(withZoneOffset(text));
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Unix time in seconds below this (the year 5138), in milliseconds above: feeds and CMS exports write both. */
const SECONDS_BELOW = 1e11;
/** 1900-01-01 and 2200-01-01 in milliseconds: a number outside is no publication time. */
const EARLIEST_MS = -2_208_988_800_000;
const LATEST_MS = 7_258_118_400_000;

/**
 * The publication time an article's own metadata gives, as `normalizeDate` reads it; a number is Unix time
 * in seconds or milliseconds. A value that is no date fails the article (`INVALID_FIELD`) whatever the
 * format, so a typing mistake in a date never files a story under its upload day without a word.
 */
export function publishedAtOf(value: string | number | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    const ms = Math.abs(value) < SECONDS_BELOW ? value * 1000 : value;
    if (Number.isFinite(ms) && ms >= EARLIEST_MS && ms < LATEST_MS) return new Date(ms).toISOString();
    throw new ParseError('INVALID_FIELD', `${field}: ${value} is not a Unix time in seconds or milliseconds`);
  }
  const publishedAt = normalizeDate(value);
  if (value.trim() && !publishedAt)
    throw new ParseError('INVALID_FIELD', `${field}: "${value}" is not a date`);
  return publishedAt;
}

/**
 * A feed's or wire document's publication time, as `normalizeDate` reads it. A date no reader understands
 * ("Mi, 02 Dez 2026", a zone name of its own) is metadata the uploader does not write: the story is kept
 * undated (dated as one that gives no date) and `unreadDate` says what was not read, for a warning.
 */
export function feedDateOf(
  value: string | undefined,
  field: string,
): Pick<ParsedFields, 'publishedAt' | 'unreadDate'> {
  const publishedAt = normalizeDate(value);
  return publishedAt || !value?.trim() ? { publishedAt } : { unreadDate: `${field} "${value.trim()}"` };
}

const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
/** "30 Feb 2026" (RFC 2822, feeds) and "February 30, 2026" (pages). */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

/** False when the text names a year, month and day and that day does not exist; true otherwise. */
function namesRealDay(text: string): boolean {
  const iso = ISO_DAY.exec(text);
  if (iso) return isCalendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return isCalendarDay(Number(dmy[3]), monthNumber(dmy[2]), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isCalendarDay(Number(mdy[3]), monthNumber(mdy[1]), Number(mdy[2]));
  return true;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
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
    ...(merged.unreadDate ? { unreadDate: merged.unreadDate } : {}),
  };
}

function dropBlank(fields: ParsedFields): Partial<ParsedFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
}
