import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function countriesOf(title: string, body: string, language: string) {
  return tagArticle({ title, body, language }).countries.map((c) => ({
    code: c.code,
    mentions: c.mentions.map((m) => m.text),
  }));
}

describe('big cities in articles in other languages', () => {
  it('reads a big city by its name in French, German and Spanish text', () => {
    expect(
      countriesOf('', 'Le ministre a inauguré mardi une nouvelle ligne de tramway à Lyon.', 'fr'),
    ).toEqual([{ code: 'FR', mentions: ['Lyon'] }]);
    expect(countriesOf('', 'Die Bank hat ihren Sitz seit Jahren in Frankfurt.', 'de')).toEqual([
      { code: 'DE', mentions: ['Frankfurt'] },
    ]);
  });

  it('gives an inline dateline in another language its city as evidence', () => {
    const countries = countriesOf(
      '',
      'SEVILLA (EFE).- El ayuntamiento aprobó el martes el presupuesto.',
      'es',
    );

    expect(countries).toEqual([{ code: 'ES', mentions: ['SEVILLA'] }]);
  });

  it('leaves a smaller town whose name is a word of the language alone', () => {
    // Halle (Saale) has ~240,000 people; "die Halle" is a hall.
    expect(countriesOf('', 'Die Halle war am Abend bis auf den letzten Platz gefüllt.', 'de')).toEqual([]);
  });
});
