import { ParseError } from './errors.js';

export const ARTICLE_FORMATS = ['text', 'markdown', 'html', 'json'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xht: 'html',
  json: 'json',
};

const BY_MEDIA_TYPE: Readonly<Record<string, ArticleFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
};

/** The format a file name's extension says, or undefined for an unknown or missing extension. */
export function formatFromFilename(name: string): ArticleFormat | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()];
}

/** The format of a Content-Type header value ("text/html; charset=utf-8"), or undefined. */
export function formatFromContentType(contentType: string | undefined): ArticleFormat | undefined {
  if (!contentType) return undefined;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (BY_MEDIA_TYPE[mediaType]) return BY_MEDIA_TYPE[mediaType];
  if (mediaType.endsWith('+json')) return 'json';
  return undefined;
}

/** A byte order mark, XML declaration, processing instructions and comments before a document's first element. */
const XML_PROLOG = /^\uFEFF?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;

/** Guesses the format from the content itself, for stdin or objects stored without a useful name. */
export function sniffFormat(content: string): ArticleFormat {
  let head = content
    .slice(0, 1024)
    .replace(/^\uFEFF/, '')
    .trimStart();
  // An XHTML page opens with an XML declaration, and a page may open with comments: look past them.
  if (head.startsWith('<?') || head.startsWith('<!--')) {
    const opening = content.slice(0, 16_384);
    const start = XML_PROLOG.exec(opening)?.[0].length ?? 0;
    head = opening.slice(start, start + 1024);
  }
  if (head.startsWith('{')) return 'json';
  if (/^<(?:!doctype\s+html|html|head|body|article|meta|title|p|div)\b/i.test(head)) return 'html';
  if (/^(?:---\n|#{1,6} \S)/.test(head) || /^\S.*\n(?:=+|-+)[ \t]*\n/.test(head)) return 'markdown';
  return 'text';
}

/** Format from the file name, then the content type, then the content; the first that knows wins. */
export function resolveFormat(options: {
  filename?: string | undefined;
  contentType?: string | undefined;
  content: string;
}): ArticleFormat {
  return (
    (options.filename ? formatFromFilename(options.filename) : undefined) ??
    formatFromContentType(options.contentType) ??
    sniffFormat(options.content)
  );
}

export function parseFormatName(name: string): ArticleFormat {
  const known = (ARTICLE_FORMATS as readonly string[]).includes(name)
    ? (name as ArticleFormat)
    : BY_EXTENSION[name.toLowerCase()];
  if (!known) {
    throw new ParseError('UNSUPPORTED_FORMAT', `unknown format "${name}": use ${ARTICLE_FORMATS.join(', ')}`);
  }
  return known;
}
