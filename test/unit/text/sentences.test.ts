import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../functions/core/text/sentences.js';
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
