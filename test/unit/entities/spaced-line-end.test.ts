import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasSpacedLineEnd } from '../../../functions/core/entities/chunk.js';

const SPACED_LINE_END = / [.,;:!?]\n/;

describe('hasSpacedLineEnd', () => {
  it('finds a line ending in a space and a mark of punctuation, as the expression does', () => {
    // Texts made of the characters that matter, so spaced line ends are common.
    const texts = fc
      .array(fc.constantFrom(' ', '\n', '.', ',', ';', ':', '!', '?', '-', 'a', 'B', '\u00a0', '\t'), {
        maxLength: 40,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(texts, (text) => {
        expect(hasSpacedLineEnd(text)).toBe(SPACED_LINE_END.test(text));
      }),
    );
  });

  it('tells a story written one sentence a line from wrapped prose', () => {
    expect(hasSpacedLineEnd('Rain fell in Porto .\nThe river rose .\n')).toBe(true);
    expect(hasSpacedLineEnd('Rain fell in Porto on Monday, and the\nriver rose.\nIt kept rising.')).toBe(
      false,
    );
    expect(hasSpacedLineEnd(' .')).toBe(false);
  });
});
