import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countriesOf(body: string, language: string) {
  const result = tagArticle({ title: '', body, language });
  return {
    countries: result.countries.map((c) => ({ code: c.code, mentions: c.mentions.map((m) => m.text) })),
    pairs: result.countryPairs.map((p) => p.pair),
  };
}

describe('listed politicians in articles in other languages', () => {
  it('gives a German article naming the chancellor his country', () => {
    const { countries } = countriesOf(
      'Bundeskanzler Friedrich Merz hat am Montag eine Rede zur Lage der Wirtschaft gehalten.',
      'de',
    );

    expect(countries).toEqual([{ code: 'DE', mentions: ['Friedrich Merz'] }]);
  });

  it('links the countries of two leaders who speak to each other in Spanish', () => {
    const { countries, pairs } = countriesOf(
      'La presidenta Claudia Sheinbaum habló el martes por teléfono con Donald Trump sobre los aranceles.',
      'es',
    );

    expect(countries.map((c) => c.code).sort()).toEqual(['MX', 'US']);
    expect(pairs).toEqual(['MX-US']);
  });

  it('gives no country for a person who is not a listed politician', () => {
    const { countries } = countriesOf(
      'La cantante Rosalía Vila presentó el viernes su nuevo disco ante sus seguidores.',
      'es',
    );

    expect(countries).toEqual([]);
  });
});
