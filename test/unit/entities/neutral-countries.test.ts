import { describe, expect, it } from 'vitest';
import { languageNeutralEntities } from '../../../functions/core/entities/neutral.js';
import type { Entity } from '../../../functions/core/schema.js';
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

  it('does not read a capitalised sentence opener and a country as a person ("Auch Spanien")', () => {
    const result = tagArticle({
      title: 'Deutschland und Frankreich einigen sich auf Kampfjet-Projekt',
      body:
        'BERLIN - Deutschland und Frankreich haben sich am Dienstag auf die Fortsetzung des gemeinsamen ' +
        'Kampfjet-Projekts geeinigt.\nBundeskanzler Friedrich Merz und Präsident Emmanuel Macron wollen sich ' +
        'im nächsten Monat in Paris treffen. Auch Spanien ist an dem Projekt beteiligt.',
    });

    expect(result.language).toBe('de');
    expect(result.entities.map((e) => e.name)).not.toContain('Auch Spanien');
    expect(result.countries.map((c) => c.code)).toContain('ES');
  });
});

describe('one entity per country', () => {
  it('joins a country read from a "person" to the entity the recogniser already had for it, whatever the order', () => {
    const person: Entity = {
      id: 'person:estados-unidos',
      name: 'Estados Unidos',
      type: 'person',
      salience: 1,
      mentions: [{ field: 'body', start: 40, end: 54, text: 'Estados Unidos' }],
    };
    const place: Entity = {
      id: 'place:iso:US',
      name: 'United States',
      type: 'place',
      salience: 0.5,
      mentions: [{ field: 'body', start: 10, end: 14, text: 'EEUU' }],
    };

    for (const order of [
      [person, place],
      [place, person],
    ]) {
      const body = `${' '.repeat(10)}EEUU${' '.repeat(26)}Estados Unidos`;
      const entities = languageNeutralEntities(order, 'es', { title: '', body });

      expect(entities.filter((e) => e.id === 'place:iso:US')).toHaveLength(1);
      expect(entities.find((e) => e.id === 'place:iso:US')?.mentions.map((m) => m.start)).toEqual([10, 40]);
    }
  });
});
