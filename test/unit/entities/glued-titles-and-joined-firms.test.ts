import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a title glued before a name', () => {
  it('after a city is no part of a three-word name the lists know only in part', () => {
    // Arrange
    const body =
      'ATLANTA - The campaign was joined on Tuesday by former Atlanta Mayor Tameka Lance Bottoms, who spoke first. Bottoms said she would stay until the vote.';

    // Act
    const found = mentionsOf(body);

    // Assert
    expect(found).toContain('person:tameka-lance-bottoms: Tameka Lance Bottoms | Bottoms');
  });

  it('written as an "Ex-" word before a given name is no part of the name', () => {
    const body =
      'NEW YORK - Ex-Yankee Randy Colburn hit his 11th homer of the season on Friday. Colburn said he was happy.';

    expect(mentionsOf(body)).toContain('person:randy-colburn: Randy Colburn | Colburn');
  });
});

describe('two firms joined by "and"', () => {
  it('are two when the second is named after its founders', () => {
    const body =
      'TORONTO - Dominion Securities and Wood Gundy Inc. led the issue of 200 mln dlrs of notes, the underwriters said.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:dominion-securities: Dominion Securities');
    expect(found).toContain('organization:wood-gundy: Wood Gundy Inc.');
  });

  it('are two when the first is a listed firm closed by its head word', () => {
    const body =
      'LONDON - Standard Chartered Bank and Union Bancorp agreed to merge their card units, the banks said.';

    const found = mentionsOf(body);

    expect(found).toContain('organization:union-bancorp: Union Bancorp');
    expect(found.some((line) => line.includes('Standard Chartered Bank and'))).toBe(false);
  });
});

describe('a party named after two regions joined by "and"', () => {
  it('is one name', () => {
    const body = 'PRAGUE - The Communist Party of Bohemia and Moravia won 15 percent of the vote on Sunday.';

    expect(mentionsOf(body)).toContain(
      'organization:communist-party-of-bohemia-and-moravia: Communist Party of Bohemia and Moravia',
    );
  });
});

describe('a firm named in another firm’s possessive', () => {
  it('ends at the owner’s legal form', () => {
    const body =
      "CHICAGO - First Chicago Corp's First National Bank of Chicago raised its prime rate to 8.5 pct from 8 pct, effective tomorrow.";

    const found = mentionsOf(body);

    expect(found).toContain('organization:first-chicago: First Chicago Corp');
    expect(found).toContain('organization:first-national-bank-of-chicago: First National Bank of Chicago');
  });

  it('still runs on over a possessive inside one firm’s name', () => {
    const body = "NEW YORK - Moody's Investors Service Inc cut the company's debt rating on Monday.";

    expect(entityWith(body, "Moody's Investors Service Inc")).toBe(
      "organization:moodys-investors-service: Moody's Investors Service Inc",
    );
  });

  it('is one body when "Nation" leads its name', () => {
    const body =
      "CHICAGO - Farrakhan's Nation of Islam organised the rally on Saturday, and Louis Farrakhan spoke for two hours.";

    const found = mentionsOf(body);

    expect(found).toContain('organization:nation-of-islam: Nation of Islam');
    expect(found).toContain('person:louis-farrakhan: Farrakhan | Louis Farrakhan');
  });
});

describe('a town that opens an exchange’s name', () => {
  it('stays the town where the story writes it as one', () => {
    const body =
      'LONDON - Traders in London said copper prices on the London Metal Exchange rose on Monday. Stocks fell.';

    expect(entityWith(body, 'London')).toMatch(/^place:geonames:\d+: LONDON \| London$/);
    expect(entityWith(body, 'London Metal Exchange')).toBe(
      'organization:london-metal-exchange: London Metal Exchange',
    );
  });
});
