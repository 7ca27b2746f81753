import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe("a foreign firm that is a side of a takeover keeps its home country in a story filed from the other side's", () => {
  it('pairs the buyer abroad with the country of the firm it buys', () => {
    // Arrange
    const article = story(
      'Hitachi to buy Italian rail signalling firm',
      "ROME (Reuters) - Hitachi agreed to buy Italy's biggest rail signalling maker for 2 billion euros, the " +
        'companies said on Monday. The deal needs the approval of the industry ministry.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toContain('JP');
    expect(pairs).toContain('IT-JP');
  });

  it('pairs a government approving a foreign takeover of its firm with the buyer', () => {
    // Arrange
    const article = story(
      'Canada clears Samsung Electronics takeover of Canadian chip designer',
      "OTTAWA (Reuters) - The Canadian government on Tuesday cleared Samsung Electronics' acquisition of a " +
        'Canadian chip designer after the company agreed to keep its research jobs in the country.',
    );

    // Act
    const { pairs } = focusAndPairs(article);

    // Assert
    expect(pairs).toContain('CA-KR');
  });

  it('gives no home country for a firm abroad whose deal word is not between it and the country', () => {
    // Arrange
    const article = story(
      'Toyota cuts forecast',
      'NEW YORK (Reuters) - Toyota cut its annual profit forecast on Tuesday as U.S. tariffs on cars bite, and ' +
        'said it would buy back shares. Its shares fell 2%.',
    );

    // Act
    const codes = tagArticle(article).countries.map((c) => c.code);

    // Assert
    expect(codes).not.toContain('JP');
  });
});
