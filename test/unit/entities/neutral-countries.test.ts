import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const SPANISH = {
  title: 'Sheinbaum y Trump acuerdan pausa de aranceles',
  body:
    'CIUDAD DE MÉXICO - La presidenta de México, Claudia Sheinbaum, y el presidente de Estados Unidos, ' +
    'Donald Trump, acordaron el lunes una pausa de un mes en los aranceles.\nEl acuerdo fue anunciado en la ' +
    'red social X. Canadá negocia un acuerdo similar.',
};

describe('country names in the language of a non-English article', () => {
  it('reads "Estados Unidos" as the United States, not a person', () => {
    const result = tagArticle(SPANISH);

    const us = result.entities.find((e) => e.mentions.some((m) => m.text === 'Estados Unidos'));
    expect(us).toMatchObject({ id: 'place:iso:US', type: 'place' });
  });

  it('does not join an initial to the country that opens the next sentence ("X. Canadá")', () => {
    const result = tagArticle(SPANISH);

    expect(result.entities.map((e) => e.name)).not.toContain('X. Canadá');
    expect(result.countries.map((c) => c.code)).toContain('CA');
  });
});
