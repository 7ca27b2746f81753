import { type DefaultTreeAdapterTypes, parse } from 'parse5';
import {
  collapseWhitespace,
  normalizeDate,
  normalizeLanguage,
  normalizeUrl,
  type ParsedFields,
} from './fields.js';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;
type Element = DefaultTreeAdapterTypes.Element;

/** Page furniture, not article text. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'math',
  'button',
  'select',
  'textarea',
  'menu',
  'dialog',
  'canvas',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
]);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu']);
// Class or id words that mark page furniture inside containers (not on paragraphs, which keep their text).
const FURNITURE =
  /(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|share|sharing|social|newsletter|related|advert|advertisement|ad|ads|cookie|cookies|comments?|breadcrumbs?|subscribe|promo|paywall)(?:$|[\s_-])/i;
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'figure',
  'figcaption',
  'address',
  'hr',
  'body',
  'center',
  'details',
  'summary',
]);
const CELLS = new Set(['td', 'th']);

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'date',
];

/**
 * HTML: the title from og:title, JSON-LD or <title>; the date from article:published_time and its
 * cousins; the text of <article> (else <main>, else <body>) without scripts, styles, navigation,
 * headers, footers and asides, one paragraph per block element.
 */
export function parseHtml(content: string): ParsedFields {
  const document = parse(content);
  const html = findFirst(document, (e) => e.tagName === 'html');
  const meta = collectMeta(document);
  const linked = readJsonLd(document);
  const h1 = findFirst(document, (e) => e.tagName === 'h1' && !isFurniture(e));
  const h1Text = h1 ? collapseWhitespace(textOf(h1)) : undefined;
  const siteName = meta.get('og:site_name') ?? linked.publisher;
  const title = pickTitle({
    og: meta.get('og:title') ?? meta.get('twitter:title') ?? linked.headline,
    element: (() => {
      const t = findFirst(document, (e) => e.tagName === 'title');
      return t ? collapseWhitespace(textOf(t)) : undefined;
    })(),
    h1: h1Text,
    siteName,
  });
  // The story is the <article> (or <main>) with the most text: pages also wrap teasers in <article>.
  const candidates = [
    ...findAll(document, (e) => e.tagName === 'article'),
    ...findAll(document, (e) => e.tagName === 'main' || attr(e, 'role') === 'main'),
  ];
  const scored = candidates
    .map((element) => ({ element, paragraphs: paragraphsOf(element) }))
    .map((c) => ({ ...c, length: c.paragraphs.reduce((n, p) => n + p.length, 0) }))
    .filter((c) => c.length > 0);
  const best = scored.reduce<(typeof scored)[number] | undefined>(
    (a, c) => (!a || c.length > a.length ? c : a),
    undefined,
  );
  const body = findFirst(document, (e) => e.tagName === 'body');
  let paragraphs = best?.paragraphs ?? (body ? paragraphsOf(body) : []);
  if (title && paragraphs[0] === title) paragraphs = paragraphs.slice(1);
  const description =
    meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description');
  const canonical = findFirst(
    document,
    (e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const published =
    PUBLISHED_KEYS.map((k) => normalizeDate(meta.get(k))).find(Boolean) ??
    normalizeDate(linked.datePublished) ??
    normalizeDate(publishedTimeElement(document));
  return {
    title,
    body: paragraphs.length ? paragraphs.join('\n\n') : (description ?? ''),
    publishedAt: published,
    url: normalizeUrl(meta.get('og:url')) ?? normalizeUrl(canonical && attr(canonical, 'href')) ?? linked.url,
    source: siteName,
    language: normalizeLanguage(html && attr(html, 'lang')),
    author: cleanAuthor(meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? linked.author),
    description,
  };
}

function pickTitle(c: { og?: string; element?: string; h1?: string; siteName?: string }): string | undefined {
  if (c.og) return collapseWhitespace(c.og);
  if (c.element) {
    // "<headline> | <site>": the page's own h1 is the clean headline when the title starts with it.
    if (c.h1 && c.element.startsWith(c.h1)) return c.h1;
    if (c.siteName) {
      const suffix = new RegExp(`\\s+[|\\-–—:]\\s+${escapeRegExp(c.siteName)}$`, 'i');
      return c.element.replace(suffix, '') || c.element;
    }
    return c.element;
  }
  return c.h1;
}

function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    // A <br> keeps its line break inside the paragraph; other whitespace collapses as a browser shows it.
    const text = current.split('\n').map(collapseWhitespace).filter(Boolean).join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const visit = (node: Node, isRoot: boolean) => {
    if (node.nodeName === '#text') {
      current += (node as DefaultTreeAdapterTypes.TextNode).value.replace(/\s+/g, ' ');
      return;
    }
    if (!('tagName' in node)) return;
    const element = node as Element;
    if (!isRoot && (SKIPPED.has(element.tagName) || isFurniture(element))) return;
    if (element.tagName === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) flush();
    if (element.tagName === 'pre') {
      current += textOf(element);
    } else {
      const children = element.tagName === 'template' ? [] : element.childNodes;
      for (const child of children) visit(child, false);
    }
    if (CELLS.has(element.tagName)) current += '\t';
    if (block) flush();
  };
  visit(root, true);
  flush();
  return paragraphs;
}

function isFurniture(element: Element): boolean {
  if (attr(element, 'hidden') !== undefined || attr(element, 'aria-hidden') === 'true') return true;
  const role = attr(element, 'role');
  if (role && SKIPPED_ROLES.has(role.toLowerCase())) return true;
  if (element.tagName === 'p' || element.tagName === 'article' || element.tagName === 'main') return false;
  const names = `${attr(element, 'class') ?? ''} ${attr(element, 'id') ?? ''}`;
  return FURNITURE.test(names);
}

function collectMeta(document: Node): Map<string, string> {
  const meta = new Map<string, string>();
  walk(document, (e) => {
    if (e.tagName !== 'meta') return;
    const key = (attr(e, 'property') ?? attr(e, 'name') ?? attr(e, 'itemprop'))?.toLowerCase();
    const value = attr(e, 'content')?.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  });
  return meta;
}

interface LinkedData {
  headline?: string;
  datePublished?: string;
  author?: string;
  url?: string;
  publisher?: string;
}

/** schema.org NewsArticle/Article in <script type="application/ld+json">, as most news sites publish. */
function readJsonLd(document: Node): LinkedData {
  const found: LinkedData = {};
  walk(document, (e) => {
    if (e.tagName !== 'script' || (attr(e, 'type') ?? '').toLowerCase() !== 'application/ld+json') return;
    let data: unknown;
    try {
      data = JSON.parse(textOf(e));
    } catch {
      return;
    }
    for (const item of flattenGraph(data)) {
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) continue;
      found.headline ??= stringOf(item.headline);
      found.datePublished ??= stringOf(item.datePublished);
      found.url ??= normalizeUrl(stringOf(item.url));
      found.author ??= nameOf(item.author);
      found.publisher ??= nameOf(item.publisher);
    }
  });
  return found;
}

function flattenGraph(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenGraph);
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return [record, ...(record['@graph'] ? flattenGraph(record['@graph']) : [])];
}

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as Record<string, unknown>).name);
  return stringOf(value);
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function publishedTimeElement(document: Node): string | undefined {
  const time = findFirst(
    document,
    (e) =>
      e.tagName === 'time' &&
      attr(e, 'datetime') !== undefined &&
      (attr(e, 'itemprop') === 'datePublished' || attr(e, 'pubdate') !== undefined),
  );
  return time ? attr(time, 'datetime') : undefined;
}

function cleanAuthor(value: string | undefined): string | undefined {
  if (!value || /^https?:/i.test(value)) return undefined;
  return collapseWhitespace(value.replace(/^by\s+/i, '')) || undefined;
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  let text = '';
  for (const child of children) text += textOf(child);
  return text;
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node as Element);
  const children =
    'tagName' in node && node.tagName === 'template'
      ? (node as DefaultTreeAdapterTypes.Template).content.childNodes
      : 'childNodes' in node
        ? node.childNodes
        : [];
  for (const child of children) walk(child, visit);
}

function findFirst(node: Node, match: (element: Element) => boolean): Element | undefined {
  if ('tagName' in node && match(node as Element)) return node as Element;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) {
    const found = findFirst(child, match);
    if (found) return found;
  }
  return undefined;
}

/** Elements that match, outside page furniture (a teaser <article> inside <aside> does not count). */
function findAll(node: Node, match: (element: Element) => boolean, found: Element[] = []): Element[] {
  if ('tagName' in node) {
    const element = node as Element;
    if (SKIPPED.has(element.tagName) || isFurniture(element)) return found;
    if (match(element)) found.push(element);
  }
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) findAll(child, match, found);
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
