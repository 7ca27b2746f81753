import * as z from 'zod/mini';
import { ParseError } from './errors.js';
import { itemIdOf, type JsonArrayItem } from './json-array.js';

/**
 * JSON Feed (https://www.jsonfeed.org/version/1.1/): the JSON twin of RSS that blogs, newsletters and some
 * newsrooms publish. Read as one JSON article it failed MISSING_BODY, since its stories are in `items`
 * (wild38b ★10); each item is now its own article, named by its `id` and failed alone, as an RSS item is.
 */

/**
 * The `version` every JSON Feed starts with (1.0 feeds may write http); 1.0 and 1.1 differ in fields this reader
 * maps (`authors`).
 */
const VERSION = /^https?:\/\/jsonfeed\.org\/version\//;

const JsonFeedSchema = z.looseObject({ items: z.array(z.unknown()) });

/**
 * One item of a JSON Feed, as an element of a JSON array is one: its position (1-based), its own id, and the item as a
 * JSON article (json.ts reads `content_text`, `content_html`, `date_published`).
 */
export type JsonFeedItem = JsonArrayItem;

/** Whether the text may be a JSON Feed: the cheap test before parsing a .json object a second time. */
function mayBeJsonFeed(text: string): boolean {
  return text.includes('jsonfeed.org/version/') && /^\uFEFF?\s*\{/.test(text);
}

/**
 * The items of a JSON Feed, each as a JSON article with the feed's title as its source and the feed's
 * language unless it gives its own; undefined for any other text. Pure. Throws a ParseError for a document
 * that says it is a JSON Feed but has no `items` list.
 */
export function readJsonFeed(text: string): JsonFeedItem[] | undefined {
  if (!mayBeJsonFeed(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || !VERSION.test(version)) return undefined;
  const feed = JsonFeedSchema.safeParse(value);
  if (!feed.success) {
    throw new ParseError('INVALID_FIELD', 'the JSON Feed has no "items" list');
  }
  const { title, language } = value as { title?: unknown; language?: unknown };
  const feedTitle = typeof title === 'string' ? title : undefined;
  const feedLanguage = typeof language === 'string' ? language : undefined;
  return feed.data.items.map((item, index) => ({
    position: index + 1,
    id: itemIdOf(item),
    article: articleOf(item, feedTitle, feedLanguage),
  }));
}

/**
 * The item with what the feed says of all its items: the feed's title is the source, its language the
 * item's unless the item has one; 1.1's `authors` list is the author; `summary` is the text of an item
 * without content. Anything but an object is left for the JSON reader to refuse.
 */
function articleOf(item: unknown, feedTitle: string | undefined, feedLanguage: string | undefined): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const own = item as Record<string, unknown>;
  const hasContent = own.content_text != null || own.content_html != null;
  return {
    ...own,
    source: own.source ?? feedTitle,
    language: own.language ?? feedLanguage,
    author: own.author ?? own.authors,
    ...(!hasContent && typeof own.summary === 'string' ? { content_text: own.summary } : {}),
  };
}
