import { describe, expect, it } from 'vitest';
import { WordBits } from '../../../functions/core/entities/word-bits.js';
import { prepareField } from '../../../functions/core/text/document.js';

const lists = {
  heads: new Set(['bank', 'ministry', 'corp']),
  days: new Set(['day', 'eve']),
};

function questions() {
  const bits = new WordBits();
  const head = bits.bit((lower) => lists.heads.has(lower));
  const day = bits.bit((lower) => lists.days.has(lower));
  const hyphened = bits.bit((lower) => lower.includes('-'));
  return { bits, head, day, hyphened };
}

describe('WordBits', () => {
  it("gives each question's own answer for every token text, asked again and again by vocabulary number", () => {
    // Arrange
    const { bits, head, day, hyphened } = questions();
    const field = prepareField(
      'body',
      'The Bank said on Election Day that the bank and Anti-Graft Ministry day.',
    );
    // Act: every token asked three times, so later answers come from the memo.
    const answers = [0, 1, 2].flatMap(() =>
      field.tokens.map((t, i) => bits.of(t.text.toLowerCase(), field.wordIds[i] ?? -1)),
    );
    // Assert
    const expected = field.tokens.map((t) => {
      const lower = t.text.toLowerCase();
      return (
        (lists.heads.has(lower) ? head : 0) |
        (lists.days.has(lower) ? day : 0) |
        (lower.includes('-') ? hyphened : 0)
      );
    });
    expect(answers).toEqual([...expected, ...expected, ...expected]);
  });

  it('answers a form made up in passing (no vocabulary number) without remembering it', () => {
    const { bits, head, day } = questions();
    expect(bits.of('corp', -1)).toBe(head);
    expect(bits.of('eve', -1)).toBe(day);
    expect(bits.of('corp.', -1)).toBe(0);
  });

  it('refuses a question added after answers were given, and more than 31 questions', () => {
    const { bits } = questions();
    bits.of('bank', -1);
    expect(() => bits.bit(() => true)).toThrow();
    const many = new WordBits();
    for (let i = 0; i < 31; i++) many.bit(() => false);
    expect(() => many.bit(() => false)).toThrow();
  });
});
