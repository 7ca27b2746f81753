import { feedDateOf, normalizeLanguage, normalizeUrl, type ParsedFields } from './fields.js';
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

/**
 * An item's own id: its guid (else its link, or RSS 1.0's rdf:about), what a reader keeps it by. A link
 * that other items of the feed share (a live blog's updates, a story updated in place: the guid is
 * optional in RSS 2.0) names none of them: each is named by its line, rather than all but the first
 * failing DUPLICATE_ID. A guid that other items share (a CMS that stamps one guid on every item) names an
 * item only when its link cannot: distinct links mean distinct stories; the same guid and link twice is the
 * item repeated, and the repeat fails DUPLICATE_ID.
 */
export function rssItemId(item: XmlElement, shared: SharedIds): string | undefined {
  const guid = textOf(child(item, 'guid'));
  const link = textOf(child(item, 'link'));
  const linkNames = link !== undefined && !shared.links.has(link);
  if (guid && !(shared.ids.has(guid) && linkNames)) return guid;
  return linkNames ? link : attrOf(item, 'rdf:about');
}

/** The ids and the links that more than one item of a feed gives. */
export interface SharedIds {
  readonly ids: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
}

/** The guids and links more than one of these RSS items gives. */
export function sharedRssIds(items: readonly XmlElement[]): SharedIds {
  return {
    ids: repeated(items.map((item) => textOf(child(item, 'guid')))),
    links: repeated(items.map((item) => textOf(child(item, 'link')))),
  };
}

/** The entry ids and alternate links more than one of these Atom entries gives. */
export function sharedAtomIds(entries: readonly XmlElement[]): SharedIds {
  return {
    ids: repeated(entries.map((entry) => textOf(child(entry, 'id')))),
    links: repeated(entries.map((entry) => attrOf(alternateLink(entry), 'href'))),
  };
}

function repeated(values: readonly (string | undefined)[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const value of values) if (value) (seen.has(value) ? shared : seen).add(value);
  return shared;
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
    ...feedDateOf(textOf(child(item, 'pubDate', 'dc:date')), 'pubDate'),
    url: normalizeUrl(textOf(child(item, 'link'))),
    source: feed.source,
    language: normalizeLanguage(textOf(child(item, 'dc:language'))) ?? feed.language,
  };
}

/** An Atom entry's own id, else its link; an id other entries share names it only when its link cannot (as RSS). */
export function atomEntryId(entry: XmlElement, shared: SharedIds): string | undefined {
  const id = textOf(child(entry, 'id'));
  const link = attrOf(alternateLink(entry), 'href');
  const linkNames = link !== undefined && !shared.links.has(link);
  if (id && !(shared.ids.has(id) && linkNames)) return id;
  return linkNames ? link : id;
}

/** An Atom entry: `content` (else `summary`) as text, HTML or XHTML; `published` (else `updated`). */
export function atomEntryFields(source: string, entry: XmlElement, feed: FeedContext): ParsedFields {
  return {
    title: inline(child(entry, 'title')),
    body: bodyOf(
      atomText(source, child(entry, 'content')) || atomText(source, child(entry, 'summary')),
      'feed entry',
      '<content> or <summary>',
    ),
    ...feedDateOf(textOf(child(entry, 'published', 'updated')), 'published'),
    url: normalizeUrl(attrOf(alternateLink(entry), 'href')),
    source: feed.source,
    language: normalizeLanguage(attrOf(entry, 'xml:lang')) ?? feed.language,
  };
}

/**
 * type="xhtml" (or an XML media type, RFC 4287) holds markup as elements; "html" (or text/html) holds it
 * escaped; "text" (the default) and other text/ types are text; any other media type (a picture in
 * base64) holds no story: empty.
 */
function atomText(source: string, content: XmlElement | undefined): string {
  if (!content) return '';
  const type = attrOf(content, 'type')?.toLowerCase() ?? 'text';
  if (type === 'xhtml' || /[/+]xml$/.test(type)) return fragmentText(innerSource(source, content));
  if (type === 'html' || type.startsWith('text/html')) return textOfMarkup(rawTextOf(content).trim(), false);
  return type === 'text' || type.startsWith('text/') ? rawTextOf(content).trim() : '';
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
