import { describe, expect, it } from 'vitest';
import { countryWith } from '../../../functions/core/countries/country-copy.js';
import type { Country } from '../../../functions/core/schema.js';

const kenya = (): Country => ({
  code: 'KE',
  name: 'Kenya',
  salience: 0.8,
  focus: false,
  mentions: [{ field: 'body', start: 10, end: 15, text: 'Kenya' }],
});

describe('a copy of a country with some fields changed', () => {
  it('keeps the output key order and the fields not changed', () => {
    const country = kenya();

    const copy = countryWith(country, { focus: true });

    expect(Object.keys(copy)).toEqual(['code', 'name', 'salience', 'focus', 'mentions']);
    expect(copy).toEqual({ ...country, focus: true });
    expect(copy.mentions).toBe(country.mentions);
  });

  it('changes salience and mentions and leaves the country itself as it was', () => {
    const country = kenya();

    const copy = countryWith(country, { salience: 0.5, mentions: [] });

    expect(copy).toEqual({ code: 'KE', name: 'Kenya', salience: 0.5, focus: false, mentions: [] });
    expect(country).toEqual(kenya());
  });

  it('keeps a focus of false and a salience of 0 when they are the change', () => {
    const country = { ...kenya(), focus: true };

    const copy = countryWith(country, { focus: false, salience: 0 });

    expect(copy.focus).toBe(false);
    expect(copy.salience).toBe(0);
  });
});
