import { checkContent, DEFAULT_MAX_CHARS } from './content.js';
import { type ArticleMeta, finishArticle, type ParsedArticle, type ParsedFields } from './fields.js';
import type { ArticleFormat } from './format.js';
import { parseHtml } from './html.js';
import { parseJson } from './json.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';

export interface ParseOptions {
  /** Content longer than this (UTF-16 code units) fails with TOO_LARGE. */
  readonly maxChars?: number;
}

const PARSERS: Readonly<Record<ArticleFormat, (content: string) => ParsedFields>> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  json: parseJson,
};

/**
 * Turns the content of a file or object into an article for `tagArticle`. Pure. `meta` fills what the
 * content does not say (an id from the object key, a URL, a source). Throws a `ParseError` whose `reason`
 * says why the content is not an article: EMPTY, BINARY, TOO_LARGE, INVALID_JSON, MISSING_BODY,
 * INVALID_FIELD.
 */
export function parseArticle(
  content: string,
  format: ArticleFormat,
  meta?: ArticleMeta,
  options: ParseOptions = {},
): ParsedArticle {
  const checked = checkContent(content, options.maxChars ?? DEFAULT_MAX_CHARS);
  return finishArticle(PARSERS[format](checked), meta);
}

export { articleFromJsonValue } from './json.js';
