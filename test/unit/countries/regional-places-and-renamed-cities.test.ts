import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 57 (gaz57, from wild57's regional news): provinces and states named like a town abroad, cities by the
// names they took after GeoNames' data, and capitals under the gazetteer's size bar. Sentences are invented.
const countriesOf = (body: string, title = ''): string[] =>
  tagArticle({ title, body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe("Ireland's provinces", () => {
  it('reads Munster and Leinster in a rugby result as Ireland, not the German city', () => {
    // Act
    const countries = countriesOf('Munster beat Leinster 20-17 at Thomond Park in Limerick on Saturday.');

    // Assert
    expect(countries).toEqual(['IE*']);
  });

  it('reads a province alone as Ireland', () => {
    expect(
      countriesOf('Storm gusts of 130 km/h hit Munster and south Leinster overnight, forecasters said.'),
    ).toEqual(['IE*']);
  });

  it('does not read the German city, written with its umlaut, as the Irish province', () => {
    expect(countriesOf("Münster's Christmas market opened on Monday.")).not.toContain('IE*');
  });
});

describe('cities by the names they were given after the gazetteer data', () => {
  it('reads a Kerala story from Kochi as India, not the smaller Japanese city', () => {
    // Act
    const countries = countriesOf(
      'The Kochi corporation council approved a new waste plant on Tuesday, the mayor said.',
      'Kochi to get waste plant',
    );

    // Assert
    expect(countries).toEqual(['IN*']);
  });

  it('still reads Kochi as Japan where the story places it there', () => {
    expect(countriesOf('Heavy rain hit Kochi, Japan, on Tuesday, the weather agency said.')).toEqual(['JP*']);
  });

  it.each([
    ['Prayagraj', 'IN'],
    ['Mysuru', 'IN'],
    ['Bhubaneswar', 'IN'],
    ['Dehradun', 'IN'],
    ['Gqeberha', 'ZA'],
    ['Mbombela', 'ZA'],
  ])('reads %s as a city of %s', (name, code) => {
    expect(lookupPlace(name)).toMatchObject({ kind: 'city', countryCode: code });
  });

  it('reads a Philippine city by its name without "City"', () => {
    expect(countriesOf('A fire in Makati destroyed 40 homes on Tuesday, the fire bureau said.')).toEqual([
      'PH*',
    ]);
  });
});

describe('states and provinces named like a town abroad, and capitals under the size bar', () => {
  it("reads Brazil's states as Brazil, not Mexico's or Argentina's towns", () => {
    // Act
    const countries = countriesOf(
      'Floods hit the southern state of Santa Catarina and parts of Paraná on Tuesday.',
    );

    // Assert
    expect(countries).toEqual(['BR*']);
  });

  it("reads Iran's East Azerbaijan province as Iran alone", () => {
    expect(
      countriesOf('An earthquake hit East Azerbaijan province in northwest Iran, killing three.'),
    ).toEqual(['IR*']);
  });

  it.each([
    ['Police in Asaba said two men had been arrested.', 'NG*'],
    ['Police in Fredericton said two men had been arrested.', 'CA*'],
    ['Police in Gangtok said two men had been arrested.', 'IN*'],
    ['Police in Ballarat said two men had been arrested.', 'AU*'],
  ])('reads "%s" as %s', (body, country) => {
    expect(countriesOf(body)).toEqual([country]);
  });
});
