import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opensOfficeHolder } from '../../../functions/core/countries/leaders.js';

/** The reading before the scan went word by word: slice, drop a possessive, split the rest into words. */
function splitReading(text: string, end: number): boolean {
  const rest = text.slice(end, end + 60).replace(/^['’]s?/, '');
  if (!rest.startsWith(' ')) return false;
  const words = rest.trimStart().split(/\s+/);
  let head = false;
  for (let i = 0; i < words.length; i++) {
    const lower = words[i]!.toLowerCase();
    if (['president', 'prime', 'minister', 'foreign', 'secretary', 'treasury'].includes(lower)) {
      if (i === 4) return false;
      if (['president', 'minister', 'secretary'].includes(lower)) head = true;
      continue;
    }
    return head && i > 0 && /^\p{Lu}\p{Ll}/u.test(words[i]!);
  }
  return false;
}

describe('an office and its holder after a country name', () => {
  it.each([
    ['U.S. President Donald Trump met him.', 4, true],
    ["India's Prime Minister Narendra Modi spoke.", 5, true],
    ['India’s Prime Minister Narendra Modi spoke.', 5, true],
    ['U.S. Treasury Secretary Scott Bessent said.', 4, true],
    ['U.S. officials said the talks went well.', 4, false],
    ['France President', 6, false],
    ['France', 6, false],
    ['U.S. President said so.', 4, false],
  ])('reads "%s" after the name', (text, end, expected) => {
    expect(opensOfficeHolder(text, end)).toBe(expected);
  });

  it('answers as reading all the words would, for any text after the name', () => {
    const piece = fc.constantFrom(
      'President',
      'prime',
      'Minister',
      'foreign',
      'Secretary',
      'Treasury',
      'Ana',
      'Émile',
      'officials',
      "'s",
      '’',
      's',
      ' ',
      '  ',
      '\n',
      '\t',
      '\u00a0',
      '.',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.integer({ min: 0, max: 6 }), (pieces, cut) => {
        const text = `Spain${pieces.join('')}`;
        const end = Math.min(5 + cut, text.length);
        expect(opensOfficeHolder(text, end)).toBe(splitReading(text, end));
      }),
    );
  });
});
