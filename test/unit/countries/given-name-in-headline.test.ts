import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// A person whose given name is a country's ("Kenya Moore", "China Anne McClain") named in the headline as in
// the body: the headline word is the person too. Sentences written for these tests.
describe('a country word as a given name in the headline', () => {
  it('does not put the country in focus when the story names only the person', () => {
    // Arrange
    const article = {
      id: 'given-name-headline',
      title: 'Kenya Moore slams co-star',
      body: 'Reality star Kenya Moore hit back at her co-star on Instagram. Kenya Moore said she was hurt.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(result.countries.map((c) => c.code)).not.toContain('KE');
  });

  it('keeps the country the story also names as a place', () => {
    // Arrange
    const article = {
      id: 'given-name-headline-place',
      title: 'Kenya Moore visits Kenya',
      body: 'Kenya Moore flew to Nairobi on Tuesday. The reality star met fans across Kenya.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(result.countries.find((c) => c.code === 'KE')?.focus).toBe(true);
  });
});
