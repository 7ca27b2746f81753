import { GuardedParser, MAX_OPEN_ELEMENTS } from './guarded-parser.js';

/** An XML element as the wire and feed readers walk it; a text node is its (decoded) text. */
export interface XmlElement {
  /**
   * The name as written ("content:encoded"), less the root element's own prefix: a feed written as
   * "atom:feed" has "entry" elements, as one in Atom's default namespace.
   */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: (XmlElement | string)[];
  /** Offsets of the element's source: its start tag's "<" and its end tag's ">" (inclusive). */
  readonly start: number;
  end: number;
  /** The document ended inside the element, before its end tag: an upload cut short. */
  cut?: true;
}

/**
 * The first element of an XML document and everything inside it. htmlparser2 in XML mode (the parser
 * already bundled for HTML): names keep their case, CDATA sections are text, the XML entities and
 * character references are decoded, and a document cut short or malformed still gives what it holds. Elements
 * nested deeper than MAX_OPEN_ELEMENTS are not elements: their text goes to the deepest one.
 */
export function parseXml(source: string): XmlElement | undefined {
  const open: XmlElement[] = [];
  let root: XmlElement | undefined;
  let prefix = '';
  let ending = false;
  const parser: GuardedParser = new GuardedParser(
    {
      onopentag(name, attrs) {
        if (!root) prefix = name.slice(0, name.indexOf(':') + 1);
        const element: XmlElement = {
          name: prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name,
          attrs,
          children: [],
          start: parser.startIndex,
          end: source.length - 1,
        };
        const parent = open[open.length - 1];
        if (parent) parent.children.push(element);
        else root ??= element;
        open.push(element);
      },
      ontext(text) {
        open[open.length - 1]?.children.push(text);
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        element.end = parser.endIndex;
        // What is still open when the input ends has no end tag.
        if (ending) element.cut = true;
      },
    },
    { xmlMode: true },
    { startTag: () => open.length < MAX_OPEN_ELEMENTS },
  );
  parser.write(source);
  ending = true;
  parser.end();
  return root;
}

/** The element's child elements, or those with this name. */
export function childrenNamed(element: XmlElement | undefined, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const node of element?.children ?? [])
    if (typeof node !== 'string' && (name === undefined || node.name === name)) found.push(node);
  return found;
}

/**
 * The first child with one of these names, in the order the names are given. Names are matched whole:
 * "description" is not Media RSS's "media:description".
 */
export function child(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  for (const name of names) {
    const found = childrenNamed(element, name)[0];
    if (found) return found;
  }
  return undefined;
}

/** The first element inside `element` (at any depth) with this name. */
export function descendant(element: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const node of element?.children ?? []) {
    if (typeof node === 'string') continue;
    if (node.name === name) return node;
    const found = descendant(node, name);
    if (found) return found;
  }
  return undefined;
}

/** All the text inside an element, white space collapsed; undefined when there is none. */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const text = rawTextOf(element).replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** All the text inside an element as written. */
export function rawTextOf(element: XmlElement): string {
  let text = '';
  for (const node of element.children) text += typeof node === 'string' ? node : rawTextOf(node);
  return text;
}

/** An attribute's value, trimmed; undefined when absent or blank. */
export function attrOf(element: XmlElement | undefined, name: string): string | undefined {
  const value = element && Object.hasOwn(element.attrs, name) ? element.attrs[name]?.trim() : undefined;
  return value || undefined;
}

/** The source inside an element's tags: an XHTML or NITF body read as an HTML fragment is. */
export function innerSource(source: string, element: XmlElement): string {
  const open = source.indexOf('>', element.start) + 1;
  const close = source.lastIndexOf('<', element.end);
  return close > open ? source.slice(open, close) : '';
}

/** The 1-based line of an offset of the source, for offsets asked in increasing order (items of a feed). */
export function lineCounter(source: string): (offset: number) => number {
  let line = 1;
  let next = source.indexOf('\n');
  return (offset) => {
    for (; next >= 0 && next < offset; next = source.indexOf('\n', next + 1)) line++;
    return line;
  };
}

/**
 * The root element's local name: the first tag after the prolog (declaration, processing instructions,
 * comments, a doctype with its internal subset). One character of white space an iteration, so no
 * backtracking blow-up on long runs.
 */
const ROOT_ELEMENT =
  /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/i;

/** The root element's local name of a document's first 16 KB (after a byte order mark), or undefined. */
export function xmlRootOf(text: string): string | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return ROOT_ELEMENT.exec(text.slice(start, start + 16_384))?.[1];
}
