import { describe, expect, it } from 'vitest';
import type { Entity, TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

// Invented stories: the English recogniser finds few of their place names, the country stage reads them.
const ITALIAN = {
  title: "L'Italia e la Grecia firmano un accordo sull'energia",
  body:
    'ROMA \u2014 Il governo ha firmato oggi con Atene un accordo per un nuovo cavo elettrico ' +
    "sottomarino. Secondo il ministro, l'Italia potr\u00e0 importare pi\u00f9 energia solare.\n" +
    "L'accordo sar\u00e0 presentato a Roma la prossima settimana.",
};

const POLISH = {
  title: 'Polska i Litwa otwieraj\u0105 nowe przej\u015bcie graniczne',
  body:
    'WARSZAWA \u2014 Polska i Litwa otworzy\u0142y w pi\u0105tek nowe przej\u015bcie graniczne. ' +
    'Minister spraw wewn\u0119trznych powiedzia\u0142, \u017ce ruch ma wzrosn\u0105\u0107 o jedn\u0105 trzeci\u0105.',
};

function placeHolding(result: TagResult, text: string): Entity | undefined {
  return result.entities.find((e) => e.mentions.some((m) => m.text === text));
}

describe('places of a non-English article named as the country stage read them', () => {
  it('lists the country an article names in its own language ("l\'Italia") as a place entity', () => {
    const result = tagArticle(ITALIAN);

    const italy = placeHolding(result, 'Italia');
    expect(italy).toMatchObject({ id: 'place:iso:IT', type: 'place' });
    expect(result.countries.find((c) => c.code === 'IT')).toBeDefined();
  });

  it('gives a city named in a capitals dateline ("ROMA") its GeoNames id and the gazetteer\'s name', () => {
    const result = tagArticle(ITALIAN);

    const rome = placeHolding(result, 'ROMA');
    expect(rome?.id).toMatch(/^place:geonames:\d+$/);
    expect(rome?.name).not.toBe('ROMA');
    expect(rome?.mentions.map((m) => m.text)).toContain('Roma');
  });

  it('lists a country that opens the headline and the body ("Polska i Litwa")', () => {
    const result = tagArticle(POLISH);

    expect(placeHolding(result, 'Polska')).toMatchObject({ id: 'place:iso:PL', type: 'place' });
    expect(placeHolding(result, 'WARSZAWA')).toMatchObject({ type: 'place', name: 'Warsaw' });
  });

  it('keeps every mention a slice of its field and no two entities on one span', () => {
    const result = tagArticle(POLISH);

    const spans = result.entities.flatMap((e) => e.mentions);
    for (const m of spans) {
      const field = m.field === 'title' ? POLISH.title : POLISH.body;
      expect(field.slice(m.start, m.end)).toBe(m.text);
    }
    const keys = spans.map((m) => `${m.field}:${m.start}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('scores saliences over the whole list, highest first', () => {
    const result = tagArticle(POLISH);

    const saliences = result.entities.map((e) => e.salience);
    expect(saliences[0]).toBe(1);
    expect([...saliences].sort((a, b) => b - a)).toEqual(saliences);
  });

  it("leaves an English article's entities as the recogniser read them", () => {
    const english = {
      title: 'Italy and Greece sign power cable deal',
      body: 'ROME \u2014 Italy signed a deal with Greece on Monday for an undersea power cable.',
    };

    const result = tagArticle(english);

    expect(result.language).toBe('en');
    expect(placeHolding(result, 'Italy')).toMatchObject({ id: 'place:iso:IT' });
    expect(result.entities.filter((e) => e.id === 'place:iso:IT')).toHaveLength(1);
  });
});

describe('a place the recogniser kept from a non-English capitals dateline', () => {
  it('is named as the gazetteer names it ("CIUDAD DE M\u00c9XICO" is Mexico City)', () => {
    const result = tagArticle({
      title: 'Sheinbaum recibe a Rubio',
      body: 'CIUDAD DE M\u00c9XICO \u2014 La presidenta Claudia Sheinbaum recibi\u00f3 el jueves a Marco Rubio en M\u00e9xico.',
    });

    const city = placeHolding(result, 'CIUDAD DE M\u00c9XICO');
    expect(city).toMatchObject({ type: 'place', name: 'Mexico City' });
  });
});

describe('a city word naming a club in another language', () => {
  it('is no mention of the city after an article or a club word ("la Roma", "il Napoli", "FC Bayern M\u00fcnchen")', () => {
    const italian = {
      title: 'Derby, la Roma batte la Lazio',
      body:
        'ROMA \u2014 La Roma ha battuto la Lazio per 2-1 nel derby di domenica. Il Napoli gioca domani a ' +
        'Torino contro la Juventus, mentre il Milan ospita il Genoa.',
    };
    const german = {
      title: 'Bayern gewinnt in Dortmund',
      body: 'DORTMUND \u2014 Der FC Bayern M\u00fcnchen hat am Samstag mit 3:1 gewonnen. Die Fans feierten bis in die Nacht.',
    };

    const it = tagArticle(italian);
    const de = tagArticle(german);

    const rome = it.entities.find((e) => e.mentions.some((m) => m.text === 'ROMA'));
    expect(rome?.mentions.map((m) => m.text)).toEqual(['ROMA']);
    expect(it.entities.some((e) => e.mentions.some((m) => m.text === 'Napoli' && e.type === 'place'))).toBe(
      false,
    );
    expect(it.entities.some((e) => e.type === 'place' && e.mentions.some((m) => m.text === 'Torino'))).toBe(
      true,
    );
    expect(
      de.entities.some((e) => e.type === 'place' && e.mentions.some((m) => m.text === 'M\u00fcnchen')),
    ).toBe(false);
  });
});
