import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithPattern } from '../../../functions/core/text/tokens.js';

// Characters where the scanner's ASCII shortcuts meet the pattern's Unicode classes: initials and
// abbreviations, joiners, number separators, non-ASCII letters, marks, digits and spaces, emoji.
const TRICKY = [
  ...'ABSUXabsuz0159.,:%\'’-&"()!?/ \n\t\r\u000b\f',
  '\u00a0',
  '\u2009',
  '\u3000',
  'é',
  'É',
  'ß',
  'İ',
  '\u0301',
  '²',
  '٣',
  '😀',
  '\ud800',
  'ǅ',
  'ª',
];
const WORDS = [
  'U.S.',
  '-U.S.',
  'Japan-U.K.',
  'J.D.',
  'S. Waugh',
  'C. C. Wei',
  'A. B.',
  'A. B. C. D. E. F.',
  'H. K. L. Bhagat',
  'Corp. said',
  'approx.\n five',
  '5.93',
  '10:30%',
  "O'Neill",
  'AT&T',
  'Amazon.com',
  '.com',
  '.net',
  '.org',
  'com',
  "Booking.com's",
];

const text = fc.oneof(
  fc.string({ maxLength: 120 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }).map((cs) => cs.join('')),
  fc.array(fc.constantFrom(...WORDS, ...TRICKY), { maxLength: 30 }).map((ws) => ws.join('')),
);

describe('tokenize', () => {
  it('gives exactly the tokens of the token pattern, for any string', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokenize(s)).toEqual(tokenizeWithPattern(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits a word before initials joined to it by a hyphen', () => {
    // Arrange
    const text = 'the Japan-U.S. alliance and Seoul-U.K. talks';

    // Act
    const texts = tokenize(text).map((t) => t.text);

    // Assert
    expect(texts).toEqual(['the', 'Japan', '-', 'U.S.', 'alliance', 'and', 'Seoul', '-', 'U.K.', 'talks']);
  });

  it('keeps initials, abbreviations before a lower-case word, joined words and numbers whole', () => {
    const texts = tokenize('J.D. Vance met S. Waugh of AT&T Corp. in the U.S.-China talks, up 5.93%.').map(
      (t) => t.text,
    );
    expect(texts).toEqual([
      'J.D.',
      'Vance',
      'met',
      'S.',
      'Waugh',
      'of',
      'AT&T',
      'Corp.',
      'in',
      'the',
      'U.S.',
      '-',
      'China',
      'talks',
      ',',
      'up',
      '5.93%',
      '.',
    ]);
  });

  it("reads a run of single capitals with periods as no one's initials: only two or three before a name", () => {
    // Arrange
    const text = 'A. B. C. D. E. F. letters';

    // Act
    const texts = tokenize(text).map((t) => t.text);

    // Assert
    expect(texts).toEqual(['A', '.', 'B', '.', 'C', '.', 'D', '.', 'E', '.', 'F.', 'letters']);
  });

  it('keeps every one of spaced initials an initial, the first as the last', () => {
    // Arrange
    const text = 'C. C. Wei, J. R. R. Tolkien and George H. W. Bush.';

    // Act
    const texts = tokenize(text).map((t) => t.text);

    // Assert
    expect(texts).toEqual([
      'C.',
      'C.',
      'Wei',
      ',',
      'J.',
      'R.',
      'R.',
      'Tolkien',
      'and',
      'George',
      'H.',
      'W.',
      'Bush',
      '.',
    ]);
  });

  it('keeps a web address ending in .com, .net or .org whole, and no other period inside a word', () => {
    const texts = tokenize(
      "Amazon.com Inc and Booking.com's owner beat Ancestry.org, not Foo.comet or end.Com.",
    ).map((t) => t.text);

    expect(texts).toEqual([
      'Amazon.com',
      'Inc',
      'and',
      "Booking.com's",
      'owner',
      'beat',
      'Ancestry.org',
      ',',
      'not',
      'Foo',
      '.',
      'comet',
      'or',
      'end',
      '.',
      'Com',
      '.',
    ]);
  });
});
