import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (body: string) =>
  tagArticle({ title: '', body, language: 'en' }).countryPairs.map((p) => p.pair);

// Invented one-line briefs (session 61, wild60's lost pairs): a country named once is a party through an embassy,
// an office holder's arrival or a territorial claim.
describe('a country named once that a mission, an arrival or a claim makes a party', () => {
  it('links the state an embassy speaks for with the state it sits in', () => {
    // Arrange
    const speaks = 'The Brazilian embassy in Luanda said two sailors had been freed on Monday.';
    const reopened = 'Qatar reopened its embassy in Damascus last year.';
    const of = 'The embassy of Chile in Lima closed for a holiday on Friday.';

    // Act
    const pairs = [speaks, reopened, of].map(pairsOf);

    // Assert
    expect(pairs).toEqual([['AO-BR'], ['QA-SY'], ['CL-PE']]);
  });

  it("links an office holder's country with the country whose capital he arrived in, with no visit word after", () => {
    // Arrange
    const minister = "Peru's foreign minister arrived in Quito on Thursday.";
    const leader = 'Modi arrived in Colombo on Saturday.';

    // Act
    const pairs = [minister, leader].map(pairsOf);

    // Assert
    expect(pairs).toEqual([['EC-PE'], ['IN-LK']]);
  });

  it('links no country whose town an unnamed traveller arrived in', () => {
    expect(pairsOf('A Ghanaian student arrived in Toronto in 2019 and studied nursing.')).toEqual([]);
  });

  it('links a claimant with the country whose land it claims, inside a relative clause too', () => {
    // Arrange
    const relative =
      "Belize, which Guatemala claims in part, said Guatemala's claim to half of Belize's territory would go to court.";
    const which = "Argentina, which claims Britain's islands in the South Atlantic, protested on Monday.";

    // Act
    const pairs = [relative, which].map(pairsOf);

    // Assert
    expect(pairs[0]).toContain('BZ-GT');
    expect(pairs[1]).toContain('AR-GB');
  });

  it('links no host whose city an office holder arrived in to attend a body or an event seated there (review61)', () => {
    // Arrange
    const assembly = "Kenya's president arrived in New York on Monday to address the UN General Assembly.";
    const forum = "Chile's finance minister arrived in Davos for the World Economic Forum.";
    const games = "Fiji's prime minister arrived in Brisbane for the Commonwealth Games ceremony.";

    // Act
    const pairs = [assembly, forum, games].map(pairsOf);

    // Assert
    expect(pairs).toEqual([[], [], []]);
  });

  it("links no country by a claim that is no state's claim of land (review61)", () => {
    // Arrange
    const insurance =
      "Germany's insurers expect claims from the floods in Austria's Tyrol region to top $2 billion.";
    const farmers = "Growers in Portugal claimed their land in Spain's Galicia region was flooded.";

    // Act
    const pairs = [insurance, farmers].map(pairsOf);

    // Assert
    expect(pairs).toEqual([[], []]);
  });
});
