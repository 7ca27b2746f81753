import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const scoresOf = (title: string, body: string) =>
  new Map(tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => [p.pair, p.score]));

describe('a round-up sets its countries side by side', () => {
  it('keeps the pairs of a round-up naming each country once at the list cap', () => {
    // Arrange: six markets named once each, two to a sentence.
    const scores = scoresOf(
      'Phone sales slow',
      'LONDON, Dec 5 (Reuters) - Global phone sales slowed in November. Sales fell in Germany and France. ' +
        'They rose in Japan and South Korea. They were flat in Brazil and Mexico.',
    );

    // Act
    const top = Math.max(...scores.values());

    // Assert: all 15 pairs of the six are kept (agencies index a round-up whole), none above the list cap.
    expect(scores.get('DE-FR')).toBeDefined();
    expect(scores.get('BR-JP')).toBeDefined();
    expect(top).toBeLessThanOrEqual(0.3);
  });

  it('still ranks a deal two of the round-up signed above the list cap', () => {
    // Arrange
    const scores = scoresOf(
      'Gold demand',
      'LONDON, Dec 5 (Reuters) - Central banks bought more gold in the third quarter. Demand rose in Poland and ' +
        'Turkey. Jewellery demand fell in India and China. Investors in Switzerland and Germany sold bars. ' +
        'Egypt and Jordan signed a gold swap agreement.',
    );

    // Act
    const deal = scores.get('EG-JO');

    // Assert
    expect(deal).toBeGreaterThan(0.3);
    expect(scores.get('CH-DE')).toBeLessThanOrEqual(0.3);
  });
});

describe('a country named only as one more member of a list', () => {
  it('links members named only in the list to the story\u2019s countries at the list cap', () => {
    // Arrange
    const scores = scoresOf(
      'Oil producers agree bigger output rise',
      'DUBAI, Nov 2 (Reuters) - Eight producers led by Saudi Arabia and Russia agreed on Sunday to raise oil ' +
        'output in December and to pause increases in the first quarter.\n\nThe group, which also includes Iraq, ' +
        'Kuwait, Algeria and Oman, has now unwound most of the cuts it made since 2022. Saudi Energy Minister ' +
        'Prince Faisal said the group was regaining market share.\n\nRussian Deputy Prime Minister Pavel Orlov ' +
        'said the market could absorb the extra barrels. Saudi Arabia pumped 9.8 million barrels a day in October.',
    );

    // Act
    const listed = ['IQ-SA', 'KW-SA', 'DZ-SA', 'OM-SA'].map((p) => scores.get(p) ?? 0);

    // Assert
    expect(scores.get('RU-SA')).toBeGreaterThan(0.3);
    expect(Math.max(...listed)).toBeLessThanOrEqual(0.3);
  });
});
