export { DEFAULT_MAX_CHARS } from './content.js';
export { isParseError, ParseError, type ParseErrorReason } from './errors.js';
export type { ArticleMeta, ParsedArticle } from './fields.js';
export {
  ARTICLE_FORMATS,
  type ArticleFormat,
  formatFromContentType,
  formatFromFilename,
  parseFormatName,
  resolveFormat,
  sniffFormat,
} from './format.js';
export { articleFromJsonValue, JsonArticleSchema } from './json.js';
export { type ParseOptions, parseArticle } from './parse.js';
