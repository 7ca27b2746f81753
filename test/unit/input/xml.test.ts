import { describe, expect, it } from 'vitest';
import { MAX_OPEN_ELEMENTS } from '../../../functions/core/input/guarded-parser.js';
import { parseXml, textOf, type XmlElement } from '../../../functions/core/input/xml.js';

/** How many elements deep the tree under `element` goes, itself included. */
function depthOf(element: XmlElement): number {
  let depth = 1;
  let deepest: XmlElement | undefined = element;
  while (deepest) {
    deepest = deepest.children.find((node): node is XmlElement => typeof node !== 'string');
    if (deepest) depth++;
  }
  return depth;
}

describe('XML nested past what any feed or wire document nests', () => {
  it('keeps MAX_OPEN_ELEMENTS elements open: deeper start tags are ignored and their text goes to the deepest', () => {
    const depth = MAX_OPEN_ELEMENTS + 1_000;
    const xml = `<nitf>${'<block>'.repeat(depth)}<p>Deep text</p>${'</block>'.repeat(depth)}</nitf>`;

    const root = parseXml(xml);

    expect(root && depthOf(root)).toBe(MAX_OPEN_ELEMENTS);
    expect(root && textOf(root)).toBe('Deep text');
  });
});
