import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// A people's word that names a tongue, a dish or a role is no people acted on (read51 R12: "Putin speaks German
// fluently" paired Germany with Russia). Sentences written for these tests.
describe("a people's word naming a tongue, a cuisine or a role", () => {
  it('reads the tongue a leader speaks with an adverb after it as no country', () => {
    // Act
    const fluently = briefFocusAndPairs('Erdogan speaks German fluently, his office said.');
    const well = briefFocusAndPairs('Macron speaks English well.');

    // Assert
    expect(fluently.pairs).toEqual([]);
    expect(fluently.focus).toEqual(['TR']);
    expect(well.focus).toEqual(['FR']);
  });

  it("pairs no chef's people with the cuisine of the restaurant he opens", () => {
    // Act
    const found = briefFocusAndPairs('A Spanish chef opens Korean restaurant in Lisbon.');

    // Assert
    expect(found.pairs).toEqual([]);
  });

  it('pairs no actor with the people of the part he plays', () => {
    // Act
    const found = briefFocusAndPairs('A Canadian actor plays a Mexican drug lord in the series.');

    // Assert
    expect(found.pairs).toEqual([]);
  });

  it('still pairs a court with the people it sentences', () => {
    // Act
    const found = briefFocusAndPairs('A Turkish court sentenced a Swedish reporter to five years.');

    // Assert
    expect(found.pairs).toEqual(['SE-TR']);
  });
});
