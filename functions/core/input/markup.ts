import { decodeHTMLStrict } from 'entities/decode';
import { paragraphsOfFragment } from './html.js';

/**
 * HTML a text field plainly holds: an end tag of an element that wraps text, a line break, or a start tag
 * with a quoted attribute. A bare "<U>" or "<GCN>" is no markup: Reuters writes tickers so.
 */
const HTML_MARKUP =
  /<\/(?:p|div|span|a|b|i|u|s|em|strong|small|mark|sup|sub|cite|q|code|pre|time|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|figure|figcaption|table|thead|tbody|tr|td|th|section|article|header|footer|aside)\s*>|<br\s*\/?>|<[a-z][a-z0-9]*(?:\s+[a-z][a-z0-9:_-]*\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))+\s*\/?>/i;
/** A character reference with its semicolon ("&rsquo;", "&#163;"); "AT&T" and "R&D" are text. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** How a text field of a JSON article is read when it may hold markup; `inline` fields are one line. */
export type MarkupReader = (text: string, inline: boolean) => string;

/** A blank line: a paragraph break in text that marks its paragraphs so, with or without tags. */
const BLANK_LINE = /\n[ \t]*\n/;

/**
 * A JSON field's text as a reader sees it: feeds and CMS exports put HTML in `body` or `content`
 * ("<p><strong>CUPERTINO, Calif.</strong> &mdash; Apple&rsquo;s …"), and tags or references left in would be
 * read as words ("X&rdquo" an organisation) and hide the dateline. Text without markup is returned as
 * it is, and text with character references only keeps its own line breaks. Blank lines stay paragraph
 * breaks (text that marks paragraphs by blank lines and has a link or two is still paragraphs), and an
 * inline field (a title) is one line. HTML escaped a second time is read as HTML.
 */
export const textOfMarkup: MarkupReader = (text, inline) => {
  if (HTML_MARKUP.test(text)) {
    const paragraphs = text.split(BLANK_LINE).flatMap(paragraphsOfFragment);
    return inline ? paragraphs.join(' ').replace(/\s+/g, ' ') : paragraphs.join('\n\n');
  }
  if (!CHARACTER_REFERENCE.test(text)) return text;
  const decoded = decodeHTMLStrict(text);
  // Some exports escape their HTML once more ("&lt;p&gt;Shares rose&lt;/p&gt;"): decoded, it is markup and is
  // read as such, once (a third level of escaping is left as decoded text).
  return HTML_MARKUP.test(decoded) ? textOfMarkup(decoded, inline) : decoded;
};
