import { describe, expect, it } from 'vitest';
import { titleMentionsOf } from '../../../functions/core/countries/headline-clauses.js';
import { tagArticle } from '../../../functions/core/tag.js';

describe('titleMentionsOf', () => {
  it('lists the headline mentions of each country in the order of the countries, none of the body', () => {
    // Arrange
    const result = tagArticle({
      title: 'China and Japan hold talks as US watches',
      body: 'TOKYO (Reuters) - Japan and China held talks on Monday. The United States and Japan are allies.',
    });

    // Act
    const mentions = titleMentionsOf(result.countries);

    // Assert
    const expected = result.countries.flatMap((c) =>
      c.mentions
        .filter((m) => m.field === 'title')
        .map((m) => ({ code: c.code, start: m.start, end: m.end, text: m.text })),
    );
    expect(mentions).toEqual(expected);
    expect(mentions.map((m) => m.text).sort()).toEqual(['China', 'Japan', 'US']);
  });

  it('is empty when no country is named in the headline', () => {
    // Arrange
    const result = tagArticle({ title: 'Markets rise', body: 'Shares in France and Germany rose.' });

    // Act
    const mentions = titleMentionsOf(result.countries);

    // Assert
    expect(result.countries.length).toBeGreaterThan(0);
    expect(mentions).toEqual([]);
  });
});
