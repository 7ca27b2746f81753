import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 58 (gaz58, from review57 and review58): towns a region or a people places, cities called by the first
// words of their long names, a province named like Taiwan's old name. Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a town named like a country', () => {
  it('is no country when called the capital of another country’s region', () => {
    expect(
      countriesOf('Benin, the Edo State capital, was flooded on Tuesday, state officials said.'),
    ).toEqual(['NG*']);
  });

  it('stays the country when a people, not a region, follows', () => {
    expect(countriesOf('Togo, the West African country, voted on Sunday.')).toEqual(['TG*']);
  });
});

describe('a namesake placed by a people and a kind of place', () => {
  it('reads a city on "the Japanese island of" as Japan’s', () => {
    expect(
      countriesOf('Kochi, on the Japanese island of Shikoku, was shaken by an earthquake on Tuesday.'),
    ).toEqual(['JP*']);
  });

  it('reads "the Lebanese city of Tripoli" as Lebanon’s', () => {
    expect(countriesOf('Gunmen clashed in the Lebanese city of Tripoli on Sunday.')).toEqual(['LB*']);
  });

  it('does not place a city by its visitors', () => {
    // Italy's in focus since session 62: visitors named by their people are no side of where they are (person-origins.ts).
    expect(countriesOf('American tourists in Florence queued for the museum.')).toContain('IT*');
  });
});

describe('a city called by the first words of its long name', () => {
  it.each([
    ['León', 'MX'],
    ['Santa Cruz', 'BO'],
  ])('reads %s as the city of %s many times bigger than the one abroad', (name, code) => {
    expect(lookupPlace(name)).toMatchObject({ kind: 'city', countryCode: code });
  });

  it('still reads the smaller city where the story places it', () => {
    expect(countriesOf('The Sandinista government held a rally in León, Nicaragua, on Sunday.')).toEqual([
      'NI*',
    ]);
  });
});

describe('Formosa', () => {
  it('is Argentina’s province', () => {
    expect(countriesOf('No rain fell in Chubut or Formosa last week, forecasters said.')).toEqual(['AR*']);
  });

  it('is Taiwanese in the names of the Formosa group’s firms (review58)', () => {
    expect(countriesOf('Shares of Formosa Petrochemical fell 3% in Taipei after the fire.')).toEqual(['TW*']);
  });
});

describe('a country name after another people’s "region of"', () => {
  it('is that people’s region', () => {
    expect(countriesOf('Thessaloniki is the capital of the Greek region of Macedonia.')).toEqual(['GR*']);
  });
});
