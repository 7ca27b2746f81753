import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

describe('two countries that speak of themselves in a short story filed from a third', () => {
  it('puts both speakers in focus, as "X said it …" does one', () => {
    // Arrange
    const article = {
      body:
        'SINGAPORE (Reuters) - Indonesia and Malaysia said on Friday they would jointly fight curbs on ' +
        'palm oil imports.',
    };

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['ID', 'MY', 'SG']);
    expect(pairs).toContain('ID-MY');
  });

  it('leaves two speakers out when the reported clause is about someone else', () => {
    const article = {
      body:
        'SINGAPORE (Reuters) - Indonesia and Malaysia said on Friday that the new rules on palm oil were ' +
        'unfair to small farmers.',
    };

    const { focus } = focusAndPairs(article);

    expect(focus).toEqual(['SG']);
  });
});
