import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// read38 ★10 on ef6cce19: a capital before "said" was always its government, even a surname or a firm sharing the
// capital's name. It is its government when what it says names another state's seat, and never when the report
// takes it up as a person ("he", "his").
function tag(title: string, body: string): { countries: string[]; pairs: string[] } {
  const result = tagArticle({ title, body });
  return {
    countries: result.countries.map((c) => `${c.code}${c.focus ? '*' : ''}`).sort(),
    pairs: result.countryPairs.map((p) => p.pair),
  };
}

describe('a capital-named speaker that is a person or a firm', () => {
  it('leaves a surname in the headline out when the body names a person of another country', () => {
    // Arrange
    const body =
      "The Italian lawmaker, who leads the opposition in the Senate, said Rome's budget relied on one-off measures.";

    // Act
    const { countries, pairs } = tag('Colombo said the plan was unworkable', body);

    // Assert
    expect(countries).toEqual(['IT*']);
    expect(pairs).toEqual([]);
  });

  it('leaves a firm named like a capital out of a business story', () => {
    const body =
      "The memory maker's chief financial officer told analysts in California that prices would rise.";

    const { countries } = tag('Kingston said the deal was fair', body);

    expect(countries).toEqual(['US*']);
  });

  it('pairs no country with a speaker the report calls "he"', () => {
    const body =
      'Santiago said he would step down after the Senate hearing in Manila, where lawmakers grilled him on ' +
      'flood-control contracts.';

    const { countries, pairs } = tag('Police chief quits over Manila flood probe', body);

    expect(countries).toEqual(['CL', 'PH*']);
    expect(pairs).toEqual([]);
  });

  it('keeps a capital that speaks of itself as "it" as its government', () => {
    const body =
      'The two neighbours have argued over the seabed for decades. Athens says it regards the deal as void.';

    const { countries } = tag('Aegean talks stall', body);

    expect(countries).toEqual(['GR*']);
  });
});
