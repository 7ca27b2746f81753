import { comparable } from '../text/front-matter.js';
import {
  collapseWhitespace,
  normalizeDate,
  normalizeLanguage,
  normalizeUrl,
  type ParsedFields,
} from './fields.js';
import { classAndId, furnitureByNames, hiddenByAttributes, SKIPPED_TAGS } from './furniture.js';
import { GuardedParser, MAX_OPEN_ELEMENTS } from './guarded-parser.js';
import { articleBodyOf, articleItems, liveBlogBodyOf, nameOf, namesOf, stringOf } from './linked-data.js';

/** A text node is its (decoded) text. */
type Node = Element | string;

interface Element {
  readonly tagName: string;
  readonly attrs: Record<string, string>;
  childNodes: Node[];
  /** A <template>'s contents, kept out of `childNodes` as in the DOM. */
  readonly content?: Node[];
}

// The desk-and-date line of a "meta" box ("Energy Desk | Sept 27, 2026": review31 E12), a label only where it
// holds no headline or paragraph: some themes name the story's own wrapper "meta-wrap" (read31 F10).
const META_BOX = /(?:^|[\s_-])meta(?:$|[\s_-])/i;
/**
 * A box's own heading that says it lists other stories ("Related", "More on this story", "Read more", "See also"):
 * with no class word to say so, a class-less `<details><summary>Related</summary>…` or `<section><h2>Related
 * stories</h2>…` inside the story named another country's news (review63). "More from" only before an outlet's or a
 * section's name ("More from BBC Sport"): "More from the summit" heads the story's own section (review63).
 */
const RELATED_HEADING =
  /^(?:Related(?: (?:stories|articles|coverage|content|news|links|reading))?|More (?:on|about) this(?: story| topic)?|Read (?:more|next|also)|Also read|See also|You may also like|Recommended(?: for you)?|Most read|Top stories|Further reading)\s*:?$/i;
const MORE_FROM_NAME = /^(?:More from|MORE FROM) [A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3}\s*:?$/;
const BOX_HEADINGS = new Set(['summary', 'h2', 'h3', 'h4']);
const STORY_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'article', 'main']);
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
  const document = parseDocument(content);
  const html = findFirst(document, (e) => e.tagName === 'html');
  const meta = collectMeta(document);
  const linked = readJsonLd(document);
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
  const isHeadline = (e: Element) => e.tagName === 'h1' && !isFurniture(e);
  // The story's own h1 is its headline; an h1 elsewhere (a site's name in the masthead) may not be.
  const storyH1 = best ? findFirst(best.element, isHeadline) : undefined;
  const h1 = storyH1 ?? findFirst(document, isHeadline);
  const h1Text = h1 ? collapseWhitespace(textOf(h1)) : undefined;
  const siteName = meta.get('og:site_name') ?? linked.publisher;
  const title = pickTitle({
    og: meta.get('og:title') ?? meta.get('twitter:title') ?? linked.headline,
    element: (() => {
      const t = findFirst(document, (e) => e.tagName === 'title');
      return t ? collapseWhitespace(textOf(t)) : undefined;
    })(),
    h1: h1Text,
    storyH1: storyH1 !== undefined,
    siteName,
  });
  const shown = best?.paragraphs ?? (body ? paragraphsOf(body) : []);
  // A page its scripts fill in shows no text, but its JSON-LD may carry the story (`articleBody`).
  const linkedStory = shown.length === 0 ? linkedBodyOf(linked.articleBody) : [];
  // A story's only paragraphs in a box whose class words read as furniture ("share-story", "promo-article") would
  // leave the page empty; with nothing else to read, not even a description, the box is the story (review62).
  const description =
    meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description');
  const boxedStory =
    shown.length === 0 && linkedStory.length === 0 && !description ? storyInFurniture(candidates, body) : [];
  const story = [shown, linkedStory, boxedStory].find((paragraphs) => paragraphs.length > 0) ?? [];
  const paragraphs = withoutHeadline(story, [title, h1Text]);
  const canonical = findFirst(
    document,
    (e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const published =
    PUBLISHED_KEYS.map((k) => normalizeDate(meta.get(k))).find(Boolean) ??
    normalizeDate(linked.datePublished) ??
    normalizeDate(publishedTimeElement(document));
  return {
    // A page whose body shows nothing but furniture (a menu, scripts, a cookie banner) and that describes
    // no story carries none: its <title> or og:title labels a browser tab, so the page has no title
    // either and is EMPTY, as a blank file is. A page with only a headline in its body keeps it.
    title: story.length > 0 || description ? title : undefined,
    body: paragraphs.length ? paragraphs.join('\n\n') : (description ?? ''),
    publishedAt: published,
    url: normalizeUrl(meta.get('og:url')) ?? normalizeUrl(canonical && attr(canonical, 'href')) ?? linked.url,
    source: siteName,
    language: normalizeLanguage(html && attr(html, 'lang')),
    author: cleanAuthor(meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? linked.author),
    description,
  };
}

/** Words a headline has at least; a shorter h1 in a story ("Politics") is a section's name. */
const MIN_HEADLINE_WORDS = 3;
/** Paragraphs at the top of a story where the headline may be repeated (after a kicker or a label). */
const HEADLINE_PARAGRAPHS = 3;
/** " - DAWN.COM", " | www.example.co.uk": a site's web address after a title. */
const SITE_ADDRESS_SUFFIX = /^(.+?)\s+[|\-\u2013\u2014]\s+(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6})+$/;
/** A " | Business Wire" suffix names a site in this many words at most. */
const MAX_SITE_WORDS = 4;

function pickTitle(c: {
  og?: string | undefined;
  element?: string | undefined;
  h1?: string | undefined;
  storyH1: boolean;
  siteName?: string | undefined;
}): string | undefined {
  // Some sites put their name in og:title too ("Storm hits coast | Coast News"): it is no headline.
  if (c.og) return withoutSiteName(collapseWhitespace(c.og), c.siteName) || collapseWhitespace(c.og);
  // The story's own h1 is the headline a reader sees; <title> is often generic ("AP NEWS ALERT") or
  // written for search engines, with the site's name after it.
  if (c.h1 && c.storyH1 && c.h1.split(' ').length >= MIN_HEADLINE_WORDS) return c.h1;
  if (c.element) {
    // "<headline> | <site>": the page's own h1 is the clean headline when the title starts with it.
    if (c.h1 && c.element.startsWith(c.h1)) return c.h1;
    const stripped = withoutSiteName(c.element, c.siteName);
    if (stripped !== c.element) return stripped || c.element;
    // Without a site name, a short last part after " | " is still the site's: headlines have no "|".
    const piped = /^(.+?)\s+\|\s+([^|]+)$/.exec(c.element);
    if (piped?.[1] && piped[2] && piped[2].split(' ').length <= MAX_SITE_WORDS) return piped[1];
    // Nor has a headline a web address at its end: "IMF approves tranche - Pakistan - DAWN.COM".
    const addressed = SITE_ADDRESS_SUFFIX.exec(c.element);
    if (addressed?.[1]) return addressed[1];
    return c.element;
  }
  return c.h1;
}

/** `title` without a " | Site", " - Site" or " : Site" suffix naming `siteName`. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  return title.replace(new RegExp(`\\s+[|\\-–—:]\\s+${escapeRegExp(siteName)}$`, 'i'), '');
}

/** The paragraphs without the headline repeated near their top: it is the title, not the story's lead. */
function withoutHeadline(paragraphs: string[], headlines: (string | undefined)[]): string[] {
  const keys = headlines.filter((h): h is string => Boolean(h)).map(comparable);
  const at = paragraphs
    .slice(0, HEADLINE_PARAGRAPHS)
    .findIndex((p) => p.length < 400 && keys.includes(comparable(p)));
  return at < 0 ? paragraphs : [...paragraphs.slice(0, at), ...paragraphs.slice(at + 1)];
}

/**
 * The paragraphs of an HTML fragment — a CMS's article body in a JSON field — read as a page's story is:
 * one paragraph per block element, line breaks kept, scripts, figures and hidden elements dropped. Class
 * names are not read: the fragment is the story, and its wrapper's classes ("story-body paywall") style it.
 */
export function paragraphsOfFragment(content: string): string[] {
  const body = findFirst(parseDocument(content), (e) => e.tagName === 'body');
  return body ? paragraphsOf(body, 'none') : [];
}

/**
 * The paragraphs of the page read with the class words of boxes that may wrap a story overlooked on boxes that hold
 * paragraphs (share bars, ads, promotions: `furnitureByNames`): the largest <article> or <main>, else the body.
 */
function storyInFurniture(candidates: readonly Element[], body: Element | undefined): string[] {
  const texts = [...candidates, ...(body ? [body] : [])].map((element) =>
    paragraphsOf(element, 'story-boxes'),
  );
  const longest = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);
  return texts.reduce((a, c) => (longest(c) > longest(a) ? c : a), []);
}

/**
 * How class and id words are read: all of them (a page), none (a CMS's body fragment, whose wrapper's classes style
 * it), or all but furniture's on a box that holds paragraphs (a page that would otherwise show no story).
 */
type ClassReading = 'all' | 'none' | 'story-boxes';

function paragraphsOf(root: Element, readClasses: ClassReading = 'all'): string[] {
  const paragraphs: string[] = [];
  let current = '';
  // Rows of the innermost table seen so far, and whether they are in its <thead>: only there, or as its
  // first row, do <th> cells label columns.
  let rowsSeen = 0;
  let inHead = false;
  const flush = () => {
    // A <br> keeps its line break inside the paragraph; other whitespace collapses as a browser shows it.
    const text = current.split('\n').map(collapseWhitespace).filter(Boolean).join('\n');
    if (text) paragraphs.push(text);
    current = '';
  };
  const visit = (node: Node, isRoot: boolean) => {
    if (typeof node === 'string') {
      current += node.replace(/\s+/g, ' ');
      return;
    }
    const element = node;
    if (!isRoot && (SKIPPED_TAGS.has(element.tagName) || isFurniture(element, readClasses))) return;
    if (element.tagName === 'br') {
      current += '\n';
      return;
    }
    if (element.tagName === 'table' || element.tagName === 'thead') {
      const table = element.tagName === 'table';
      const rows = rowsSeen;
      const head = inHead;
      if (table) rowsSeen = 0;
      inHead = !table;
      flush();
      for (const child of element.childNodes) visit(child, false);
      flush();
      if (table) rowsSeen = rows;
      inHead = head;
      return;
    }
    if (element.tagName === 'tr') {
      const row = pipeRowOf(element, readClasses, inHead || rowsSeen++ === 0);
      if (row !== undefined) {
        flush();
        if (row) paragraphs.push(row);
        return;
      }
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

/**
 * A data table's row as a pipe row, as the Markdown reader keeps one ("| 1 | Brazil | 312,400 | United
 * States, Germany |"): which countries share a row, and in which cells, says which go together
 * (countries/table-rows.ts), where cells run together as words would pair every country of the table. A
 * header row (only <th> cells, in the <thead> or the table's first row) labels columns and is dropped ('');
 * a later row of <th> cells is data, as some sites write every cell (read22 F8: "Iraq | 283 by Iraqi jets").
 * A row whose cells hold blocks is a layout table's, read as paragraphs (undefined), and so is a row with
 * fewer than two cells.
 */
function pipeRowOf(row: Element, readClasses: ClassReading, header: boolean): string | undefined {
  const cells: Element[] = [];
  for (const child of row.childNodes)
    if (typeof child !== 'string' && CELLS.has(child.tagName)) cells.push(child);
  if (cells.length < 2 || cells.some((cell) => findFirst(cell, (e) => BLOCKS.has(e.tagName)) !== undefined))
    return undefined;
  if (header && cells.every((cell) => cell.tagName === 'th')) return '';
  const texts = cells
    .map((cell) => collapseWhitespace(paragraphsOf(cell, readClasses).join(' ')))
    .filter(Boolean);
  if (texts.length < 2) return texts.join(' ');
  return `| ${texts.join(' | ')} |`;
}

function isFurniture(element: Element, readClasses: ClassReading = 'all'): boolean {
  const attributes = (name: string) => attr(element, name);
  if (hiddenByAttributes(attributes)) return true;
  if (readClasses === 'none' || element.tagName === 'article' || element.tagName === 'main') return false;
  if (element.tagName !== 'p' && headedAsRelated(element)) return true;
  const names = classAndId(attributes);
  if (
    element.tagName !== 'p' &&
    META_BOX.test(names) &&
    !findFirst(element, (e) => STORY_TAGS.has(e.tagName))
  )
    return true;
  return furnitureByNames(
    element.tagName,
    names,
    () => findFirst(element, (e) => e.tagName === 'p') !== undefined,
    readClasses === 'story-boxes',
  );
}

/**
 * Whether the element opens with a heading that says the box lists other stories (RELATED_HEADING), before any text
 * of its own, and is no longer than such a box: a column that opens so and holds the story is not one.
 */
function headedAsRelated(element: Element): boolean {
  let first: Element | undefined;
  for (const child of element.childNodes) {
    if (typeof child === 'string') {
      if (child.trim() !== '') return false;
    } else if (child.tagName !== 'br') {
      first = child;
      break;
    }
  }
  if (!first || !BOX_HEADINGS.has(first.tagName)) return false;
  const heading = collapseWhitespace(textOf(first));
  return (
    heading.length <= 60 &&
    (RELATED_HEADING.test(heading) || MORE_FROM_NAME.test(heading)) &&
    textOf(element).length <= MAX_RELATED_BOX
  );
}
/** Characters a box of other stories' headlines holds at most. */
const MAX_RELATED_BOX = 1500;

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
  articleBody?: string;
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
    for (const item of articleItems(data)) {
      found.headline ??= stringOf(item.headline);
      found.articleBody ??= articleBodyOf(item.articleBody) ?? liveBlogBodyOf(item.liveBlogUpdate);
      found.datePublished ??= stringOf(item.datePublished);
      found.url ??= normalizeUrl(stringOf(item.url));
      found.author ??= namesOf(item.author);
      found.publisher ??= nameOf(item.publisher);
    }
  });
  return found;
}

/** An `articleBody` written as markup, and the blank line between plain paragraphs. */
const MARKUP_TAG = /<[a-z][^>]*>/i;
const BLANK_LINE = /\n\s*\n/;

/** The paragraphs of a JSON-LD `articleBody`: plain text split at blank lines, or markup read as a fragment. */
function linkedBodyOf(articleBody: string | undefined): string[] {
  if (!articleBody?.trim()) return [];
  if (MARKUP_TAG.test(articleBody)) return paragraphsOfFragment(articleBody);
  return articleBody
    .split(BLANK_LINE)
    .map((p) => p.split('\n').map(collapseWhitespace).filter(Boolean).join('\n'))
    .filter(Boolean);
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
  return Object.hasOwn(element.attrs, name) ? element.attrs[name] : undefined;
}

function textOf(node: Node): string {
  if (typeof node === 'string') return node;
  let text = '';
  for (const child of node.childNodes) text += textOf(child);
  return text;
}

function walk(node: Node, visit: (element: Element) => void): void {
  if (typeof node === 'string') return;
  visit(node);
  for (const child of node.content ?? node.childNodes) walk(child, visit);
}

function findFirst(node: Node, match: (element: Element) => boolean): Element | undefined {
  if (typeof node === 'string') return undefined;
  if (match(node)) return node;
  for (const child of node.childNodes) {
    const found = findFirst(child, match);
    if (found) return found;
  }
  return undefined;
}

/** Elements that match, outside page furniture (a teaser <article> inside <aside> does not count). */
function findAll(node: Node, match: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (typeof node === 'string') return found;
  if (node.tagName !== '#document') {
    if (SKIPPED_TAGS.has(node.tagName) || isFurniture(node)) return found;
    if (match(node)) found.push(node);
  }
  for (const child of node.childNodes) findAll(child, match, found);
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Elements a page's head holds: until anything else appears, they go to the head, as browsers parse. */
const HEAD_ELEMENTS = new Set(
  'title meta link base style script noscript template basefont bgsound'.split(' '),
);
/** Elements whose content is text up to their end tag (htmlparser2 reads them so; <noscript> is added here). */
const RAW_TEXT = new Set('script style title textarea xmp iframe noembed noframes plaintext'.split(' '));
const NOSCRIPT_END = /<\/noscript[\t\n\f />]/gi;
/**
 * What may be a <noscript> start tag, up to its ">" outside quoted values. No "<" inside, so a miss stops at the
 * next tag and a page of them is read once.
 */
const NOSCRIPT_START = /<noscript(?=[\t\n\f />])(?:[^<>"']|"[^"<]*"|'[^'<]*')*>/gi;
/** The standard's "special" elements: an end tag of another element never closes them. */
const SPECIAL = new Set(
  `address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup
  dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head
  header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes
  noscript object ol p param plaintext pre script search section select source style summary table tbody td
  template textarea tfoot th thead title tr track ul wbr xmp mi mo mn ms mtext annotation-xml foreignObject
  desc`.split(/\s+/),
);
/** Elements an end tag does not reach past (the standard's "scope"): it is ignored. */
const SCOPE_BOUNDARIES = new Set(
  'applet caption html table td th marquee object template foreignObject desc title mi mo mn ms mtext annotation-xml'.split(
    ' ',
  ),
);
/**
 * End tags of table structure are looked up in table scope, which only html, table and template bound: an
 * open cell or caption does not hide its table ("<td>Photo</table>text" closes the cell and the table).
 */
const TABLE_STRUCTURE_ENDS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const CELL_BOUNDARIES = new Set(['td', 'th', 'caption']);
const HEADING_NAMES = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const HEADINGS = new Set(HEADING_NAMES);
/** Table structure: outside a table these start tags are ignored; inside, other content moves before it. */
const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
const TABLE_CONTEXT = new Set(['table', 'tbody', 'tfoot', 'thead', 'tr']);
const IN_TABLE = new Set([...TABLE_PARTS, 'table', 'script', 'style', 'template', 'form']);
/** HTML start tags that end an <svg> or <math> left open (the standard's "breakout" from foreign content). */
const FOREIGN_BREAKOUT = new Set(
  `b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu
  meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var`.split(/\s+/),
);
/** Foreign elements whose content is HTML again. */
const INTEGRATION_POINTS = new Set('foreignObject desc title mi mo mn ms mtext annotation-xml'.split(' '));

/**
 * The page as a browser's tree: html > head, body. htmlparser2 tokenizes and nests (implied end tags,
 * void and raw-text elements, character references decoded as the HTML standard does); this shapes its
 * output the way the standard's tree construction (and parse5, used before) does wherever the text read
 * depends on it: <html>, <head> and <body> tags only lend their attributes (the first of each name
 * wins); head elements go to the head until anything else starts the body, which then takes everything
 * after it, including what follows </body> or </html>; a <noscript> holds its source up to
 * `</noscript` as text (as with scripting on); a <template>'s contents are not its children; text and
 * elements misplaced in a table move before it, and table cells outside a table are no elements; an
 * HTML block ends an <svg> or <math> left open; </h2> ends an open <h1>; an end tag does not close a
 * block opened inside its element (the standard's adoption agency, simplified: the block stays open);
 * only <option>s and a few others are elements inside a <select>; a tag cut off by the end of the input
 * is dropped; a start tag read while MAX_OPEN_ELEMENTS are open is ignored, its text kept (guarded-parser.ts).
 * test/unit/input/html-parser.test.ts holds these cases.
 */
function parseDocument(content: string): Element {
  let source = content.replace(/\r\n?/g, '\n');
  // A <noscript> whose start tag buildTree could not see whole before the parser read it (a "<" in an
  // attribute) has its content read as markup; if that has effects outside it (an end tag of an outer element, a
  // comment or raw-text element running past its end), the page is parsed again with that content taken out of
  // the source and kept as its text. Each pass fixes the first such <noscript>, and a few passes are enough for
  // any page a publisher writes: a page of thousands took minutes.
  const noscriptText = new Map<number, string>();
  for (let pass = 1; ; pass++) {
    const { document, misread } = buildTree(source, noscriptText);
    if (misread === undefined || pass === MAX_NOSCRIPT_PASSES) return document;
    NOSCRIPT_END.lastIndex = misread;
    const end = NOSCRIPT_END.exec(source)?.index ?? source.length;
    noscriptText.set(misread, source.slice(misread, end));
    source = source.slice(0, misread) + source.slice(end);
  }
}

const MAX_NOSCRIPT_PASSES = 8;

/** An element the parser holds open. Nodes go to the innermost `live` one (else to the head or body). */
interface OpenElement {
  readonly name: string;
  readonly element: Element | undefined;
  /** In SVG or MathML, not in an HTML integration point. */
  readonly foreign: boolean;
  live: boolean;
  /** How deep in the tree its element is (0 for an entry with none). */
  readonly depth: number;
}

/**
 * How deep the tree grows: an element opened deeper goes beside the deepest one instead of inside it, as Blink
 * builds it (kMaximumHTMLParserDOMTreeDepth). The readers walk the tree recursively, and a page nested 5,000
 * elements deep overflowed the stack.
 */
const MAX_TREE_DEPTH = 512;

/**
 * The tree of `source`, and where the content of the first <noscript> whose raw text htmlparser2 did not
 * end at its `</noscript` starts, if one did not.
 */
function buildTree(
  source: string,
  noscriptText: ReadonlyMap<number, string>,
): { document: Element; misread?: number } {
  const html: Element = { tagName: 'html', attrs: {}, childNodes: [] };
  const head: Element = { tagName: 'head', attrs: {}, childNodes: [] };
  const body: Element = { tagName: 'body', attrs: {}, childNodes: [] };
  let inBody = false;
  // Mirrors the parser's stack of open elements, innermost last.
  const open: OpenElement[] = [];
  // The child list each element was put in, for moving content before a table.
  const placedIn = new Map<Element, Node[]>();
  const ignoredFormEnds = new Set<OpenElement>();
  let noscript: { element: Element; start: number; depth: number } | undefined;
  // A <select> htmlparser2 closed for the start tag being read.
  let selectClosed = false;
  let misread: number | undefined;
  let ending = false;
  // NUL: dropped from text, U+FFFD in attribute values and raw text, as the standard says.
  const hasNul = source.includes('\0');

  // How many of each name are open, and live: a search of the stack for one that is not there reads all of it,
  // and a page of 40,000 nested elements did so at every tag (minutes a megabyte).
  const openCount = new Map<string, number>();
  const liveCount = new Map<string, number>();
  const count = (counts: Map<string, number>, name: string, by: number) =>
    counts.set(name, (counts.get(name) ?? 0) + by);
  const isOpen = (name: string) => (openCount.get(name) ?? 0) > 0;
  const hasLive = (name: string) => (liveCount.get(name) ?? 0) > 0;
  const pushOpen = (entry: OpenElement) => {
    open.push(entry);
    count(openCount, entry.name, 1);
    if (entry.live) count(liveCount, entry.name, 1);
  };
  const popOpen = () => {
    const entry = open.pop();
    if (!entry) return;
    count(openCount, entry.name, -1);
    if (entry.live) count(liveCount, entry.name, -1);
  };
  const markDead = (entry: OpenElement) => {
    if (!entry.live) return;
    entry.live = false;
    count(liveCount, entry.name, -1);
  };
  const current = () => open.findLast((entry) => entry.live);
  const topmost = (match: (entry: OpenElement) => boolean) => open.findLastIndex(match);
  /** The index of the topmost live element of that name, or -1. */
  const topmostLive = (name: string) =>
    hasLive(name) ? topmost((entry) => entry.name === name && entry.live) : -1;
  const kill = (from: number) => {
    for (let i = from; i < open.length; i++) markDead(open[i]!);
  };
  const insert = (siblings: Node[], node: Node, at = siblings.length) => {
    const before = siblings[at - 1];
    if (typeof node === 'string' && typeof before === 'string') siblings[at - 1] = before + node;
    else {
      siblings.splice(at, 0, node);
      if (typeof node !== 'string') placedIn.set(node, siblings);
    }
  };
  const append = (node: Node) => {
    const parent = current();
    const element = parent?.element;
    if (parent && element) {
      const fostered =
        TABLE_CONTEXT.has(parent.name) &&
        (typeof node === 'string' ? /\S/.test(node) : !IN_TABLE.has(node.tagName));
      const table = fostered ? open[topmostLive('table')]?.element : undefined;
      const tableSiblings = table && placedIn.get(table);
      if (table && tableSiblings) return insert(tableSiblings, node, tableSiblings.indexOf(table));
      return insert(element.content ?? element.childNodes, node);
    }
    if (!inBody) {
      const inHead = typeof node === 'string' ? !/\S/.test(node) : HEAD_ELEMENTS.has(node.tagName);
      if (inHead) {
        if (typeof node !== 'string') insert(head.childNodes, node);
        return;
      }
      inBody = true;
    }
    insert(body.childNodes, node);
  };
  const skip = (name: string) =>
    pushOpen({ name, element: undefined, foreign: false, live: false, depth: 0 });

  const startTag = (name: string, attribs: Record<string, string>) => {
    if (noscript) return skip(name);
    let parent = current();
    const breakout =
      FOREIGN_BREAKOUT.has(name) ||
      (name === 'font' && ['color', 'face', 'size'].some((key) => Object.hasOwn(attribs, key)));
    if (parent?.foreign && breakout) {
      kill(topmost((entry) => !entry.foreign) + 1);
      parent = current();
    }
    if (name === 'html' || name === 'head' || name === 'body') {
      const target = name === 'html' ? html : name === 'body' ? body : undefined;
      if (target) for (const [key, value] of Object.entries(attribs)) target.attrs[key] ??= value;
      if (name === 'body') inBody = true;
      return skip(name);
    }
    const inTemplate = hasLive('template');
    const select = topmostLive('select');
    if (name === 'select' && selectClosed) return skip(name);
    if (select >= 0 && !inTemplate && !['option', 'optgroup', 'hr', 'script', 'template'].includes(name)) {
      const closesSelect = ['select', 'input', 'keygen', 'textarea'].includes(name);
      if (closesSelect) kill(select);
      if (!closesSelect || name === 'select') return skip(name);
    }
    const table = topmostLive('table');
    if (TABLE_PARTS.has(name) && !inTemplate) {
      if (table < 0) return skip(name);
      // A table part goes to its place in the table, closing what is open there.
      const context =
        name === 'td' || name === 'th'
          ? ['tr', 'tbody', 'thead', 'tfoot', 'table']
          : name === 'tr'
            ? ['tbody', 'thead', 'tfoot', 'table']
            : ['table'];
      kill(topmost((entry) => entry.live && context.includes(entry.name)) + 1);
    } else if (name === 'table' && table >= 0 && TABLE_CONTEXT.has(current()?.name ?? '')) {
      // A table opened right inside another ends it.
      kill(table);
    }
    const element: Element =
      name === 'template'
        ? { tagName: name, attrs: attribs, childNodes: [], content: [] }
        : { tagName: name, attrs: attribs, childNodes: [] };
    // A <form> right inside a table is empty: what follows is put before the table.
    const live = !(name === 'form' && TABLE_CONTEXT.has(parent?.name ?? ''));
    const deepest = current();
    const besideDeepest =
      deepest?.element && deepest.depth >= MAX_TREE_DEPTH ? placedIn.get(deepest.element) : undefined;
    if (besideDeepest) insert(besideDeepest, element);
    else append(element);
    const depth = Math.min((deepest?.depth ?? 0) + 1, MAX_TREE_DEPTH);
    const foreign = name === 'svg' || name === 'math' || (parent?.foreign ?? false);
    pushOpen({ name, element, foreign: foreign && !INTEGRATION_POINTS.has(name), live, depth });
    if (name === 'noscript') noscript = { element, start: parser.endIndex + 1, depth: open.length };
  };

  /** Whether htmlparser2 should act on the end tag `name` (it closes what it names, and all inside). */
  const endTag = (name: string): boolean => {
    if (noscript) return true;
    // Inside a <select>, end tags other than these are ignored.
    const inSelect = hasLive('select');
    if (inSelect && !['select', 'option', 'optgroup', 'template'].includes(name)) return false;
    if (name === 'p' || name === 'br') return true;
    const named = isOpen(name) ? topmost((entry) => entry.name === name) : -1;
    const inScope = (at: number) =>
      !open
        .slice(at + 1)
        .some(
          (entry) =>
            entry.live &&
            ((SCOPE_BOUNDARIES.has(entry.name) &&
              !(TABLE_STRUCTURE_ENDS.has(name) && CELL_BOUNDARIES.has(entry.name))) ||
              (name === 'li' && (entry.name === 'ol' || entry.name === 'ul'))),
        );
    if (HEADINGS.has(name)) {
      // Any heading's end tag ends the open heading.
      if (named < 0) {
        const heading = HEADING_NAMES.some(hasLive)
          ? topmost((entry) => HEADINGS.has(entry.name) && entry.live)
          : -1;
        if (heading >= 0 && inScope(heading)) kill(heading);
      }
      return named < 0 || inScope(named);
    }
    if (named < 0) return true;
    if (!inScope(named)) return false;
    if (name === 'form') {
      // </form> takes the form off the stack but leaves what is open inside it open.
      const entry = open[named]!;
      if (named === open.length - 1 && !ignoredFormEnds.has(entry)) return true;
      ignoredFormEnds.add(entry);
      markDead(entry);
      return false;
    }
    if (SPECIAL.has(name)) return true;
    return !open.slice(named + 1).some((entry) => SPECIAL.has(entry.name) && entry.live);
  };

  const parser: GuardedParser = new GuardedParser(
    {
      onopentag(name, attribs) {
        selectClosed &&= name === 'select';
        startTag(
          name,
          hasNul
            ? Object.fromEntries(
                Object.entries(attribs).map(([key, value]) => [key, value.replaceAll('\0', '\uFFFD')]),
              )
            : attribs,
        );
      },
      ontext(data) {
        if (noscript) return;
        selectClosed = false;
        const rawText = RAW_TEXT.has(current()?.name ?? '');
        const text = hasNul ? data.replaceAll('\0', rawText ? '\uFFFD' : '') : data;
        // What htmlparser2 emits at the end of the input from inside a cut-off tag is no text.
        if (ending && !rawText && /<\/?[a-z]/i.test(source.slice(source.lastIndexOf('>') + 1))) return;
        if (text) append(text);
      },
      onclosetag(name, isImplied) {
        selectClosed = isImplied && name === 'select';
        if (noscript && open.length === noscript.depth) {
          const { element, start } = noscript;
          NOSCRIPT_END.lastIndex = start;
          const end = NOSCRIPT_END.exec(source)?.index ?? source.length;
          const closedAtEnd = isImplied ? ending && end === source.length : parser.startIndex === end;
          // One whose content was taken out is not parsed again: what follows its end is read as it is.
          if (!closedAtEnd && !noscriptText.has(start)) misread ??= start;
          const text = noscriptText.get(start) ?? source.slice(start, end);
          if (text) element.childNodes.push(text);
          noscript = undefined;
        }
        popOpen();
      },
    },
    undefined,
    {
      startTag: (start, endIndex) => {
        if (open.length < MAX_OPEN_ELEMENTS) return true;
        // Raw-text elements still open: htmlparser2's tokenizer reads their content as raw text anyway.
        const name = source.slice(start, endIndex).toLowerCase();
        return parser.closesAtOnce(name) || RAW_TEXT.has(name);
      },
      endTag: (start, endIndex) => endTag(source.slice(start, endIndex).toLowerCase()),
    },
  );
  // A <noscript>'s content is written as spaces, so htmlparser2 reads it as raw text, as browsers with scripting
  // on do (read as markup, it could end outer elements); the parser is asked, at each "<noscript…>" that may be
  // a start tag, whether it read one. Spaces keep the parser's offsets those of the source, whose text the
  // <noscript> holds.
  let written = 0;
  const writeTo = (end: number) => {
    parser.write(source.slice(written, end));
    written = end;
  };
  for (const tag of source.matchAll(NOSCRIPT_START)) {
    const contentStart = tag.index + tag[0].length;
    if (contentStart <= written) continue;
    writeTo(contentStart);
    if (noscript?.start !== contentStart) continue;
    NOSCRIPT_END.lastIndex = contentStart;
    const end = NOSCRIPT_END.exec(source)?.index ?? source.length;
    parser.write(' '.repeat(end - contentStart));
    written = end;
  }
  writeTo(source.length);
  ending = true;
  parser.end();
  html.childNodes.push(head, body);
  return { document: { tagName: '#document', attrs: {}, childNodes: [html] }, misread };
}
