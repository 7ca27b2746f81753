import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a state firm another country deals with stands for its home country wherever the story was filed', () => {
  it("pairs the country that signs a deal with a state nuclear firm with the firm's home", () => {
    // Arrange
    const article = story(
      'Tajikistan signs Rosatom deal for a nuclear plant',
      'DUSHANBE, May 12 (Reuters) - Tajikistan signed a deal with Rosatom on Monday to build a small nuclear ' +
        'power plant in the north of the country. President Emomali Rahmon said the plant would be ready by 2034.',
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).toContain('RU-TJ');
  });

  it('pairs a state firm set to work in the country filed from', () => {
    // Arrange
    const article = story(
      'Bulgarian nuclear unit gets go-ahead',
      'SOFIA, Feb 5 (Reuters) - Rosatom began pouring concrete for the new unit at the Belene plant in Bulgaria ' +
        'on Wednesday, the energy minister said.',
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).toContain('BG-RU');
  });

  it('gives no home country for a state firm abroad that only reports its own business', () => {
    // Arrange
    const article = story(
      'Oil output steady',
      'LONDON, March 3 (Reuters) - Petrobras said its oil output was steady in February at 2.8 million barrels ' +
        'per day, in line with its forecast.',
    );

    // Act
    const codes = tagArticle(article).countries.map((c) => c.code);

    // Assert
    expect(codes).not.toContain('BR');
  });
});
