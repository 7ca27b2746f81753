import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('a canal named after its country', () => {
  it('reads "the Panama Canal" as Panama, which pairs with the country acting on it', () => {
    // Arrange
    const article = {
      title: 'Trump vows to take back the Panama Canal',
      body:
        'WASHINGTON (Reuters) - President Donald Trump said on Sunday the United States would take back the ' +
        'Panama Canal, accusing its operators of charging U.S. ships unfair fees. Canal officials rejected ' +
        'the claim.',
      language: 'en',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['PA', 'US']);
    expect(pairs).toEqual(['PA-US']);
  });

  it('still reads a country word before another capitalised word as part of a name', () => {
    // Arrange
    const article = {
      title: 'Jordan Spieth wins in Texas',
      body: 'DALLAS (Reuters) - Jordan Spieth won the tournament by two strokes on Sunday.',
      language: 'en',
    };

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['US']);
  });
});
