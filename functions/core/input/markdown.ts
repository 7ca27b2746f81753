import { comparable } from '../text/front-matter.js';
import {
  collapseWhitespace,
  normalizeLanguage,
  normalizeUrl,
  type ParsedFields,
  publishedAtOf,
} from './fields.js';
import { isLabelLine } from './label-lines.js';
import { droppedHtmlBlockEnd } from './markdown-html.js';

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT_H1 = /^\s{0,3}=+\s*$/;
const SETEXT_H2 = /^\s{0,3}-+\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const QUOTE_MARKERS = /^(?:\s{0,3}>\s?)+/;

const ESCAPED = 0xe000;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/**
 * Markdown a JSON article's body plainly holds (CMS exports write bodies so): a link to a URL, a heading
 * line, or bold text, and no HTML tag (an HTML body is read by markup.ts). Left in, link targets would be
 * read as words ("wiki", "https") and "**SANTIAGO** —" would hide the dateline.
 */
const MARKDOWN_MARKUP = /\[[^\]\n]+\]\((?:https?:\/\/|\/)[^)\s]*\)|^#{1,6}[ \t]+\S|\*\*[^*\s][^*\n]*\*\*/m;
const HTML_TAG = /<\/?[a-z][a-z0-9]*[\s/>]/i;

/** Whether a JSON article's body is Markdown, to be read as the Markdown reader reads a .md file. */
export function readsAsMarkdown(text: string): boolean {
  // Most bodies hold none of the three marks: three substring searches spare them the pattern.
  if (!text.includes('](') && !text.includes('**') && !text.includes('#')) return false;
  return MARKDOWN_MARKUP.test(text) && !HTML_TAG.test(text);
}

/**
 * Markdown: optional YAML-style front matter (simple `key: value` lines), the heading that opens the text
 * as the title when no heading above its level follows, and the rest as plain text — one paragraph per
 * block, markup removed, so the body is what a reader sees and mention offsets point into it. Code blocks
 * are dropped.
 */
export function parseMarkdown(content: string): ParsedFields {
  const { front, rest } = splitFrontMatter(content);
  const lines = rest.split('\n');
  const outline = headingOutline(lines);
  const blocks: string[] = [];
  let title = front.title;
  // Whether a heading was read: labels over the title stand above every heading.
  let headingAbove = false;
  let paragraph: string[] = [];
  let fence: string | undefined;
  // The line before was a table row: a divider under it makes it the table's header.
  let afterRow = false;
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  const heading = (level: number, text: string) => {
    // Labels over the heading ("**FOR IMMEDIATE RELEASE**", "Share full article") label the copy: dropped. Not
    // under a heading of its own ("## Key points" over "- Rates held"): that is a section of the text.
    if (title === undefined && !headingAbove && onlyLabels(blocks) && opensAsTitle(level, text, outline)) {
      title = text;
      blocks.length = 0;
    }
    // A heading that opens the text and repeats the front matter's title is the title, not the story's
    // first paragraph: kept, its names would count twice.
    else if (blocks.length === 0 && front.title !== undefined && comparable(text) === comparable(front.title))
      return;
    else if (text) blocks.push(text);
    headingAbove = true;
  };
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    if (fence !== undefined) {
      if (raw.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen?.[1]) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    const droppedEnd = droppedHtmlBlockEnd(lines, index);
    if (droppedEnd !== undefined) {
      flush();
      index = droppedEnd;
      continue;
    }
    const line = raw.replace(QUOTE_MARKERS, '');
    const rowAbove = afterRow;
    afterRow = false;
    if (!line.trim()) {
      flush();
      continue;
    }
    if (paragraph.length && (SETEXT_H1.test(line) || SETEXT_H2.test(line))) {
      const text = paragraph.join(' ');
      paragraph = [];
      heading(SETEXT_H1.test(line) ? 1 : 2, text);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line) || TABLE_DIVIDER.test(line)) {
      flush();
      // A table's header cells label its columns ("Model | Released | Params"); they are not the story.
      if (rowAbove && TABLE_DIVIDER.test(line)) blocks.pop();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx?.[1]) {
      flush();
      heading(atx[1].length, stripInline(atx[2] ?? ''));
      continue;
    }
    if (LIST_ITEM.test(line)) {
      flush();
      paragraph.push(stripInline(line.replace(LIST_ITEM, '')));
      continue;
    }
    if (line.includes('|') && /^\s*\|/.test(line)) {
      flush();
      const cells = line
        .split('|')
        .map((c) => stripInline(c))
        .filter(Boolean);
      // Kept as a pipe row: which countries share a row says which go together (countries/table-rows.ts).
      blocks.push(`| ${cells.join(' | ')} |`);
      afterRow = true;
      continue;
    }
    paragraph.push(stripInline(line));
  }
  flush();
  return {
    title,
    body: blocks.filter(Boolean).join('\n\n'),
    publishedAt: publishedAtOf(
      front.date ?? front.published ?? front.publishedat ?? front.published_at,
      'date',
    ),
    url: normalizeUrl(front.url ?? front.canonical),
    source: front.source,
    language: normalizeLanguage(front.language ?? front.lang),
    dateline: front.dateline,
    id: front.id,
    author: front.author,
    description: front.description,
  };
}

/** Label lines looked past for the heading under them. */
const MAX_LABEL_LINES = 2;

/** Whether the blocks read so far are at most a couple of label lines (see `isLabelLine`; no table's rows), or none. */
const onlyLabels = (blocks: readonly string[]) =>
  blocks.length <= MAX_LABEL_LINES && blocks.every((b) => !b.startsWith('|') && isLabelLine(b));

interface HeadingOutline {
  /** The highest level the text uses (1 for `#` or a `===` underline). */
  readonly top: number;
  /** Headings at that level. */
  readonly atTop: number;
}

/**
 * Whether the heading that opens the text is its title. A `#` heading always is. CMS exports often start
 * the story at `##`, the page's `#` being the site's: an opening `## Headline` is then the title, but not
 * an opening `## Key points` above a later `# Headline`, nor "## Japan" opening a roundup of `##` sections
 * (a second heading of its level and a name of one or two words: a section, not a headline).
 */
function opensAsTitle(level: number, text: string, outline: HeadingOutline): boolean {
  if (level === 1) return true;
  if (level > outline.top) return false;
  return outline.atTop === 1 || text.split(/\s+/).length >= 3;
}

function headingOutline(lines: readonly string[]): HeadingOutline {
  const levels: number[] = [];
  let fence: string | undefined;
  let textAbove = false;
  for (const line of lines) {
    if (fence !== undefined) {
      if (line.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen?.[1]) {
      fence = fenceOpen[1];
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx?.[1]) levels.push(atx[1].length);
    else if (textAbove && SETEXT_H1.test(line)) levels.push(1);
    textAbove = line.trim() !== '';
  }
  const top = Math.min(6, ...levels);
  return { top, atTop: levels.filter((level) => level === top).length };
}

function splitFrontMatter(content: string): { front: Record<string, string>; rest: string } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(content);
  if (!match?.[1]) return { front: {}, rest: content };
  const front: Record<string, string> = {};
  for (const line of match[1].split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv?.[1] || kv[2] === undefined) continue;
    const value = kv[2].trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value) front[kv[1].toLowerCase()] = value;
  }
  return { front, rest: content.slice(match[0].length) };
}

// What a link's text or a tag may hold leaves out the character that opens another: a page of "[" or "<" with no
// closer then costs one step a character, where reading to the next "]" or ">" at each opener took minutes a
// megabyte. A destination may hold one level of parentheses ("…/Foo_(bar)").
const DESTINATION = String.raw`\((?:[^()]|\([^()]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[[^[\]]*\]` + DESTINATION, 'g');
/** An HTML comment inside a paragraph ("rose <!-- check --> in October"): it is not read. */
const INLINE_COMMENT = /<!--[^<>]*-->/g;
const LINK = new RegExp(String.raw`\[([^[\]]+)\]` + DESTINATION, 'g');

/** Removes inline markup and keeps the words a reader sees. */
export function stripInline(text: string): string {
  // Escaped punctuation is parked in the Private Use Area so the markup rules below cannot see it.
  const stripped = text
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, c: string) => String.fromCharCode(ESCAPED + c.charCodeAt(0)))
    .replace(IMAGE, '')
    .replace(/!\[[^[\]]*\]\[[^[\]]*\]/g, '')
    .replace(LINK, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(INLINE_COMMENT, '')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/[\uE000-\uE07F]/g, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPED))
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
  return collapseWhitespace(stripped);
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}
