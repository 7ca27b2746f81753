import { gunzipSync } from 'node:zlib';
import { checkContent, DEFAULT_MAX_CHARS } from '../core/input/content.js';
import { isParseError, ParseError } from '../core/input/errors.js';
import {
  type ArticleMeta,
  finishArticle,
  normalizeDate,
  normalizeLanguage,
  normalizeUrl,
  type ParsedArticle,
} from '../core/input/fields.js';
import { resolveFormat } from '../core/input/format.js';
import { type JsonArrayItem, readJsonArray } from '../core/input/json-array.js';
import { readJsonFeed } from '../core/input/json-feed.js';
import { articleFromJsonValue, parseArticle, textOfMarkup } from '../core/input/parse.js';
import { readXmlArticles } from '../core/input/xml-articles.js';
import type { FailureReason } from '../core/records/items.js';
import type { ArticleInput } from '../core/schema.js';
import { byteOrderMarkDecoder, type Decoder, declaredDecoder } from './charset.js';
import { ARTICLE_TYPES, isJsonLinesType, unsupportedType } from './file-type.js';
import type { FetchedObject } from './ports.js';

export interface DecodeLimits {
  /** Cap on the decompressed size of a gzipped object. */
  readonly maxDecompressedBytes: number;
  /** Cap on the number of articles in one `.jsonl` object. */
  readonly maxArticlesPerObject: number;
}

interface Source {
  /**
   * The article's own id: its `id` field (a `.json` object's, a `.jsonl` line's, front matter's), else
   * the key, or `key#line` for a `.jsonl` line. A label: `sourceRef` is the identity.
   */
  readonly articleId: string;
  /** Unique within the bucket; the short id is derived from it. */
  readonly sourceRef: string;
  readonly line?: number;
  readonly meta: ArticleMeta;
  /**
   * An XML feed's item named by its own id (guid, entry id): its article stays when a later fetch of
   * the feed, uploaded under the same key, no longer holds it (items roll off a feed; pipeline.ts).
   */
  readonly keepable?: true;
}

export type DecodedArticle =
  | (Source & { readonly kind: 'article'; readonly input: ParsedArticle })
  | (Source & { readonly kind: 'failed'; readonly reason: FailureReason; readonly message: string })
  /** An item that holds no story (a NewsML-G2 picture, a package): no article, no failure. */
  | (Source & { readonly kind: 'skipped'; readonly message: string });

/** Why an object's or a file's bytes give no article text; `reason` is a FailureReason code. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
  constructor(
    readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns an object's bytes into articles, or into failures with reason codes. Pure. A failure of the
 * whole object (binary, too large after decompression, bad metadata…) is one failed article keyed by the
 * object key; a bad `.jsonl` line fails only its own article.
 */
export function decodeObject(key: string, object: FetchedObject, limits: DecodeLimits): DecodedArticle[] {
  const whole: Source = { articleId: key, sourceRef: key, meta: {} };
  try {
    const meta = metadataOf(object.metadata);
    const { text, name } = decodeBytes(key, object, limits.maxDecompressedBytes);
    // JSON Lines by name, or by a Content-Type such as application/x-ndjson when the name gives no format.
    if (/\.(jsonl|ndjson|jsonlines)$/i.test(name) || isJsonLinesType(name, object.contentType))
      return decodeJsonLines(key, text, meta, limits.maxArticlesPerObject);
    const xml = decodeFeedOrWire(key, text, meta, limits.maxArticlesPerObject);
    if (xml) return xml;
    const format = resolveFormat({ filename: name, contentType: object.contentType, content: text });
    const input = parseArticle(text, format, meta);
    // The article's own id (a JSON "id", a Markdown front matter id) names it, as a .jsonl line's does and
    // as `newstag tag` reports it. Its identity stays the key (sourceRef, hence aid): an overwrite that
    // changes the id, or two objects giving one id, can neither lose nor merge an article.
    const articleId = input.id?.trim() || key;
    return [{ ...whole, articleId, meta, kind: 'article', input }];
  } catch (error) {
    if (error instanceof Rejection || isParseError(error)) {
      return [{ ...whole, kind: 'failed', reason: error.reason, message: error.message }];
    }
    throw error;
  }
}

function metadataOf(metadata: Readonly<Record<string, string>>): ArticleMeta {
  const meta: Record<string, string> = {};
  const checks: [string, keyof ArticleMeta, (v: string) => string | undefined, string][] = [
    ['published-at', 'publishedAt', normalizeDate, 'a date such as 2026-11-29T08:15:00Z'],
    ['url', 'url', normalizeUrl, 'an absolute URL'],
    ['language', 'language', normalizeLanguage, 'a language tag such as "en"'],
    [
      'source',
      'source',
      (v) => (v.trim() && v.length <= 500 ? v.trim() : undefined),
      'a name of at most 500 characters',
    ],
  ];
  for (const [header, field, normalize, expected] of checks) {
    const raw = metadata[header];
    if (raw === undefined) continue;
    const value = normalize(raw);
    if (value === undefined) {
      throw new Rejection(
        'BAD_METADATA',
        `S3 metadata "${header}" is ${JSON.stringify(raw)}; expected ${expected}`,
      );
    }
    meta[field] = value;
  }
  return meta as ArticleMeta;
}

/**
 * The text of an object's or a file's bytes, and its name without `.gz`: gunzipped (capped) when the name
 * ends in `.gz`, the encoding says gzip or the bytes start with gzip's magic number; UTF-8, or the charset
 * the document declares when its bytes are not UTF-8. An object of another type than an article's
 * (file-type.ts) is refused; `byName: false` (a format the user named) judges by the bytes only. Shared by
 * ingest and `newstag tag`, so a file fails (or is read) the same way in both. Throws a Rejection.
 */
export function decodeBytes(
  name: string,
  object: Pick<FetchedObject, 'bytes' | 'contentType' | 'contentEncoding'>,
  maxDecompressedBytes: number,
  byName = true,
): { text: string; name: string } {
  const unzipped = decompress(name, object, maxDecompressedBytes);
  const other = unsupportedType(unzipped.name, object.contentType, unzipped.bytes, byName);
  if (other !== undefined) throw new Rejection('UNSUPPORTED_TYPE', `${other}; ${ARTICLE_TYPES}`);
  return { text: decodeText(unzipped.bytes, object.contentType), name: unzipped.name };
}

function decompress(
  key: string,
  object: Pick<FetchedObject, 'bytes' | 'contentEncoding'>,
  maxBytes: number,
): { bytes: Uint8Array; name: string } {
  const named = /\.gz$/i.test(key);
  const encoded = /gzip/i.test(object.contentEncoding ?? '');
  const magic = object.bytes[0] === 0x1f && object.bytes[1] === 0x8b;
  const name = named ? key.slice(0, -3) : key;
  // An empty object is EMPTY whatever its name says, not a gzip stream cut short.
  if ((!named && !encoded && !magic) || object.bytes.length === 0) return { bytes: object.bytes, name };
  try {
    return { bytes: gunzipSync(object.bytes, { maxOutputLength: maxBytes }), name };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new Rejection('DECOMPRESSED_TOO_LARGE', `the object decompresses to more than ${maxBytes} bytes`);
    }
    throw new Rejection('BAD_GZIP', `the object is not valid gzip: ${(error as Error).message}`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  const utf16 = byteOrderMarkDecoder(bytes);
  if (utf16) return nonBlank(decodeUtf16(utf16, bytes));
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new Rejection(
      'BINARY',
      'the object is binary (it contains NUL bytes; UTF-16 text is read only when it starts with a byte order mark)',
    );
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    // Not UTF-8: a page that names its legacy charset is read in it; one that names none (or UTF-8) fails.
    const declared = declaredDecoder(bytes, contentType);
    if (!declared || declared.encoding === 'utf-8') {
      throw new Rejection(
        'INVALID_UTF8',
        'the object is not valid UTF-8 text and declares no other charset (<meta charset>, Content-Type)',
      );
    }
    text = declared.decode(bytes);
  }
  return nonBlank(text);
}

function decodeUtf16(decoder: Decoder, bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Rejection(
      'BINARY',
      `the object starts with a ${decoder.encoding.toUpperCase()} byte order mark but is not valid ${decoder.encoding.toUpperCase()} (an odd number of bytes or a broken surrogate pair)`,
    );
  }
}

function nonBlank(text: string): string {
  if (text.trim() === '') throw new Rejection('EMPTY', 'the object is empty');
  return text;
}

/** Text whose first character after white space (and a byte order mark) opens a tag. */
const OPENS_WITH_TAG = /^\uFEFF?\s*</;

/**
 * The articles of a wire document (NITF, a NewsML-G2 newsItem: one, named by its own id as a .json
 * object is) or a feed (RSS, Atom, a NewsML-G2 newsMessage: one per item, each named by its guid, id or
 * link, else `key#line`, and failed alone, as a .jsonl object's lines are); undefined for other text.
 * Shared by ingest and `newstag tag`. Throws a Rejection or a ParseError for the whole document.
 */
function decodeXml(
  key: string,
  text: string,
  meta: ArticleMeta,
  maxArticles: number,
): DecodedArticle[] | undefined {
  const xml = OPENS_WITH_TAG.test(text) ? readXmlArticles(checkContent(text, DEFAULT_MAX_CHARS)) : undefined;
  if (!xml) return undefined;
  if (xml.feed) {
    const items = xml.items.map(({ line, id, read, skip }) => ({
      line,
      id,
      read: (named: ArticleMeta) => finishArticle(read(), named),
      ...(skip !== undefined ? { skip } : {}),
    }));
    const what = `the ${xml.format} feed`;
    // Pictures alone are no story, as a .jpg object is none.
    const skipped = items.filter((i) => i.skip !== undefined);
    if (skipped.length > 0 && skipped.length === items.length)
      throw new Rejection('UNSUPPORTED_TYPE', `${what} holds no story: ${skipped[0]!.skip}`);
    return decodeItems(key, meta, items, maxArticles, 'item at line', what, true);
  }
  const skip = xml.items[0]!.skip;
  if (skip !== undefined) throw new Rejection('UNSUPPORTED_TYPE', skip);
  const input = finishArticle(xml.items[0]!.read(), meta);
  return [{ articleId: input.id?.trim() || key, sourceRef: key, meta, kind: 'article', input }];
}

/**
 * The articles of a JSON Feed (`readJsonFeed`: its items, kept as an RSS feed's are) or of a JSON array of articles
 * (`readJsonArray`: its elements, as a .jsonl object's lines): one per item, each named by its id (else `key#N`, its
 * position) and failed alone; undefined when the reader found no such document.
 */
function decodeJsonItems(
  key: string,
  elements: readonly JsonArrayItem[] | undefined,
  meta: ArticleMeta,
  maxArticles: number,
  what: string,
  feed: boolean,
): DecodedArticle[] | undefined {
  if (!elements) return undefined;
  const items = elements.map(({ position, id, article }) => ({
    line: position,
    id,
    read: (named: ArticleMeta) => articleFromJsonValue(article, named, textOfMarkup),
  }));
  return decodeItems(key, meta, items, maxArticles, 'item', what, feed);
}

/**
 * A wire story or a feed, XML (decodeXml) or JSON Feed, or a JSON array of articles (decodeJsonItems); undefined
 * for other text.
 */
export function decodeFeedOrWire(
  key: string,
  text: string,
  meta: ArticleMeta,
  maxArticles: number,
): DecodedArticle[] | undefined {
  return (
    decodeXml(key, text, meta, maxArticles) ??
    // A JSON Feed throws a ParseError when it has no items list.
    decodeJsonItems(key, readJsonFeed(text), meta, maxArticles, 'the JSON Feed', true) ??
    decodeJsonItems(key, readJsonArray(text), meta, maxArticles, 'the JSON array', false)
  );
}

function decodeJsonLines(
  key: string,
  text: string,
  meta: ArticleMeta,
  maxArticles: number,
): DecodedArticle[] {
  const items: Item[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      // The code and words of `newstag tag` and of a .json object that is not JSON: one code for one fault.
      const why = `not valid JSON: ${(error as Error).message}`;
      items.push({
        line,
        id: undefined,
        read: () => {
          throw new ParseError('INVALID_JSON', why);
        },
      });
      return;
    }
    const id = (value as { id?: unknown } | null)?.id;
    const ownId = typeof id === 'string' && id.trim() !== '' ? id.trim() : undefined;
    items.push({ line, id: ownId, read: (named) => articleFromJsonValue(value, named, textOfMarkup) });
  });
  return decodeItems(key, meta, items, maxArticles, 'line', 'the object');
}

/** One article of a multi-article object: its line, its own id, and how to read it (may throw a ParseError). */
interface Item {
  readonly line: number;
  readonly id: string | undefined;
  readonly read: (meta: ArticleMeta) => ArticleInput;
  readonly skip?: string;
}

/**
 * The articles of a JSON Lines object or a feed: each named by its own id (`key#id=…`), else by its line
 * (`key#line`), and failed alone; a repeated id (one the reader could not replace by the item's own link)
 * fails DUPLICATE_ID rather than overwrite the first.
 */
function decodeItems(
  key: string,
  meta: ArticleMeta,
  items: readonly Item[],
  maxArticles: number,
  where: string,
  what: string,
  feed = false,
): DecodedArticle[] {
  if (items.length > maxArticles) {
    throw new Rejection(
      'TOO_MANY_ARTICLES',
      `${what} holds ${items.length} articles; the limit is ${maxArticles}`,
    );
  }
  if (items.length === 0) throw new Rejection('EMPTY', `${what} holds no articles`);
  const seen = new Set<string>();
  return items.map(({ line, id, read, skip }): DecodedArticle => {
    const at = `${where} ${line}`;
    const source: Source = id
      ? { articleId: id, sourceRef: `${key}#id=${id}`, line, meta, ...(feed ? { keepable: true } : {}) }
      : { articleId: `${key}#${line}`, sourceRef: `${key}#${line}`, line, meta };
    if (skip !== undefined) return { ...source, kind: 'skipped', message: `${at}: ${skip}` };
    try {
      if (id !== undefined && seen.has(id)) {
        const ref = `${key}#${line}`;
        return {
          articleId: ref,
          sourceRef: ref,
          line,
          meta,
          kind: 'failed',
          reason: 'DUPLICATE_ID',
          message: `${at}: id "${id}" appears earlier`,
        };
      }
      if (id !== undefined) seen.add(id);
      return { ...source, kind: 'article', input: read({ ...meta, id: source.articleId }) };
    } catch (error) {
      if (!isParseError(error)) throw error;
      return { ...source, kind: 'failed', reason: error.reason, message: `${at}: ${error.message}` };
    }
  });
}
