import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs, focusAndPairs, story } from './focus-and-pairs.js';

// Commodity-desk briefs (wild50 C19): a buyer of goods counted by the tonne, bale or barrel, and the country the
// goods come from, named after "from" or by its people's word. Sentences written for these tests.
describe('a short purchase counted by quantity pairs the buyer with the origin', () => {
  it('pairs the buyer with the origin named after a quantity with a thousands comma', () => {
    // Arrange
    const article = story(
      'KENYA BUYS 150,000 TONNES OF MAIZE',
      'NAIROBI, May 4 - Kenya will buy 150,000 tonnes of maize from Zambia for June delivery, officials said.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['KE', 'ZM']);
    expect(pairs).toEqual(['KE-ZM']);
  });

  it('pairs the buyer with the origin after a decimal quantity', () => {
    // Act
    const found = briefFocusAndPairs('Morocco imported 1.2 mln tonnes of barley from Argentina last season.');

    // Assert
    expect(found.pairs).toEqual(['AR-MA']);
  });

  it('pairs the buyer with the country whose goods it bought, named by its people', () => {
    // Act
    const found = briefFocusAndPairs('Sri Lanka bought 40,000 tonnes of Burmese rice under a state deal.');

    // Assert
    expect(found.focus).toEqual(['LK', 'MM']);
    expect(found.pairs).toEqual(['LK-MM']);
  });

  it('pairs a tendering buyer with the origin of the goods it tenders for', () => {
    // Act
    const found = briefFocusAndPairs(
      'Jordan will tender next week for 30,000 tonnes of soyoil from Brazil, traders said.',
    );

    // Assert
    expect(found.pairs).toEqual(['BR-JO']);
  });

  it('keeps the origin after "mostly from"', () => {
    // Act
    const found = briefFocusAndPairs(
      'Peru will import 300,000 tonnes of sugar this year, mostly from Colombia.',
    );

    // Assert
    expect(found.pairs).toEqual(['CO-PE']);
  });

  it('does not pair a country people were rescued from', () => {
    // Act
    const found = briefFocusAndPairs('Greek coast guards rescued 1,200 people from Turkey on Sunday.');

    // Assert
    expect(found.pairs).toEqual([]);
  });
});
