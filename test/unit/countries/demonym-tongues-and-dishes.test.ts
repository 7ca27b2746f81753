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

  it('still pairs a court that serves or studies, and a team that plays, with the people acted on (read52 R10)', () => {
    // Act
    const served = briefFocusAndPairs('A Greek court served a Dutch skipper with a deportation order.');
    const studied = briefFocusAndPairs("A Kenyan court studied the Belgian pilot's appeal for a month.");
    const played = briefFocusAndPairs('The Brazilian team played Argentine side Boca in a friendly.');

    // Assert
    expect(served.pairs).toEqual(['GR-NL']);
    expect(studied.pairs).toEqual(['BE-KE']);
    expect(played.pairs).toEqual(['AR-BR']);
  });
});
