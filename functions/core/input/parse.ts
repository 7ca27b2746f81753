import { checkContent, DEFAULT_MAX_CHARS } from './content.js';
import { ParseError } from './errors.js';
import { type ArticleMeta, finishArticle, type ParsedArticle, type ParsedFields } from './fields.js';
import type { ArticleFormat } from './format.js';
import { parseHtml } from './html.js';
import { parseJson } from './json.js';
import { parseMarkdown } from './markdown.js';
import { textOfMarkup } from './markup.js';
import { parseText } from './text.js';

export interface ParseOptions {
  /** Content longer than this (UTF-16 code units) fails with TOO_LARGE. */
  readonly maxChars?: number;
}

const PARSERS: Readonly<Record<ArticleFormat, (content: string) => ParsedFields>> = {
  text: parseText,
  markdown: parseMarkdown,
  html: parseHtml,
  json: (content) => parseJson(content, textOfMarkup),
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
  const fields = PARSERS[format](checked);
  if (format === 'html' && !fields.title && !fields.body) {
    // Said apart from a blank file's EMPTY: this page has a <title>, but nothing of a story around it.
    throw new ParseError(
      'EMPTY',
      'the page has no article text once its navigation, scripts, header, footer and other furniture are dropped',
    );
  }
  return finishArticle(fields, meta);
}

export { articleFromJsonValue } from './json.js';
export { textOfMarkup } from './markup.js';
