import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('short stories in another language: focus without an English reading of the clause', () => {
  it('puts every country a short Spanish story names in focus, not only one an English pattern matched', () => {
    const result = tagArticle({
      title: 'Sheinbaum y Trump acuerdan prorrogar aranceles',
      body:
        'CIUDAD DE MÉXICO - La presidenta de México, Claudia Sheinbaum, y el presidente de Estados Unidos, ' +
        'Donald Trump, acordaron el jueves prorrogar 90 días la entrada en vigor de los aranceles, informó el ' +
        'gobierno mexicano. Canadá también negocia con Washington.',
    });

    expect(result.language).toBe('es');
    expect(
      result.countries
        .filter((c) => c.focus)
        .map((c) => c.code)
        .sort(),
    ).toEqual(['CA', 'MX', 'US']);
    expect(result.countryPairs.map((p) => p.pair)).toContain('MX-US');
  });

  it('keeps both countries of a short German story in focus and pairs them', () => {
    const result = tagArticle({
      title: 'Merz trifft Tusk in Warschau',
      body:
        'WARSCHAU - Bundeskanzler Friedrich Merz ist am Dienstag zu Gesprächen mit dem polnischen ' +
        'Ministerpräsidenten Donald Tusk nach Polen gereist. Deutschland und Polen wollen ihre Zusammenarbeit ' +
        'bei der Verteidigung ausbauen, sagte Merz.',
    });

    expect(result.language).toBe('de');
    expect(result.countryPairs.map((p) => p.pair)).toEqual(['DE-PL']);
  });
});
