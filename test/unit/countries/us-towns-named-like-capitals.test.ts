import { describe, expect, it } from 'vitest';
import { datelineCountry } from '../../../functions/core/countries/dateline-place.js';
import { tagArticle } from '../../../functions/core/tag.js';

const countriesOf = (title: string, body: string) =>
  tagArticle({ id: 'us-town', title, body }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);
const placesOf = (title: string, body: string) =>
  tagArticle({ id: 'us-town', title, body })
    .entities.filter((e) => e.type !== 'nationality')
    .map((e) => `${e.name}[${e.type}] ${e.id}`);

describe('a US town named like a capital abroad, placed by its state (wild37 ★7)', () => {
  it('reads a capitals postal code after a dateline town as the US state, not the capital abroad', () => {
    // Arrange
    const body =
      'DUBLIN, OH — The city council approved a new budget on Monday, officials said. Road repairs start in spring.';

    // Act
    const countries = countriesOf('City council approves budget', body);

    // Assert
    expect(countries).toEqual(['US*']);
  });

  it('does so for Lima, Ohio too', () => {
    const countries = countriesOf(
      'Factory to add 200 jobs',
      'LIMA, OH — A tank plant will add 200 jobs next year, the company said on Tuesday.',
    );

    expect(countries).toEqual(['US*']);
  });

  it("reads a code shared with a country abroad as the state unless it is the city's own country's", () => {
    expect(datelineCountry('MOSCOW, ID')).toBe('US');
    expect(datelineCountry('ATHENS, GA')).toBe('US');
    expect(datelineCountry('BUENOS AIRES, AR')).toBe('AR');
    expect(datelineCountry('PERTH, WA')).toBe('AU');
  });

  it('makes the postal code a place, the state, and the town a name id, not the capital abroad', () => {
    const places = placesOf(
      'City council approves budget',
      'DUBLIN, OH — The city council approved a new budget on Monday, officials said.',
    );

    expect(places).toEqual(['Dublin[place] place:dublin', 'Ohio[place] place:ohio']);
  });

  it('makes "TX" of "AUSTIN, TX" the state Texas, not an organization', () => {
    const places = placesOf(
      'Heat wave strains grid',
      'AUSTIN, TX — A heat wave pushed power demand to a record.',
    );

    expect(places).toContain('Texas[place] place:texas');
    expect(places.some((p) => p.includes('[organization]'))).toBe(false);
  });

  it('gives "Moscow, Idaho" in running text a name id, not the Russian capital', () => {
    const places = placesOf(
      'Trial date set',
      'A judge set a trial date on Monday for the man accused of killing four students in Moscow, Idaho, in 2022.',
    );

    expect(places).toContain('Moscow[place] place:moscow');
  });

  it('keeps a capital in a list with a US state its own: "London, New York and Tokyo"', () => {
    const places = placesOf(
      'Stocks fall',
      'Stocks fell in London, New York and Tokyo on Monday, traders said.',
    );

    expect(places).toContain('London[place] place:geonames:2643743');
  });

  it('reads the station dateline "SEATTLE, WA (KING) —" with its state a place', () => {
    const result = tagArticle({
      id: 'station',
      title: 'Ferry service resumes',
      body: 'SEATTLE, WA (KING) — Ferry service resumed on Monday after a two-day outage, state officials said.',
    });

    expect(result.dateline?.countryCode).toBe('US');
    expect(result.entities.filter((e) => e.type === 'organization').map((e) => e.name)).not.toContain('WA');
  });
});
