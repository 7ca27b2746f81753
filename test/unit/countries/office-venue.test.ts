import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function scores(body: string, title?: string) {
  const doc = prepareDocument({ body, title, language: 'en' });
  return Object.fromEntries(linkCountryPairs(doc, resolveCountries(doc, [])).map((p) => [p.pair, p.score]));
}

describe('a country named once, in the office of a person who acts', () => {
  // A story about one country: in a story about two, a third outside the focus pairs with neither
  // (third-country-background.test.ts).
  it('pairs with the country the sentence links it to: "Mexican Economy Minister … warned that tariffs on Indian steel"', () => {
    const score = scores(
      'India agreed on Friday to double steel output by 2030. Prime Minister Narendra Modi said in New Delhi ' +
        'that India would build four new plants. Mexican Economy Minister Marcelo Ebrard warned on Friday that ' +
        'tariffs on Indian steel would hurt his country.',
    );

    expect(score['IN-MX']).toBeGreaterThan(0.4);
  });

  it('does not pair a country named once without an office holder', () => {
    const score = scores(
      'India agreed on Friday to double steel output by 2030. Prime Minister Narendra Modi said in New Delhi ' +
        'that India would build four new plants. Mexican officials warned on Friday that tariffs on Indian ' +
        'steel would hurt the country.',
    );

    expect(score['IN-MX']).toBeUndefined();
  });
});

describe('the dateline city named again as the venue', () => {
  it('is where the talks were held, not a party: GENEVA pairs rank below the parties', () => {
    const score = scores(
      'GENEVA (Reuters) - Iranian and U.S. negotiators held a second round of nuclear talks in Geneva on ' +
        'Saturday. Iran said the talks were constructive, and the United States said it would return.',
      'Iran, U.S. hold talks in Geneva',
    );

    expect(score['IR-US']).toBeGreaterThan(0.5);
    expect(score['CH-IR']).toBeLessThanOrEqual(0.4);
    expect(score['CH-US']).toBeLessThanOrEqual(0.4);
  });
});
