import { normalizeLanguage, normalizeUrl, type ParsedFields, publishedAtOf } from './fields.js';
import { textOfMarkup } from './markup.js';
import { bodyOf, fragmentText } from './wire.js';
import { attrOf, child, childrenNamed, innerSource, rawTextOf, textOf, type XmlElement } from './xml.js';

/** What a feed says of all its items: its title is their source, its language theirs unless they say. */
export interface FeedContext {
  readonly source?: string | undefined;
  readonly language?: string | undefined;
}

/** An RSS 2.0 (or RSS 1.0) channel's name and language. */
export function rssContext(channel: XmlElement | undefined): FeedContext {
  return {
    source: inline(child(channel, 'title')),
    language: normalizeLanguage(textOf(child(channel, 'language', 'dc:language'))),
  };
}

/** An Atom feed's title and `xml:lang`. */
export function atomContext(feed: XmlElement): FeedContext {
  return { source: inline(child(feed, 'title')), language: normalizeLanguage(attrOf(feed, 'xml:lang')) };
}

/** An item's own id: its guid (else its link, or RSS 1.0's rdf:about), what a reader keeps it by. */
export function rssItemId(item: XmlElement): string | undefined {
  return textOf(child(item, 'guid', 'link')) ?? attrOf(item, 'rdf:about');
}

/**
 * An RSS item: the story is `content:encoded` (else `description`), HTML or text; the title, link and
 * `pubDate` (else `dc:date`) are its own. An item with neither text fails MISSING_BODY: a feed of
 * headlines only links its stories.
 */
export function rssItemFields(item: XmlElement, feed: FeedContext): ParsedFields {
  const text = child(item, 'content:encoded', 'description');
  return {
    title: inline(child(item, 'title')),
    body: bodyOf(
      text && textOfMarkup(rawTextOf(text).trim(), false),
      'feed item',
      '<content:encoded> or <description>',
    ),
    publishedAt: publishedAtOf(textOf(child(item, 'pubDate', 'dc:date')), 'pubDate'),
    url: normalizeUrl(textOf(child(item, 'link'))),
    source: feed.source,
    language: normalizeLanguage(textOf(child(item, 'dc:language'))) ?? feed.language,
  };
}

/** An Atom entry's own id, else its link. */
export function atomEntryId(entry: XmlElement): string | undefined {
  return textOf(child(entry, 'id')) ?? attrOf(alternateLink(entry), 'href');
}

/** An Atom entry: `content` (else `summary`) as text, HTML or XHTML; `published` (else `updated`). */
export function atomEntryFields(source: string, entry: XmlElement, feed: FeedContext): ParsedFields {
  const content = child(entry, 'content', 'summary');
  return {
    title: inline(child(entry, 'title')),
    body: bodyOf(content && atomText(source, content), 'feed entry', '<content> or <summary>'),
    publishedAt: publishedAtOf(textOf(child(entry, 'published', 'updated')), 'published'),
    url: normalizeUrl(attrOf(alternateLink(entry), 'href')),
    source: feed.source,
    language: normalizeLanguage(attrOf(entry, 'xml:lang')) ?? feed.language,
  };
}

function atomText(source: string, content: XmlElement): string {
  // type="xhtml" holds markup as elements; "html" holds it escaped; "text" (the default) is text.
  const type = attrOf(content, 'type');
  if (type === 'xhtml') return fragmentText(innerSource(source, content));
  return type === 'html' ? textOfMarkup(rawTextOf(content).trim(), false) : rawTextOf(content).trim();
}

/** The link to the story: rel="alternate" or no rel. */
function alternateLink(entry: XmlElement): XmlElement | undefined {
  return childrenNamed(entry, 'link').find((link) => (attrOf(link, 'rel') ?? 'alternate') === 'alternate');
}

/** A title: one line, markup and character references read (feeds escape "&amp;#8217;" twice). */
function inline(element: XmlElement | undefined): string | undefined {
  const text = textOf(element);
  return text && textOfMarkup(text, true);
}
