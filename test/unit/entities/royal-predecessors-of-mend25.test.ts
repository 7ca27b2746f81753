import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe("a royal style's present holder and a predecessor named in the same story", () => {
  it('are two people', () => {
    // Arrange
    const princess =
      'The Princess of Wales wore a sapphire necklace that belonged to Princess Diana at the state banquet on ' +
      'Tuesday. Diana wore the necklace in 1985. The Princess of Wales greeted the president.';
    const prince =
      'The Prince of Wales opened a hospital ward named after Prince Charles, who held the title for 64 years ' +
      'before becoming king. Charles had raised money for the ward.';

    // Act
    const diana = entityWith(princess, 'Diana');
    const charles = entityWith(prince, 'Charles');

    // Assert
    expect(diana).not.toContain('Princess of Wales');
    expect(charles).not.toContain('Prince of Wales');
  });
});
