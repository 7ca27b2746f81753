import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function countriesOf(article: { body: string; title?: string }) {
  return resolveCountries(prepareDocument({ ...article, language: 'en' }), []);
}

const countryOf = (city: string, article: { body: string; title?: string }) =>
  countriesOf(article).find((c) => c.mentions.some((m) => m.text === city))?.code;

describe('a namesake city listed beside a city of the country its sentence names', () => {
  it('reads San Pedro as the Ivory Coast port in a cocoa story filed from London', () => {
    const body =
      'LONDON, Oct 14 - Cocoa prices firmed on Tuesday as dealers weighed slow arrivals. In the Ivory Coast, ' +
      'late rains held up the mid crop, and exporters said loadings at Abidjan and San Pedro fell by a third.';

    expect(countryOf('San Pedro', { body, title: 'Cocoa firms on Ivory Coast delays' })).toBe('CI');
  });

  it('keeps the city the name stands for when the listed city’s country is not named', () => {
    const body =
      'Air Canada will add daily flights between Toronto and London from May, the airline said on Monday, ' +
      'as demand for travel across the Atlantic keeps growing.';

    expect(countryOf('London', { body })).toBe('GB');
  });
});
