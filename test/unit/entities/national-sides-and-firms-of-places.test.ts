import { describe, expect, it } from 'vitest';
import { entitiesOf, mentionsOf, typesOf } from './entities-of.js';

describe('a national side named by its nickname', () => {
  it('reads "The All Blacks" opening a sentence as the team, whole', () => {
    // Arrange
    const body = 'South Africa won 24-17 in Durban. The All Blacks led at half-time but faded late on.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('All Blacks')).toEqual(['organization']);
    expect(types.has('Blacks')).toBe(false);
  });

  it('joins the singular and the headline in capitals to the team', () => {
    const title = 'SPRINGBOKS BEAT ALL BLACKS IN DURBAN';
    const body = 'All Black hooker Codie Taylor was sent off as the All Blacks lost in Durban on Saturday.';

    expect(mentionsOf(body, title)).toContain('organization:all-blacks: ALL BLACKS | All Black | All Blacks');
  });

  it('reads a nickname of two ordinary words as the team', () => {
    const body = 'New Zealand won the final in London. The Black Ferns scored six tries in the second half.';

    expect(typesOf(entitiesOf(body)).get('Black Ferns')).toEqual(['organization']);
  });

  it('passes over a nickname run into the word before it and finds the next one', () => {
    // Arrange: "BOKS" ends "SPRINGBOKS", and "All Blacks" follows a hyphen, as no side is written.
    const body = 'The SPRINGBOKS fans at the Blue-All Blacks bar cheered as the All Blacks lost to Ireland.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('SPRINGBOKS')).toEqual(['organization']);
    expect(types.get('All Blacks')).toEqual(['organization']);
    expect(types.has('BOKS')).toBe(false);
    expect(entitiesOf(body).flatMap((e) => e.mentions.filter((m) => m.text === 'All Blacks'))).toHaveLength(
      1,
    );
  });

  it('leaves words that only hold a nickname alone', () => {
    const body = 'The Black Starsky gallery in Accra opened a show of new work on Friday.';

    expect(typesOf(entitiesOf(body)).has('Black Stars')).toBe(false);
  });
});

describe('a firm named with a place after "of" and a legal form', () => {
  it('reads "Gold Fields of South Africa Ltd" as one firm', () => {
    const body = 'Mine managers Gold Fields of South Africa Ltd said on Friday that the talks had failed.';

    expect(typesOf(entitiesOf(body)).get('Gold Fields of South Africa Ltd')).toEqual(['organization']);
  });

  it('joins a one-word first part a rule typed as a firm', () => {
    const body = 'The lender First of Long Island Corp cut its dividend by a third on Monday.';

    expect(typesOf(entitiesOf(body)).get('First of Long Island Corp')).toEqual(['organization']);
  });

  it('keeps a person apart from the firm he works for', () => {
    const body = 'Analyst John Whitcombe of Pacific Rim Securities Ltd said the shares were cheap.';

    expect(typesOf(entitiesOf(body)).get('John Whitcombe')).toEqual(['person']);
  });

  it('does not join an ordinary word that opens the sentence', () => {
    const body = 'Markets were calm. Shares of Bank of Nova Scotia Ltd rose 2 percent in Toronto.';

    expect(typesOf(entitiesOf(body)).has('Shares of Bank of Nova Scotia Ltd')).toBe(false);
  });

  it('does not reach back over a sentence end for the first part', () => {
    // Arrange
    const body = 'The benchmark index ended firmer on Thursday. Stakes of Marlin Copper Ltd climbed 6%.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Marlin Copper Ltd')).toEqual(['organization']);
    expect([...types.keys()].some((name) => name.includes('Thursday'))).toBe(false);
  });

  it('keeps the firm after a city that ends the sentence before', () => {
    const body = 'The minister spoke to reporters in Perth. Shares of Tidewater Freight Ltd rose 12 percent.';

    expect(typesOf(entitiesOf(body)).get('Tidewater Freight Ltd')).toEqual(['organization']);
  });

  it("does not join an ordinary word that follows a dateline's dash", () => {
    const body = 'OSLO \u2014 Shares of Tidewater Freight Ltd rose 12 percent on Tuesday after the results.';

    expect(typesOf(entitiesOf(body)).get('Tidewater Freight Ltd')).toEqual(['organization']);
  });

  it('keeps initials inside the first part', () => {
    const body = 'Analysts at J.P. Morgan of New York Inc were upbeat about the quarter.';

    expect(typesOf(entitiesOf(body)).get('J.P. Morgan of New York Inc')).toEqual(['organization']);
  });
});
