import { describe, expect, it } from 'vitest';
import { datelineCountry } from '../../../functions/core/countries/dateline-place.js';
import { tagStory } from './focus-and-pairs.js';

describe('garbled and suburban datelines', () => {
  it('places a big city misspelled by one letter dropped, doubled or swapped', () => {
    // Arrange
    const places = ['NAIROBBI', 'JOHANESBURG', 'ALTANTA', 'MAIMI', 'WASINGTON'];

    // Act
    const codes = places.map((place) => datelineCountry(place));

    // Assert
    expect(codes).toEqual(['KE', 'ZA', 'US', 'US', 'US']);
  });

  it('places a suburb named after its city and capitals after a stray letter', () => {
    expect(datelineCountry('SOUTH SAN FRANCISCO')).toBe('US');
    expect(datelineCountry('c CHICAGO')).toBe('US');
  });

  it('leaves a small town unplaced rather than guessing a city a letter away', () => {
    expect(datelineCountry('SCOTTSVILLE')).toBeUndefined();
    expect(datelineCountry('LYONS')).toBeUndefined();
  });

  it('reads a town of minor-towns.json as itself, not as the city a letter away', () => {
    // Edina, Minnesota (50,000) is no Medina.
    expect(datelineCountry('EDINA')).toBe('US');
  });

  it("reads a Philippine city a letter from Malawi's name as itself, not as Malawi", () => {
    // read29 F-p; gaz57: the city's name without "City" is its own (city-spellings.ts).
    expect(datelineCountry('MARAWI')).toBe('PH');
  });

  it('puts the misspelled dateline’s country in focus of a local story', () => {
    const countries = tagStory({
      title: 'Floods kill dozens',
      dateline: 'NAIROBBI',
      body: 'Floods have killed at least 40 people after days of heavy rain, the government said on Wednesday.',
    }).countries.map((c) => [c.code, c.focus]);

    expect(countries).toEqual([['KE', true]]);
  });
});
