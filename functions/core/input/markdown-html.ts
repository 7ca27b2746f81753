import {
  type AttributeOf,
  classAndId,
  furnitureByNames,
  hiddenByAttributes,
  SKIPPED_TAGS,
} from './furniture.js';

/**
 * Raw HTML blocks in Markdown. CMS exports leave a page's boxes in a .md body (an ad's `<div class="ad">`, a
 * `<script>`, a hidden block, an HTML comment); read as text, their words named countries the story did not
 * (review59). A block is dropped when the HTML reader would drop its element: a furniture tag, hidden, or
 * furniture by its class and id words (furniture.ts). Other blocks keep their text, as before.
 */

/** A line that opens with a tag (CommonMark's HTML blocks): its name and the rest of the tag. */
const OPENING_TAG = /^\s{0,3}<([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?\/?>/;
const COMMENT_OPEN = /^\s{0,3}<!--/;
/** Elements that hold nothing and have no closing tag. */
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/**
 * How far a block's closing tag is looked for: past at most this many blank lines (an ad's box may hold a paragraph
 * or two of its own), so a page of unclosed tags costs a few lines each, not the rest of the page.
 */
const MAX_BLANK_LINES = 3;

/**
 * The index of the last line of the dropped HTML block that opens at `lines[start]`, or undefined when no
 * dropped block opens there. A block ends where its element closes (its tag's opens and closes balance) or, with
 * no close in sight, at the first blank line (CommonMark's end of an HTML block).
 */
export function droppedHtmlBlockEnd(lines: readonly string[], start: number): number | undefined {
  const first = lines[start];
  if (first === undefined || !first.includes('<')) return undefined;
  if (COMMENT_OPEN.test(first))
    return endWhere(lines, start, (line) => line.includes('-->')) ?? blankLineEnd(lines, start);
  const tag = OPENING_TAG.exec(first);
  const name = tag?.[1]?.toLowerCase();
  if (name === undefined) return undefined;
  // An element with no content (an image, an embed) drops only itself: the text after it on its line, or in the
  // paragraph under it, is the story's (review60: "<img …> Flooding in Dhaka killed 12" lost the paragraph).
  if (VOID_TAGS.has(name)) return undefined;
  const attributes = attributesOf(tag?.[2] ?? '');
  if (
    !SKIPPED_TAGS.has(name) &&
    !hiddenByAttributes(attributes) &&
    !furnitureByNames(name, classAndId(attributes))
  )
    return undefined;
  const opens = new RegExp(`<${name}(?=[\\s/>])`, 'gi');
  const closes = new RegExp(`</${name}\\s*>`, 'gi');
  let depth = 0;
  const closed = endWhere(lines, start, (line) => {
    depth += (line.match(opens)?.length ?? 0) - (line.match(closes)?.length ?? 0);
    return depth <= 0;
  });
  return closed ?? blankLineEnd(lines, start);
}

/** The first line from `start` (past at most a few blank lines) for which `ends` holds, or undefined. */
function endWhere(
  lines: readonly string[],
  start: number,
  ends: (line: string) => boolean,
): number | undefined {
  let blanks = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (ends(line)) return i;
    if (line.trim() === '' && ++blanks > MAX_BLANK_LINES) return undefined;
  }
  return undefined;
}

/** The line before the first blank line after `start` (or the text's last line). */
function blankLineEnd(lines: readonly string[], start: number): number {
  let i = start;
  while (i + 1 < lines.length && (lines[i + 1] ?? '').trim() !== '') i++;
  return i;
}

function attributesOf(text: string): AttributeOf {
  const found = new Map<string, string>();
  for (const match of text.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (name !== undefined && !found.has(name)) found.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return (name) => found.get(name);
}
