import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiTwinSource,
  hasLetterOrDigit,
  hasLower,
  isSingleUpper,
  isUpperInitial,
  letterPattern,
  opensSentence,
  startsLower,
  startsUpper,
  startsUpperOrDigit,
} from '../../../functions/core/text/letters.js';

/** Each test with the pattern it stands for. */
const TESTS: readonly [string, (text: string) => boolean, RegExp][] = [
  ['startsUpperOrDigit', startsUpperOrDigit, /^[\p{Lu}\p{N}]/u],
  ['startsUpper', startsUpper, /^\p{Lu}/u],
  ['startsLower', startsLower, /^\p{Ll}/u],
  ['hasLower', hasLower, /\p{Ll}/u],
  ['isSingleUpper', isSingleUpper, /^\p{Lu}$/u],
  ['isUpperInitial', isUpperInitial, /^\p{Lu}\.$/u],
  ['opensSentence', opensSentence, /^[\p{Lu}\p{Lo}\p{N}"“‘'(]/u],
  ['hasLetterOrDigit', hasLetterOrDigit, /[\p{L}\p{N}]/u],
];

/** Words as news has them: ASCII, accented, other scripts, digits of other scripts, marks, astral letters. */
const WORDISH = fc.string({
  unit: fc.constantFrom(...'aZmQ09 .-\'"(“‘’”—éÉßŁłЖжΩω中한ب٣²Ⅻ\u0301\u00a0!?', '𝐀', '𝐚', '\ud835'),
  maxLength: 6,
});

/** ASCII words, which the twins read. */
const ASCII_WORDS = fc.string({ unit: fc.constantFrom(..."AZQaxs09 .-'[]Mcovedbnk:"), maxLength: 8 });

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

/** Sources as the tagger writes them: classes with and without letters, negated, quantified, marks, groups. */
const SOURCES = [
  String.raw`^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$`,
  String.raw`^\p{Lu}[\p{L}]{0,3}-\d{1,3}[a-z]?s?$`,
  String.raw`^(?:(?:al|el|bin)-|[dl]['’])\p{Lu}`,
  String.raw`^\p{L}.*\.(?:com|net|org)$`,
  String.raw`^\p{Lu}\p{Ll}*xit$`,
  String.raw`(\p{Lu}[\p{L}.'’-]*)\s*[\]\[-]\s*(\p{N}+)`,
  String.raw`[^\p{L}\p{N}]+`,
  String.raw`[^\p{L}]`,
  String.raw`\p{M}+|[\p{M}x]`,
  String.raw`^ (\p{Lu}\p{Ll}+)(?![\p{L}'’-])`,
  // Word and title tests of countries/ and entities/ (their own patterns, written as the source does).
  String.raw`^: +[\p{Lu}"\u201c][^.\n]*?\s\p{Ll}{3,}`,
  String.raw`^\p{Lu}\p{Ll}`,
  String.raw`^\p{Lu}\p{Ll}+$`,
  String.raw`(?:^|\s)\p{Ll}{4,}`,
  String.raw`^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$`,
  String.raw`^\p{Lu}\p{Ll}{2,}bank$`,
  String.raw`^(?:\p{Lu}{2,}\p{Ll}{2,}|(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu})`,
  String.raw`^\p{Ll}+$`,
  String.raw`^(?:has|had|is|also|\p{Ll}+ed)$`,
  String.raw`^(?:Mc|Mac|O['\u2019])\p{Lu}|\p{Ll}(?:ov|ski|i\u0107|ez)$|-(?:ul|ad)-`,
  String.raw`\p{Ll}(?:minister|pr\u00e4sident|b\u00fcrgermeister)$`,
  String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?$`,
];

describe('a letter pattern with an ASCII twin', () => {
  it('reads each letter class as the ASCII characters it holds', () => {
    // Arrange
    const source = String.raw`^\p{Lu}[\p{L}.'’-]*[^\p{N}\p{M}]\p{Ll}\p{M}?\\p{L}`;

    // Act
    const twin = asciiTwinSource(source);

    // Assert
    expect(twin).toBe(String.raw`^[A-Z][A-Za-z.'’-]*[^0-9][a-z][]?\\p{L}`);
  });

  it('refuses properties it has no ASCII reading of', () => {
    expect(() => asciiTwinSource(String.raw`\p{Sc}`)).toThrow(/no ASCII reading/);
    expect(() => asciiTwinSource(String.raw`\P{L}`)).toThrow(/no ASCII reading/);
  });

  it('tests as the pattern does, ASCII text or not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.oneof(ASCII_WORDS, WORDISH, fc.string({ unit: 'grapheme' })),
        (source, text) => {
          // Arrange
          const plain = new RegExp(source, 'u');

          // Act
          const answer = letterPattern(source).test(text);

          // Assert
          expect(answer).toBe(plain.test(text));
        },
      ),
    );
  });

  it('execs as the pattern does: the same match, index and groups', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.oneof(ASCII_WORDS, WORDISH, fc.string({ unit: 'grapheme' })),
        (source, text) => {
          // Arrange
          const plain = new RegExp(source, 'u');

          // Act
          const match = letterPattern(source).exec(text);

          // Assert
          expect(match).toEqual(plain.exec(text));
          expect(match?.index).toBe(plain.exec(text)?.index);
        },
      ),
    );
  });

  it('replaces every match as the global pattern does', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SOURCES),
        fc.oneof(ASCII_WORDS, WORDISH, fc.string({ unit: 'grapheme' })),
        (source, text) => {
          // Arrange
          const plain = new RegExp(source, 'gu');

          // Act
          const replaced = text.replace(letterPattern(source, 'gu'), '<$&>');

          // Assert
          expect(replaced).toBe(text.replace(plain, '<$&>'));
        },
      ),
    );
  });
});
