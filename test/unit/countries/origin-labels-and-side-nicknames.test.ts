import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const read = (title: string, body: string) => {
  const result = tagArticle({ title, body, language: 'en' });
  return {
    countries: result.countries.map((c) => `${c.code}${c.focus ? '*' : ''}`),
    pairs: result.countryPairs.map((p) => p.pair),
  };
};

// Invented stories (session 61, wild60).
describe("a ship's flag of registry named in the headline", () => {
  it('leaves the flag state out of focus and unpaired, as the body alone does', () => {
    // Arrange
    const title = 'Pirates board Marshall Islands-flagged tanker off Somalia';
    const body =
      'MOGADISHU — Somali pirates boarded the Marshall Islands-flagged tanker Coral Dawn off the coast of Puntland on Wednesday, officials said.';

    // Act
    const tagged = read(title, body);

    // Assert
    expect(tagged.countries).toContain('SO*');
    expect(tagged.countries).toContain('MH');
    expect(tagged.pairs).toEqual([]);
  });

  it('keeps the flag state a side where the body names it otherwise', () => {
    // Arrange
    const title = 'Malta-flagged ferry runs aground off Sicily';
    const body =
      "A ferry registered in Malta ran aground off Sicily on Sunday. Malta's transport authority said it had opened an inquiry.";

    // Act
    const tagged = read(title, body);

    // Assert
    expect(tagged.countries).toContain('MT*');
  });
});

describe("a person's birthplace named in the headline (review61)", () => {
  it('leaves the birthplace a side of a brief set in another country', () => {
    // Arrange
    const title = 'Ghanaian-born midwife honoured';
    const body =
      'A Ghanaian-born midwife at a clinic in Rotterdam has been honoured for thirty years of work with refugees.';

    // Act
    const tagged = read(title, body);

    // Assert
    expect(tagged.countries).toEqual(['NL*', 'GH']);
  });
});

describe('a national side named in the headline by its nickname', () => {
  it("names the side's country, so its opponent is not the only side in focus", () => {
    // Arrange
    const title = 'Reggae Girlz stun Panama in qualifier';
    const body = 'The Reggae Girlz beat Panama 2-1 in a World Cup qualifier in Panama City on Friday night.';

    // Act
    const tagged = read(title, body);

    // Assert
    expect(tagged.countries.filter((c) => c.endsWith('*')).sort()).toEqual(['JM*', 'PA*']);
    expect(tagged.pairs).toEqual(['JM-PA']);
  });
});
