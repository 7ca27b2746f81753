import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Silicon Valley's towns (wild49 C1) and a column about two to four countries named equally (wild49 C7), places49.
// Sentences written for these tests.
const read = (title: string, body: string) => {
  const r = tagArticle({ id: 'tech', title, body });
  return {
    focus: r.countries
      .filter((c) => c.focus !== false)
      .map((c) => c.code)
      .sort(),
    pairs: r.countryPairs.map((p) => p.pair),
  };
};

describe("Silicon Valley's towns", () => {
  it('places a tech story in its towns, and its namesake cities with them', () => {
    // Act
    const events = read(
      '',
      'Apple unveiled a phone at its Cupertino headquarters. Google held an event in Mountain View.',
    );
    const sanJose = read(
      '',
      'The network firm, based in San Jose, beat forecasts. Its rival in Palo Alto did too.',
    );

    // Assert
    expect(events.focus).toEqual(['US']);
    expect(sanJose.focus).toEqual(['US']);
  });

  it("keeps a bare San Jose Costa Rica's", () => {
    // Act
    const found = read('Costa Rica votes', 'SAN JOSE (Reuters) - Voters went to the polls on Sunday.');

    // Assert
    expect(found.focus).toEqual(['CR']);
  });
});

describe('a column about countries named equally', () => {
  it('puts two to four countries tied at the top, each named twice, in focus and pairs them', () => {
    // Act
    const found = read(
      "Europe's defence spending won't buy security",
      "The union's pledge to spend more on defence sounds bold. But unless Berlin, Paris and Warsaw pool orders, " +
        "the money will be wasted. Germany's chancellor understands this; France's president says he does. " +
        "Poland's prime minister has other ideas.",
    );

    // Assert
    expect(found.focus).toEqual(['DE', 'FR', 'PL']);
    expect(found.pairs).toEqual(expect.arrayContaining(['DE-FR', 'DE-PL', 'FR-PL']));
  });

  it('leaves two countries named once each out of focus', () => {
    // Act
    const found = read(
      'Commodity prices rise',
      'Demand in China and India pushed prices higher. Traders said supply was tight.',
    );

    // Assert
    expect(found.focus).toEqual([]);
  });
});
