import { ParseError } from './errors.js';
import {
  atomContext,
  atomEntryFields,
  atomEntryId,
  rssContext,
  rssItemFields,
  rssItemId,
  sharedAtomIds,
  sharedRssIds,
} from './feed.js';
import type { ParsedFields } from './fields.js';
import { newsItemFields, nitfFields } from './wire.js';
import { attrOf, child, childrenNamed, lineCounter, parseXml, type XmlElement, xmlRootOf } from './xml.js';

/** One story of an XML document: where it starts, its own id, and its fields (read lazily: may throw). */
export interface XmlItem {
  readonly line: number;
  readonly id: string | undefined;
  readonly read: () => ParsedFields;
  /** Why the item is no story to tag (a NewsML-G2 picture, a package): skipped, not failed. */
  readonly skip?: string;
}

/** The stories of a wire document (one) or a feed (one per item, as a JSON Lines object's lines). */
export interface XmlArticles {
  /** "NITF", "NewsML-G2", "RSS" or "Atom". */
  readonly format: string;
  /** A feed or a NewsML-G2 newsMessage: each item is its own article, as a JSON Lines line is. */
  readonly feed: boolean;
  readonly items: readonly XmlItem[];
}

/** Root elements (local names) of the XML documents read as articles. */
const READABLE_ROOTS: ReadonlySet<string> = new Set([
  'nitf',
  'newsItem',
  'newsMessage',
  'rss',
  'RDF',
  'feed',
]);

/** Whether a document's root element is one of a wire format or a feed that is read as articles. */
export function isReadableXml(text: string): boolean {
  return READABLE_ROOTS.has(xmlRootOf(text) ?? '');
}

/**
 * The stories of an NITF document, a NewsML-G2 newsItem or newsMessage, an RSS 2.0 / RSS 1.0 feed or an
 * Atom feed; undefined for any other text. Pure.
 */
export function readXmlArticles(source: string): XmlArticles | undefined {
  const root = isReadableXml(source) ? parseXml(source) : undefined;
  if (!root) return undefined;
  const line = lineCounter(source);
  // A document cut short (an interrupted upload) ends inside its last item: that item fails, saying so,
  // rather than being tagged from half its text; items after the cut are not in the document at all.
  const item = (element: XmlElement, id: string | undefined, read: () => ParsedFields): XmlItem => ({
    line: line(element.start),
    id,
    read: element.cut
      ? () => {
          throw new ParseError(
            'INVALID_XML',
            `the document ends inside this <${element.name}>, before its end tag: it was cut short`,
          );
        }
      : read,
  });
  if (root.name === 'nitf') {
    const id = attrOf(child(child(child(root, 'head'), 'docdata'), 'doc-id'), 'id-string');
    return { format: 'NITF', feed: false, items: [item(root, id, () => nitfFields(source, root))] };
  }
  const newsItem = (element: XmlElement): XmlItem => {
    const skip = notAStory(element);
    const story = item(element, attrOf(element, 'guid'), () => newsItemFields(source, element));
    return skip === undefined ? story : { ...story, skip };
  };
  if (root.name === 'newsItem') return { format: 'NewsML-G2', feed: false, items: [newsItem(root)] };
  if (root.name === 'newsMessage') {
    const items = childrenNamed(child(root, 'itemSet')).filter((e) => e.name.endsWith('Item'));
    return { format: 'NewsML-G2', feed: true, items: items.map(newsItem) };
  }
  if (root.name === 'feed') {
    const context = atomContext(root);
    const entries = childrenNamed(root, 'entry');
    const shared = sharedAtomIds(entries);
    const items = entries.map((e) =>
      item(e, atomEntryId(e, shared), () => atomEntryFields(source, e, context)),
    );
    return { format: 'Atom', feed: true, items };
  }
  const channel = child(root, 'channel');
  const context = rssContext(channel);
  // RSS 2.0 puts its items in the channel, RSS 1.0 beside it.
  const items = [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  const shared = sharedRssIds(items);
  return {
    format: 'RSS',
    feed: true,
    items: items.map((e) => item(e, rssItemId(e, shared), () => rssItemFields(e, context))),
  };
}

/** IPTC's natures of NewsML-G2 items that hold no text to tag (ninat:picture, …). */
const MEDIA_NATURES: ReadonlySet<string> = new Set(['picture', 'graphic', 'audio', 'video', 'interactive']);

/**
 * Why a NewsML-G2 item is no story: a packageItem (it groups the message's items), a concept, planning
 * or knowledge item, or a newsItem whose itemClass is a picture, graphic, audio or video. A message
 * sends a photo with its story: the photo is not a failure of the story, nor a story of its own.
 */
function notAStory(element: XmlElement): string | undefined {
  if (element.name !== 'newsItem')
    return `a NewsML-G2 ${element.name} holds no story: only newsItems are read`;
  const itemClass = child(child(element, 'itemMeta'), 'itemClass');
  // The last part of "ninat:video" or of the URI, also when the URI ends in a slash (".../ninature/video/").
  const nature = (attrOf(itemClass, 'qcode') ?? attrOf(itemClass, 'uri'))
    ?.split(/[:/]/)
    .filter(Boolean)
    .pop();
  return nature !== undefined && MEDIA_NATURES.has(nature)
    ? `a NewsML-G2 ${nature} item holds no story to tag (itemClass ${attrOf(itemClass, 'qcode') ?? attrOf(itemClass, 'uri')})`
    : undefined;
}
