import { describe, expect, it } from 'vitest';
import { datelineCountry } from '../../../functions/core/countries/dateline-place.js';
import { tagArticle } from '../../../functions/core/tag.js';

describe('a state postal code closing a dateline', () => {
  it('places a small town by the postal code of its US state', () => {
    // Arrange: towns too small for the gazetteer, placed only by their state's code.
    const datelines = [
      'CEDAR FALLS, Ia.',
      'ELMHURST, Il.',
      'BRUNSWICK, Me.',
      'NORTH ADAMS, MA.',
      'ROUND ROCK, TX',
    ];

    // Act
    const codes = datelines.map((place) => datelineCountry(place));

    // Assert
    expect(codes).toEqual(['US', 'US', 'US', 'US', 'US']);
  });

  it('reads an AP abbreviation that lost its final period as the state, not a namesake abroad', () => {
    expect(datelineCountry('MANCHESTER, N.H')).toBe('US');
  });

  it('lets a city of another country decide over a code that is also a country or a state abroad', () => {
    expect(datelineCountry('BUENOS AIRES, AR')).toBe('AR');
    expect(datelineCountry('PERTH, WA')).toBe('AU');
    expect(datelineCountry('SEATTLE, WA')).toBe('US');
  });

  it('names no country by "WA" after a town the gazetteer lacks: Western Australia as likely as Washington', () => {
    expect(datelineCountry('PORT WARRAKEEN, WA')).toBeUndefined();
    expect(datelineCountry('TARNBY CREEK, WA')).toBeUndefined();
  });

  it('places a Canadian town by its province code', () => {
    expect(datelineCountry('MONCTON, NB')).toBe('CA');
  });

  it('puts the United States in focus of a company story filed from such a town', () => {
    // Arrange
    const body =
      'ELMHURST, Il., May 4 - Prairie Valve Co said first-quarter profit rose 12 pct on higher orders for its ' +
      'industrial pumps. The company said it expects sales to grow further this year.';

    // Act
    const result = tagArticle({ id: 'state-code-1', title: 'Prairie Valve profit rises', body });

    // Assert
    expect(result.countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['US']);
  });
});
