import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../../functions/core/text/compare.js';

const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  it('orders ids, codes and words as localeCompare does', () => {
    const ids = [
      'place:iso:US',
      'place:iso:GB',
      'person:xi-jinping',
      'person:xi',
      'organization:opec',
      'nationality:cn',
      'place:cambridge-2',
      'place:cambridge',
      'CN-US',
      'CN-RU',
      'Oil',
      'oil',
      'oil prices',
      'OPEC',
      'crude',
    ];

    expect([...ids].sort(compareText)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('agrees with localeCompare on arbitrary strings of letters, digits and punctuation, in any case', () => {
    const char = fc.constantFrom(..." -:0129abcxyzABCXYZ.,_'éÉ’ж".split(''));
    const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, b, sameLetters) => {
        // Half the pairs differ only by case, where the order is decided by case alone.
        const other = sameLetters
          ? [...a].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')
          : b;
        expect(sign(compareText(a, other))).toBe(sign(a.localeCompare(other)));
        expect(sign(compareText(other, a))).toBe(sign(other.localeCompare(a)));
      }),
      { numRuns: 5000 },
    );
  });
});
