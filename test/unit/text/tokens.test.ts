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
  // Read by the scanner itself (tokens.ts WIDE): quotes, dashes, Latin letters and the odd ones among them.
  '“',
  '”',
  '‘',
  '–',
  '—',
  '…',
  '€',
  'Ł',
  'ł',
  'ı',
  'ĸ',
  'ŉ',
  'ſ',
  'Ÿ',
  'Ź',
  '×',
  '÷',
  'µ',
  'º',
  '½',
  '\u00ad',
  '\u0085',
  '\u2028',
  '\u202f',
  '\ufeff',
  '\u200b',
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

/** Every code unit the scanner classes itself outside ASCII (tokens.ts `wideClass`), and the next one of each range. */
const WIDE_UNITS = [
  ...Array.from({ length: 0x181 - 0x80 }, (_, i) => 0x80 + i),
  ...Array.from({ length: 0x2031 - 0x1fff }, (_, i) => 0x1fff + i),
  0x205f,
  0x20ac,
  0x20ad,
  0x3000,
  0xfeff,
  0x1680,
];
/** Places where a character's class decides a token: inside and after words, initials, numbers, abbreviations. */
const CONTEXTS = [
  (ch: string) => ch,
  (ch: string) => `A${ch}b`,
  (ch: string) => `word${ch}s more`,
  (ch: string) => `J. ${ch}x`,
  (ch: string) => `J. O${ch}Leary`,
  (ch: string) => `C. C. ${ch}ei and A. B. C${ch}`,
  (ch: string) => `U.S${ch}. U.${ch}.`,
  (ch: string) => `Corp.${ch}said`,
  (ch: string) => `Corp. ${ch}aid`,
  (ch: string) => `5${ch}3 and 5.${ch}`,
  (ch: string) => `Amazon.com${ch}s`,
  (ch: string) => `rock${ch}n${ch}roll`,
  (ch: string) => `${ch}${ch}Ab${ch}`,
];

describe('tokenize', () => {
  it('gives the tokens of the token pattern for each character it reads outside ASCII, in each place', () => {
    for (const unit of WIDE_UNITS) {
      for (const context of CONTEXTS) {
        // Arrange
        const s = context(String.fromCharCode(unit));

        // Act + Assert
        expect(tokenize(s), `U+${unit.toString(16)} in ${JSON.stringify(s)}`).toEqual(tokenizeWithPattern(s));
      }
    }
  });

  it('reads words with accents and typographic apostrophes and quotes as the pattern does', () => {
    // Arrange
    const s = '“We won’t stop,” said José Pérez – Łódź’s mayor – of the U.N.’s plan… Ms. Ørsted agreed.';

    // Act
    const tokens = tokenize(s);

    // Assert
    expect(tokens).toEqual(tokenizeWithPattern(s));
    expect(tokens.map((t) => t.text)).toContain('won’t');
    expect(tokens.map((t) => t.text)).toContain('Łódź’s');
  });

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
