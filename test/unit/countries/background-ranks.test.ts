import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const MORE =
  '\nThe announcement came after weeks of speculation. Officials declined to give further details. ' +
  'More information is expected later this week.';

const pairsOf = (title: string, body: string) =>
  tagStory({ title, dateline: 'WARSAW', body }).countryPairs.map((p) => p.pair);

describe("a headline's closing-clause country ranks below the sides' pair", () => {
  it('ranks a pair of the leaving states first, and keeps the pair with the background country', () => {
    // Arrange
    const title = 'Poland and Baltic states to leave landmine treaty amid Russia threat';
    const body =
      'WARSAW (Reuters) - Poland, Lithuania, Latvia and Estonia said on Tuesday they would withdraw from the ' +
      'Ottawa Convention banning anti-personnel landmines, citing the military threat from Russia and Belarus.' +
      MORE;

    // Act
    const pairs = pairsOf(title, body);

    // Assert
    expect(pairs[0]).toMatch(/^(?:EE|LT|LV)-PL$/);
    expect(pairs).toContain('PL-RU');
  });

  it('keeps the pair with a closing-clause country first when the headline names one party alone', () => {
    const pairs = pairsOf(
      'Poland to double size of army amid Russia threat',
      'WARSAW (Reuters) - Poland will double the size of its army to 300,000 soldiers, the defence minister said ' +
        'on Tuesday, citing the military threat from Russia.' +
        MORE,
    );

    expect(pairs[0]).toBe('PL-RU');
  });
});
