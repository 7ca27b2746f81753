import { describe, expect, it } from 'vitest';
import { compileGazetteer } from '../../../functions/core/countries/compile.js';
import {
  countryName,
  isCountryCode,
  lookupDemonym,
  lookupMetonym,
  lookupPlace,
} from '../../../functions/core/countries/gazetteer.js';
import compiled from '../../../functions/core/data/gazetteer.json' with { type: 'json' };

describe('gazetteer lookups', () => {
  it('finds countries by common, official and press names, ignoring case and diacritics', () => {
    expect(lookupPlace('china')?.countryCode).toBe('CN');
    expect(lookupPlace("People's Republic of China")?.countryCode).toBe('CN');
    expect(lookupPlace('Britain')).toMatchObject({ kind: 'country', countryCode: 'GB' });
    expect(lookupPlace('Cote d’Ivoire')?.countryCode).toBe('CI');
    expect(lookupPlace('Burma')?.countryCode).toBe('MM');
  });

  it('answers a name asked again as the first time, found or not, even after thousands of other names', () => {
    const first = [lookupPlace('Shanghai'), lookupPlace('us'), lookupPlace('US'), lookupPlace('Atlantis')];
    for (let i = 0; i < 25_000; i++) lookupPlace(`Nowhere ${i}`);

    const again = [lookupPlace('Shanghai'), lookupPlace('us'), lookupPlace('US'), lookupPlace('Atlantis')];

    expect(again).toEqual(first);
    expect(first.map((place) => place?.countryCode)).toEqual(['CN', undefined, 'US', undefined]);
  });

  it('finds major cities with their GeoNames id and population', () => {
    const shanghai = lookupPlace('Shanghai');
    expect(shanghai).toMatchObject({ kind: 'city', countryCode: 'CN' });
    expect(shanghai?.geonamesId).toBeTypeOf('number');
    expect(lookupPlace('Sao Paulo')?.countryCode).toBe('BR');
  });

  it('gives a city the press spells unlike GeoNames its GeoNames id, keeping the press name', () => {
    expect(lookupPlace('Geneva')).toMatchObject({
      kind: 'city',
      name: 'Geneva',
      countryCode: 'CH',
      geonamesId: 2660646,
    });
    expect(lookupPlace('Kiev')?.geonamesId).toBe(lookupPlace('Kyiv')?.geonamesId);
    expect(lookupPlace('Peking')?.geonamesId).toBe(lookupPlace('Beijing')?.geonamesId);
  });

  it('resolves a shared city name to the most populous or press-preferred place', () => {
    expect(lookupPlace('London')?.countryCode).toBe('GB');
    expect(lookupPlace('Valencia')?.countryCode).toBe('ES');
  });

  it('knows US states and Canadian provinces as regions', () => {
    expect(lookupPlace('Texas')).toMatchObject({ kind: 'region', countryCode: 'US' });
    expect(lookupPlace('Ontario')).toMatchObject({ kind: 'region', countryCode: 'CA' });
  });

  it('keeps multi-word countries whole rather than yielding Guinea', () => {
    expect(lookupPlace('Guinea-Bissau')?.countryCode).toBe('GW');
    expect(lookupPlace('Papua New Guinea')?.countryCode).toBe('PG');
    expect(lookupPlace('Equatorial Guinea')?.countryCode).toBe('GQ');
  });

  it('treats codes as places only when written in capitals', () => {
    expect(lookupPlace('U.S.')?.countryCode).toBe('US');
    expect(lookupPlace('UK')?.countryCode).toBe('GB');
    expect(lookupPlace('us')).toBeUndefined();
  });

  it('maps demonyms and metonyms to their country but not to a place', () => {
    expect(lookupDemonym('Chinese')).toBe('CN');
    expect(lookupDemonym('Britons')).toBe('GB');
    expect(lookupMetonym('the Kremlin')).toBe('RU');
    expect(lookupMetonym('Downing Street')).toBe('GB');
    expect(lookupPlace('Kremlin')).toBeUndefined();
  });

  it('names countries by code', () => {
    expect(countryName('CN')).toBe('China');
    expect(countryName('us')).toBe('United States');
    expect(isCountryCode('ZZ')).toBe(false);
  });
});

describe('compiled gazetteer', () => {
  it('is up to date with the curated lists and package data (run npm run build:data after editing)', () => {
    expect(JSON.parse(JSON.stringify(compileGazetteer()))).toEqual(compiled);
  });
});
