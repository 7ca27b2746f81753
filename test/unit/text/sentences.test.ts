import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstSentenceEndingAfter,
  sentenceAt,
  splitSentences,
} from '../../../functions/core/text/sentences.js';
import { tokenize } from '../../../functions/core/text/tokens.js';

const PIECES = [
  'Mr.',
  'Smith',
  'said',
  '.',
  'U.S.',
  'The',
  'talks',
  '\n',
  '\n\n',
  '\n  ',
  '"',
  '?',
  'it',
  ' ',
  '5.9',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(' ')),
);

describe('splitSentences', () => {
  // Readers such as the topic matcher walk sentence by sentence and rely on meeting every token once.
  it('partitions the tokens: sentences follow each other and cover every token', () => {
    fc.assert(
      fc.property(text, (s) => {
        const tokens = tokenize(s);
        const sentences = splitSentences(s, tokens);
        let next = 0;
        for (const sentence of sentences) {
          expect(sentence.firstToken).toBe(next);
          expect(sentence.endToken).toBeGreaterThan(sentence.firstToken);
          next = sentence.endToken;
        }
        expect(next).toBe(tokens.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('ends a sentence at a blank line and at a period before a capital, not inside "U.S."', () => {
    const s = 'TRADE TALKS\n\nThe U.S. team arrived. It spoke.';
    expect(splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end))).toEqual([
      'TRADE TALKS',
      'The U.S. team arrived.',
      'It spoke.',
    ]);
  });

  it('keeps a title or an initial before a capitalised name inside its sentence ("Mr. Vance", "J. Smith")', () => {
    const s = 'Talks resumed. Mr. Vance met Dr. Okafor and J. Smith in Paris. They discussed trade.';
    expect(splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end))).toEqual([
      'Talks resumed.',
      'Mr. Vance met Dr. Okafor and J. Smith in Paris.',
      'They discussed trade.',
    ]);
  });

  it('keeps initials before a surname inside the sentence ("J.D. Vance") but ends one at "D.C. The"', () => {
    const s =
      'He spoke with J.D. Vance in Washington, D.C. The talks ended. A.P. Moller said 3.3 mln. They flew to L.A. Critics in France said so.';
    expect(splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end))).toEqual([
      'He spoke with J.D. Vance in Washington, D.C.',
      'The talks ended.',
      'A.P. Moller said 3.3 mln.',
      'They flew to L.A.',
      'Critics in France said so.',
    ]);
  });
});

describe('sentenceAt', () => {
  // Rules ask "the sentence this mention stands in" many times per story: one binary search answers each.
  it('finds the sentence holding an offset, and none for offsets between or after sentences', () => {
    const text = 'Mr. Smith said. The talks ended.';
    const sentences = splitSentences(text, tokenize(text));
    const talks = text.indexOf('talks');

    expect(sentenceAt(sentences, talks)).toEqual(sentences[1]);
    expect(sentenceAt(sentences, 0)).toEqual(sentences[0]);
    expect(sentenceAt(sentences, text.indexOf(' The'))).toBeUndefined();
    expect(sentenceAt(sentences, text.length + 5)).toBeUndefined();
  });

  it('agrees with a linear scan for every offset of arbitrary text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const sentences = splitSentences(t, tokenize(t));
        for (let i = 0; i <= t.length; i++) {
          const linear = sentences.find((s) => s.start <= i && i < s.end);
          expect(sentenceAt(sentences, i)).toBe(linear);
        }
      }),
    );
  });
});

describe('the first sentence ending after an offset', () => {
  it('is the one holding the offset, or the next after a gap, as a linear search finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(400), (pieces, offset) => {
        // Arrange
        const text = pieces.join(' ');
        const sentences = splitSentences(text, tokenize(text));

        // Act
        const found = firstSentenceEndingAfter(sentences, offset);

        // Assert
        expect(found).toBe(sentences.findIndex((s) => s.end > offset));
      }),
    );
  });
});
