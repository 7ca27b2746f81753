import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

/** Each country of a story, in the tagger's order. */
const codesOf = (title: string, body: string) => tagStory({ title, body }).countries.map((c) => c.code);

// Invented stories (session 57, fix57): a place after a town and a comma is the town's qualifier ("London,
// Ontario") only where no list goes on and no possessive opens a phrase of its own.
describe('a list of towns written with a serial comma', () => {
  it('keeps each town its own country before ", and"', () => {
    // Arrange
    const body = 'The studio has offices in New York, London, Toronto, and Hong Kong, its founder said.';

    // Act
    const codes = codesOf('Studio expands', body);

    // Assert
    expect(codes).toEqual(expect.arrayContaining(['US', 'GB', 'CA', 'HK']));
  });

  it("reads a list's last town as no qualifier of the one before it", () => {
    expect(codesOf('Tour dates', 'The choir will sing next month in Rome, Athens, Atlanta.')).toEqual(
      expect.arrayContaining(['IT', 'GR', 'US']),
    );
  });

  it('keeps a capital and a country listed after it apart', () => {
    expect(
      codesOf('Trade fair', 'Buyers came from Brussels, Luxembourg, and Amsterdam to the fair.'),
    ).toEqual(expect.arrayContaining(['BE', 'LU', 'NL']));
  });
});

describe('a town and a comma before a place that qualifies it', () => {
  it('still places the town in the region or state after it', () => {
    expect(codesOf('Plant closes', 'The plant in London, Ontario, will close in March.')).toEqual(['CA']);
    expect(codesOf('Mill fire', 'He grew up in Rome, Georgia, and moved to Atlanta in 1990.')).toEqual([
      'US',
    ]);
  });

  it("still places a capital's namesake in the country after it outside a list", () => {
    expect(codesOf('Festival', 'The festival in Santiago, Dominican Republic, opened on Friday.')).toEqual([
      'DO',
    ]);
  });
});

describe('a possessive after a town and a comma', () => {
  it("reads the country that owns what follows, not the town's region", () => {
    // Arrange
    const body =
      "Speaking in Brussels, Luxembourg's finance minister said the bloc must agree a budget by June.";

    // Act
    const codes = codesOf('Budget talks', body);

    // Assert
    expect(codes).toContain('LU');
  });
});
