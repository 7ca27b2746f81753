/**
 * A page's lists of links to other stories, as a scrape, a CMS export or a classless page keeps them in the
 * story's text: a heading on a line of its own ("Related stories", "More from BBC News", "ALSO READ:", "You may
 * also like") and the headlines under it; a share heading ("Share this:") and its buttons' names, one a line. Read as the story, their people, countries and pairs were the
 * story's: a Leeds stabbing paired GB with US over a "Trump says US will 'take' Greenland" link (wild38b ★5).
 *
 * The heading and the lines after it are blanked up to the first line that ends a sentence: a headline ends
 * without a full stop, the story's next paragraph with one (or with a colon before a quote, or holds two
 * sentences). A question or an exclamation ends the run too. Headings a live page also gives its own updates
 * ("Latest news", "Trending") open a list only at the page's end.
 */

/** Headings of a list of links, the whole line (a colon may end it). */
const LIST_HEADING =
  /[ \t]*(?:Related(?: (?:stories|articles|content|coverage|links|news|reading|[Tt]opics))?|RELATED(?: STORIES| ARTICLES| COVERAGE| CONTENT| NEWS| TOPICS)?|More (?:from|on|in) [^\n.!?:]{1,60}|More stories|MORE (?:FROM|ON) [^\n.!?:]{1,60}|You (?:may|might) (?:also )?(?:like|be interested in)|YOU MAY ALSO LIKE|Recommended(?: for you| stories| reading)?|RECOMMENDED|Read (?:next|more|also)|READ (?:NEXT|MORE|ALSO)|Also read|ALSO READ|Further reading|FURTHER READING|Editor[\u2019']s picks|Share(?: (?:this|on|via)(?: (?:article|story|page|post))?)?|SHARE(?: (?:THIS|ON|VIA)(?: (?:ARTICLE|STORY|PAGE|POST))?)?)[ \t]*:?[ \t]*(?:\n|$)/y;
/**
 * Headings a live page also gives its own updates ("Latest news" over the day's facts, "Top stories", "Trending"):
 * a list of links only at the page's end, when no sentence of the story follows (read38 ★2).
 */
const TAIL_HEADING =
  /[ \t]*(?:Most (?:[Rr]ead|[Pp]opular|[Vv]iewed|[Ss]hared)|MOST (?:READ|POPULAR|VIEWED|SHARED)|Top [Ss]tories|TOP STORIES|Trending(?: [Nn]ow| [Ss]tories)?|TRENDING|Latest (?:[Nn]ews|[Ss]tories)|LATEST NEWS)[ \t]*:?[ \t]*(?:\n|$)/y;

/**
 * A line that ends a sentence, or introduces one (a colon before a quote, an ellipsis): a story's paragraph, not a
 * link's headline. White space after it may be a no-break space or a carriage return.
 */
const ENDS_SENTENCE = /[.!?:;\u2026]["'\u201d\u2019)\]]*\s*$/;
/** A sentence's end inside the line, before the next one starts: a paragraph of several sentences. */
const SENTENCE_INSIDE = /[.!?]["'\u201d\u2019)]*\s+["'\u201c\u2018(]?[A-Z]/;

/** At most this many headlines are taken under one heading: a page's lists are short. */
const MAX_LINKS = 15;
/** A headline is a line of at most this many characters. */
const MAX_HEADLINE = 200;

/**
 * The body with each list of links after `from` blanked (each character but line breaks a space). The text is
 * put together once from its kept and blanked pieces, as `blankAll` does: a long page of lists stays linear.
 */
export function withoutLinkLists(text: string, from: number): string {
  let out = '';
  let kept = 0;
  for (let at = lineStartAtOrAfter(text, from); at >= 0 && at < text.length; ) {
    const end = listAt(text, at);
    if (end === undefined) {
      at = nextLineStart(text, at);
      continue;
    }
    out += text.slice(kept, at) + text.slice(at, end).replace(/[^\n]/g, ' ');
    kept = end;
    at = nextLineStart(text, end);
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** Where the list of links whose heading opens the line at `at` ends, or undefined when no list starts there. */
function listAt(text: string, at: number): number | undefined {
  LIST_HEADING.lastIndex = at;
  if (LIST_HEADING.test(text)) return endOfList(text, lineEndOf(text, at));
  TAIL_HEADING.lastIndex = at;
  if (!TAIL_HEADING.test(text)) return undefined;
  const end = endOfList(text, lineEndOf(text, at));
  return text.slice(end).trim() === '' ? end : undefined;
}

/** Where the run of headlines after a heading that ends at `headingEnd` ends: before a line that ends a sentence. */
function endOfList(text: string, headingEnd: number): number {
  let end = headingEnd;
  let links = 0;
  for (
    let line = nextLineStart(text, headingEnd);
    line >= 0 && links < MAX_LINKS;
    line = nextLineStart(text, line)
  ) {
    const lineEnd = lineEndOf(text, line);
    const content = text.slice(line, lineEnd);
    if (content.trim() === '') continue;
    if (content.length > MAX_HEADLINE || ENDS_SENTENCE.test(content) || SENTENCE_INSIDE.test(content)) break;
    links++;
    end = lineEnd;
  }
  return end;
}

/** The end of the line `at` is on (its line break, or the text's end). */
function lineEndOf(text: string, at: number): number {
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 ? text.length : lineEnd;
}

/** The start of the line after the one `at` is on, or -1 at the last line. */
function nextLineStart(text: string, at: number): number {
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 ? -1 : lineEnd + 1;
}

/** The first line start at or after `from`. */
function lineStartAtOrAfter(text: string, from: number): number {
  if (from <= 0) return 0;
  return text[from - 1] === '\n' ? from : nextLineStart(text, from);
}
