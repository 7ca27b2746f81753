import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeUnitAt,
  endsWithText,
  includesText,
  lowerCased,
  sliceOf,
} from '../../../functions/core/text/chars.js';

describe('string helpers called through String.prototype', () => {
  it('answer as the string methods do, for any string and position', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string(),
        fc.integer({ min: -2, max: 40 }),
        (text, other, at) => {
          expect(codeUnitAt(text, at)).toEqual(text.charCodeAt(at));
          expect(lowerCased(text)).toBe(text.toLowerCase());
          expect(sliceOf(text, at)).toBe(text.slice(at));
          expect(sliceOf(text, 0, at)).toBe(text.slice(0, at));
          expect(includesText(text, other)).toBe(text.includes(other));
          expect(endsWithText(text, other)).toBe(text.endsWith(other));
        },
      ),
    );
  });

  it('read sliced, joined and two-byte strings like flat ones', () => {
    const flat = 'ISTANBUL — Turkey’s central bank';
    const joined = `${flat.slice(0, 8)}${flat.slice(8)}`;

    expect(codeUnitAt(joined, 9)).toBe(0x2014);
    expect(lowerCased(sliceOf(joined, 0, 8))).toBe('istanbul');
    expect(endsWithText(joined, 'bank')).toBe(true);
    expect(includesText(joined, 'Turkey’s')).toBe(true);
  });
});
