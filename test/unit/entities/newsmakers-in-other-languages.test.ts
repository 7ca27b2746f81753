import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function tagged(title: string, body: string, language: string) {
  const result = tagArticle({ title, body, language });
  return {
    people: result.entities.filter((e) => e.type === 'person').map((e) => e.id),
    countries: result.countries.map((c) => c.code),
  };
}

describe('a newsmaker spelled as the press of another language spells them', () => {
  it('gives the German spellings the ids of the English ones', () => {
    const { people, countries } = tagged(
      'Selenskyj trifft Merz',
      'BERLIN - Der ukrainische Pr\u00e4sident Wolodymyr Selenskyj hat am Montag Bundeskanzler Friedrich Merz ' +
        'getroffen. Selenskyj warnte vor Wladimir Putin. Kremlsprecher Dmitri Peskow sagte, Putin sei bereit.',
      'de',
    );

    expect(people).toEqual(
      expect.arrayContaining(['person:volodymyr-zelenskyy', 'person:vladimir-putin', 'person:dmitry-peskov']),
    );
    expect(countries).toEqual(expect.arrayContaining(['UA', 'RU']));
  });

  it('gives the French spellings the ids of the English ones', () => {
    const { people } = tagged(
      'Netanyahou \u00e0 Paris',
      'PARIS - Le Premier ministre isra\u00e9lien Benyamin Netanyahou a rencontr\u00e9 Emmanuel Macron. ' +
        'Vladimir Poutine a appel\u00e9 Macron dans la soir\u00e9e. Netanyahou a quitt\u00e9 Paris mardi.',
      'fr',
    );

    expect(people).toEqual(
      expect.arrayContaining([
        'person:benjamin-netanyahu',
        'person:vladimir-putin',
        'person:emmanuel-macron',
      ]),
    );
  });

  it('keeps the dish of an English story a dish', () => {
    const { people } = tagged(
      'Poutine festival',
      'MONTREAL - Poutine is the star of a food festival this weekend. Chefs from Quebec served poutine ' +
        'with cheese curds and gravy.',
      'en',
    );

    expect(people).toEqual([]);
  });
});
