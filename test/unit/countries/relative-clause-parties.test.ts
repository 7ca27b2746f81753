import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const pairsOf = (body: string) =>
  tagStory({
    title: "Argentina's Milei meets Trump at Mar-a-Lago",
    dateline: 'BUENOS AIRES',
    body,
  }).countryPairs.map((p) => p.pair);

const LEAD =
  'BUENOS AIRES (AP) \u2014 Argentine President Javier Milei met U.S. President Donald Trump at his Mar-a-Lago ' +
  'resort in Florida on Saturday, seeking support for a new loan from the International Monetary Fund.\n';

describe('a country inside a relative clause is no party to what the main clause says', () => {
  it('does not pair the country a visit goes to with one named inside a closed ", who" clause', () => {
    // Arrange
    const body = `${LEAD}Milei, who has courted investors from Israel and the United States, is due to visit Spain next week.`;

    // Act
    const pairs = pairsOf(body);

    // Assert
    expect(pairs).toEqual(['AR-US']);
  });

  it('still pairs the country that visits with the one it visits', () => {
    const pairs = pairsOf(`${LEAD}The United States is due to visit Spain next week, Milei said.`);

    expect(pairs).toContain('ES-US');
  });
});
