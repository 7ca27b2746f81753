import { ParseError } from './errors.js';
import { feedDateOf, normalizeLanguage, type ParsedFields } from './fields.js';
import { paragraphsOfFragment } from './html.js';
import { textOfMarkup } from './markup.js';
import { attrOf, child, descendant, innerSource, rawTextOf, textOf, type XmlElement } from './xml.js';

/**
 * An IPTC NITF document (`<nitf>`): the headline from `hedline/hl1` (else `head/title`), the dateline of
 * `body.head`, the paragraphs of `body.content` read as an HTML fragment is (tables as rows, photos and
 * their captions left out), the publication time from `date.issue` (else `pubdata`'s `date.publication`,
 * `date.release`, the dateline's `story.date`), the id from `doc-id`, the language from `xml:lang`.
 */
export function nitfFields(source: string, nitf: XmlElement): ParsedFields {
  const head = child(nitf, 'head');
  const docdata = child(head, 'docdata');
  const pubdata = child(head, 'pubdata');
  const bodyHead = child(child(nitf, 'body'), 'body.head');
  const dateline = child(bodyHead, 'dateline');
  return {
    id: attrOf(child(docdata, 'doc-id'), 'id-string'),
    title: textOf(descendant(child(bodyHead, 'hedline'), 'hl1')) ?? textOf(child(head, 'title')),
    dateline: textOf(dateline),
    body: bodyOf(
      nitfText(source, nitf) || textOf(child(bodyHead, 'abstract')),
      'NITF document',
      '<body.content>',
    ),
    ...feedDateOf(
      isoOfBasic(
        attrOf(child(docdata, 'date.issue'), 'norm') ??
          attrOf(pubdata, 'date.publication') ??
          attrOf(child(docdata, 'date.release'), 'norm') ??
          attrOf(descendant(dateline, 'story.date'), 'norm'),
      ),
      'date.issue',
    ),
    language: normalizeLanguage(attrOf(nitf, 'xml:lang')),
    source: attrOf(pubdata, 'name') ?? attrOf(child(docdata, 'doc.copyright'), 'holder'),
  };
}

/**
 * An IPTC NewsML-G2 `newsItem`: the headline and dateline of `contentMeta`, the text of the first
 * `inlineXML` (NITF or XHTML) or `inlineData` of `contentSet`, the publication time from `firstCreated`
 * (else `contentCreated`, `versionCreated`), the id from `guid`, the language from `contentMeta/language`
 * (else `xml:lang`), the source from `provider`.
 */
export function newsItemFields(source: string, item: XmlElement): ParsedFields {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const provider = child(itemMeta, 'provider');
  const content = child(child(item, 'contentSet'), 'inlineXML', 'inlineData');
  return {
    id: attrOf(item, 'guid'),
    title: textOf(child(contentMeta, 'headline')),
    dateline: textOf(child(contentMeta, 'dateline')),
    body: bodyOf(content && contentText(source, content), 'NewsML-G2 item', '<inlineXML> or <inlineData>'),
    ...feedDateOf(
      textOf(
        child(itemMeta, 'firstCreated') ??
          child(contentMeta, 'contentCreated') ??
          child(itemMeta, 'versionCreated'),
      ),
      'firstCreated',
    ),
    language: normalizeLanguage(attrOf(child(contentMeta, 'language'), 'tag') ?? attrOf(item, 'xml:lang')),
    source:
      attrOf(provider, 'literal') ??
      textOf(child(provider, 'name')) ??
      attrOf(provider, 'qcode')?.replace(/^\w+:/, ''),
  };
}

/** The text of a NewsML-G2 content element: NITF or XHTML inside `inlineXML`, text or HTML in `inlineData`. */
function contentText(source: string, content: XmlElement): string {
  if (content.name === 'inlineData') {
    const data = rawTextOf(content);
    return /html/i.test(attrOf(content, 'contenttype') ?? '')
      ? textOfMarkup(data, false)
      : data
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .join('\n\n');
  }
  const nitf = descendant(content, 'nitf');
  return nitf ? nitfText(source, nitf) : fragmentText(innerSource(source, content));
}

function nitfText(source: string, nitf: XmlElement): string {
  const content = child(child(nitf, 'body'), 'body.content');
  return content ? fragmentText(innerSource(source, content)) : '';
}

/** NITF's photos and their captions describe the photo, not the story (as an HTML page's figures). */
const MEDIA = /<media[\s>][\s\S]*?<\/media>/g;

/**
 * A raw-text element written self-closed ("<title/>" in an XHTML head): HTML would read the rest of the
 * document as its text.
 */
const SELF_CLOSED = /<(title|script|style|textarea)\b([^<>]*?)\/>/g;

/** XML markup (NITF's body.content, XHTML) read as an HTML fragment is. */
export function fragmentText(fragment: string): string {
  return paragraphsOfFragment(fragment.replace(MEDIA, '').replace(SELF_CLOSED, '<$1$2></$1>')).join('\n\n');
}

/** A body or a MISSING_BODY failure saying where the text was looked for. */
export function bodyOf(text: string | undefined, what: string, where: string): string {
  if (text?.trim()) return text;
  throw new ParseError('MISSING_BODY', `the ${what} has no text in ${where}`);
}

/** ISO 8601 basic format, as NITF writes dates ("20261202T101500+0100"), in the extended format. */
function isoOfBasic(value: string | undefined): string | undefined {
  const m = value && /^(\d{4})(\d\d)(\d\d)(?:T(\d\d)(\d\d)(\d\d)?)?(Z|[+-]\d\d:?\d\d)?$/.exec(value);
  if (!m) return value;
  const zone = m[7] ? (m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(-2)}`) : 'Z';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${zone}`;
}
