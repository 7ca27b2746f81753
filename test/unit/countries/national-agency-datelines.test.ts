import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const datelineOf = (body: string) => tagStory({ title: 'Local news', body }).dateline?.countryCode;

// Invented agency copy (session 57, focus57): a national agency's credit settles a dateline town of two countries.
describe('a dateline town credited to a national agency', () => {
  it("is the agency's home town when its home has a town of that name", () => {
    // Arrange
    const body = 'HYDERABAD, Dec 9 (APP): The provincial government announced a relief package for farmers.';

    // Act
    const code = datelineOf(body);

    // Assert
    expect(code).toBe('PK');
  });

  it('stays the town the name reads as when the agency files from abroad', () => {
    expect(
      datelineOf('WASHINGTON, Dec 9 (PTI) Officials of the two countries held trade talks on Tuesday.'),
    ).toBe('US');
    expect(datelineOf('LONDON, Dec 9 (CP) The prince visited a hospital on Tuesday.')).toBe('GB');
  });
});

// Invented agency copy (session 58, focus58): AAP's credit comes after the date without brackets.
describe('a dateline town credited to a national agency without brackets', () => {
  it("is the agency's home town", () => {
    expect(
      datelineOf(
        'NEWCASTLE, Dec 9 AAP - A storm cut power to 40,000 homes overnight, the network operator said.',
      ),
    ).toBe('AU');
  });
});

// Invented agency copy (session 59, focus59): an agency of a language's world files mostly from home, and writes a
// town abroad with its country, which English copy may drop.
describe("a dateline town credited to an agency of a language's world", () => {
  it("is the agency's home town when the lead names no country of the town", () => {
    // Arrange
    const cathedral =
      "LEÓN, Dec 9 (EFE) - Firefighters put out a blaze in the roof of the city's Gothic cathedral on Tuesday, the mayor said.";
    const harvest =
      'SANTIAGO, Dec 9 (Prensa Latina) - Sugar cane cutters began the harvest in the eastern province on Tuesday.';

    // Act
    const codes = [datelineOf(cathedral), datelineOf(harvest)];

    // Assert
    expect(codes).toEqual(['ES', 'CU']);
  });

  it('stays the town the name reads as when the lead names its country', () => {
    expect(
      datelineOf(
        'SANTIAGO, Dec 9 (Prensa Latina) - Chilean President Gabriel Boric said on Tuesday the pension reform would pass.',
      ),
    ).toBe('CL');
    expect(
      datelineOf('LEÓN, Dec 9 (EFE) - Mexican carmakers said on Tuesday exports fell 5 percent in November.'),
    ).toBe('MX');
  });
});

describe("a dateline town credited to an agency of a language's world, in the agency's language", () => {
  it("is the agency's home town", () => {
    expect(
      datelineOf(
        'LEÓN, 9 dic (EFE).- Los bomberos sofocaron un incendio en el tejado de la catedral, informó el alcalde.',
      ),
    ).toBe('ES');
  });
});
