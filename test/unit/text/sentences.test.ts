import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstSentenceEndingAfter,
  roughSentenceEnd,
  sentenceAt,
  sentenceOrFieldAt,
  sentenceTextAt,
  sentenceTextOf,
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
/** Chinese, Japanese and Hindi pieces, written without spaces as those scripts (or the danda) join them. */
const UNSPACED_PIECES = [
  '\u4e2d\u7f8e',
  '\u3002',
  '\uff01',
  '\uff1f',
  '\u300d',
  '\u0964',
  '\u0965',
  ' ',
  '\u092d\u093e\u0930\u0924',
  '\n\n',
];
const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...UNSPACED_PIECES, ...PIECES), { maxLength: 60 }).map((p) => p.join('')),
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

  it('ends sentences at the ideographic full stop, full-width marks and the danda, with no space or capital after', () => {
    // Arrange: a Chinese paragraph, a Japanese quote closed after its full stop, a Hindi paragraph.
    const chinese = '\u4e2d\u7f8e\u4f1a\u8c08\u3002\u53cc\u65b9\u540c\u610f\uff01\u65e5\u672c\uff1f';
    const japanese = '\u300c\u65e5\u672c\u3060\u3002\u300d\u3068\u8ff0\u3079\u305f\u3002';
    const hindi =
      '\u092d\u093e\u0930\u0924 \u0906\u092f\u093e\u0964 \u091a\u0940\u0928 \u0917\u092f\u093e\u0965';
    const parts = (s: string) => splitSentences(s, tokenize(s)).map((x) => s.slice(x.start, x.end));

    // Act / Assert
    expect(parts(chinese)).toEqual([
      '\u4e2d\u7f8e\u4f1a\u8c08\u3002',
      '\u53cc\u65b9\u540c\u610f\uff01',
      '\u65e5\u672c\uff1f',
    ]);
    expect(parts(japanese)).toEqual([
      '\u300c\u65e5\u672c\u3060\u3002\u300d',
      '\u3068\u8ff0\u3079\u305f\u3002',
    ]);
    expect(parts(hindi)).toEqual([
      '\u092d\u093e\u0930\u0924 \u0906\u092f\u093e\u0964',
      '\u091a\u0940\u0928 \u0917\u092f\u093e\u0965',
    ]);
  });

  it('ends a sentence at a period before a letter of a script without capitals (Korean, Arabic)', () => {
    // Arrange
    const korean =
      '\ud55c\uad6d\uc774 \ud569\uc758\ud588\ub2e4. \ubbf8\uad6d\uc740 \ubc18\ub300\ud588\ub2e4.';

    // Act
    const parts = splitSentences(korean, tokenize(korean)).map((x) => korean.slice(x.start, x.end));

    // Assert
    expect(parts).toEqual([
      '\ud55c\uad6d\uc774 \ud569\uc758\ud588\ub2e4.',
      '\ubbf8\uad6d\uc740 \ubc18\ub300\ud588\ub2e4.',
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

describe("the text of the sentence at an offset, for the rules that read what a mention's sentence says", () => {
  it('is the text of the sentence holding the offset, and none between or after sentences', () => {
    // Arrange
    const text = 'Mr. Smith said. The talks ended.';
    const field = { text, sentences: splitSentences(text, tokenize(text)) };

    // Act
    const atTalks = sentenceTextAt(field, text.indexOf('talks'));
    const atSmith = sentenceTextAt(field, text.indexOf('Smith'));
    const between = sentenceTextAt(field, text.indexOf(' The'));
    const after = sentenceTextAt(field, text.length + 5);

    // Assert
    expect(atTalks).toBe('The talks ended.');
    expect(atSmith).toBe('Mr. Smith said.');
    expect(between).toBeUndefined();
    expect(after).toBeUndefined();
  });

  it("gives the sentence's bounds, or the whole field's where no sentence holds the offset", () => {
    // Arrange
    const text = 'Mr. Smith said. The talks ended.';
    const field = { text, sentences: splitSentences(text, tokenize(text)) };

    // Act
    const atTalks = sentenceOrFieldAt(field, text.indexOf('talks'));
    const between = sentenceOrFieldAt(field, text.indexOf(' The'));

    // Assert
    expect(text.slice(atTalks.start, atTalks.end)).toBe('The talks ended.');
    expect(between).toEqual({ start: 0, end: text.length });
  });

  it('agrees with sentenceAt for every offset of arbitrary text', () => {
    fc.assert(
      fc.property(text, (t) => {
        // Arrange
        const field = { text: t, sentences: splitSentences(t, tokenize(t)) };

        for (let i = 0; i <= t.length; i++) {
          // Act
          const s = sentenceAt(field.sentences, i);

          // Assert
          expect(sentenceTextAt(field, i)).toBe(s && t.slice(s.start, s.end));
          expect(sentenceOrFieldAt(field, i)).toEqual(s ?? { start: 0, end: t.length });
        }
      }),
    );
  });
});

describe('the text of a sentence by its index, for the rules that read the lead and the sentence after it', () => {
  it("is the sentence's text, and '' for an index the field has no sentence at", () => {
    // Arrange
    const text = 'Mr. Smith said. The talks ended.';
    const field = { text, sentences: splitSentences(text, tokenize(text)) };

    // Act
    const texts = [0, 1, 2, -1].map((index) => sentenceTextOf(field, index));

    // Assert
    expect(texts).toEqual(['Mr. Smith said.', 'The talks ended.', '', '']);
  });
});

describe("a rough read of a sentence's end in raw text, for the rules that read a string", () => {
  it('ends just after the first full stop, "!" or "?" before white space or the end, an abbreviation\'s too', () => {
    // Arrange
    const text = 'Crowds gathered outside the U.S. embassy. Police watched!';

    // Act
    const ends = [0, 33, 42].map((from) => roughSentenceEnd(text, from));

    // Assert
    expect(ends.map((end) => text.slice(0, end))).toEqual([
      'Crowds gathered outside the U.S.',
      'Crowds gathered outside the U.S. embassy.',
      text,
    ]);
  });

  it('ends at a blank line only when asked, never at a single line break', () => {
    // Arrange
    const text = 'Stocks of wheat\nwere high\n\nPrices fell';

    // Act
    const plain = roughSentenceEnd(text, 0);
    const paragraphs = roughSentenceEnd(text, 0, { blankLines: true });

    // Assert
    expect([plain, paragraphs]).toEqual([text.length, 'Stocks of wheat\nwere high\n'.length]);
  });

  it('reads no further than 400 characters on, nor past the end of the text', () => {
    // Arrange
    const text = 'a '.repeat(300);

    // Act
    const ends = [0, 500, 700].map((from) => roughSentenceEnd(text, from));

    // Assert
    expect(ends).toEqual([400, 600, 600]);
  });
});
