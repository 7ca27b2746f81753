import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasLetterOrDigit,
  hasLower,
  isSingleUpper,
  isUpperInitial,
  opensSentence,
  startsLower,
  startsUpperOrDigit,
} from '../../../functions/core/text/letters.js';

/** Each test with the pattern it stands for. */
const TESTS: readonly [string, (text: string) => boolean, RegExp][] = [
  ['startsUpperOrDigit', startsUpperOrDigit, /^[\p{Lu}\p{N}]/u],
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['hasLower', hasLower, /\p{Ll}/u],
  ['isSingleUpper', isSingleUpper, /^\p{Lu}$/u],
  ['isUpperInitial', isUpperInitial, /^\p{Lu}\.$/u],
  ['opensSentence', opensSentence, /^[\p{Lu}\p{N}"“‘'(]/u],
  ['hasLetterOrDigit', hasLetterOrDigit, /[\p{L}\p{N}]/u],
];

/** Words as news has them: ASCII, accented, other scripts, digits of other scripts, marks, astral letters. */
const WORDISH = fc.string({
  unit: fc.constantFrom(...'aZmQ09 .-\'"(“‘’”—éÉßŁłЖжΩω中٣²Ⅻ\u0301\u00a0!?', '𝐀', '𝐚', '\ud835'),
  maxLength: 6,
});

describe('letter tests with an ASCII reading', () => {
  it.each(TESTS)('%s answers as its pattern on news-like words', (_name, test, pattern) => {
    fc.assert(
      fc.property(WORDISH, (text) => {
        expect(test(text)).toBe(pattern.test(text));
      }),
    );
  });

  it.each(TESTS)('%s answers as its pattern on any text', (_name, test, pattern) => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(test(text)).toBe(pattern.test(text));
      }),
    );
  });

  it('reads plain words by their letters', () => {
    // Arrange
    const words = ['S.', 'S', 'Mr', 'the', 'THE', '2025', '(AP)', 'Ørsted', 'É.', 'ß'];

    // Act
    const answers = words.map((w) => [
      isUpperInitial(w),
      isSingleUpper(w),
      startsLower(w),
      hasLower(w),
      startsUpperOrDigit(w),
      opensSentence(w),
    ]);

    // Assert
    expect(answers).toEqual([
      [true, false, false, false, true, true],
      [false, true, false, false, true, true],
      [false, false, false, true, true, true],
      [false, false, true, true, false, false],
      [false, false, false, false, true, true],
      [false, false, false, false, true, true],
      [false, false, false, false, false, true],
      [false, false, false, true, true, true],
      [true, false, false, false, true, true],
      [false, false, true, true, false, false],
    ]);
  });
});
