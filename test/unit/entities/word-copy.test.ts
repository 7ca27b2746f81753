import { describe, expect, it } from 'vitest';
import { toWord } from '../../../functions/core/entities/chunk.js';
import { wordWith } from '../../../functions/core/entities/word-copy.js';

describe('a copy of a word with some fields changed', () => {
  it('changes the fields given and keeps every other one', () => {
    // Arrange
    const word = toWord({ text: 'FTSE', start: 4, end: 8 }, 1, 0, 0, false, false);

    // Act
    const number = wordWith(word, {
      index: 2,
      core: '100',
      lower: '100',
      start: 9,
      end: 12,
      possessive: false,
    });

    // Assert
    expect(number).toEqual({
      ...word,
      index: 2,
      core: '100',
      lower: '100',
      start: 9,
      end: 12,
      possessive: false,
    });
    expect(word.core).toBe('FTSE');
  });

  it("keeps toWord's field order, so copies share the shape of words", () => {
    // Arrange
    const word = toWord({ text: "Reuters'", start: 0, end: 8 }, 0, 0, 0, false, true);

    // Act
    const copy = wordWith(word, { end: 9, initial: false });

    // Assert
    expect(Object.keys(copy)).toEqual(Object.keys(word));
    expect(copy.initial).toBe(false);
  });
});
