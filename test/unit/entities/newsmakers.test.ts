import { describe, expect, it } from 'vitest';
import { newsmakerNamed } from '../../../functions/core/entities/newsmakers.js';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

const people = (entities: Entity[]) =>
  entities
    .filter((e) => e.type === 'person')
    .map((e) => ({ id: e.id, name: e.name, said: e.mentions.map((m) => m.text) }));

describe('people the news names by one word or by several spellings', () => {
  it('gives a listed surname written alone the id and name of the full name', () => {
    const found = people(entitiesOf('Putin said on Friday that the talks would go on. Putin gave no date.'));

    expect(found).toEqual([
      { id: 'person:vladimir-putin', name: 'Vladimir Putin', said: ['Putin', 'Putin'] },
    ]);
  });

  it('gives one id to the spellings of one person across articles', () => {
    const reuters = people(
      entitiesOf('President Volodymyr Zelenskiy met allies in Kyiv. Zelenskiy asked for air defence.'),
    );
    const ap = people(entitiesOf('Zelensky said the front line held.'));

    expect(reuters.map((p) => p.id)).toEqual(['person:volodymyr-zelenskyy']);
    expect(ap.map((p) => p.id)).toEqual(['person:volodymyr-zelenskyy']);
  });

  it('reads a headline in capitals by the list too', () => {
    const found = people(
      entitiesOf('President Trump met Xi in Busan on Thursday.', 'TRUMP MEETS XI IN BUSAN'),
    );

    expect(found.map((p) => p.name).sort()).toEqual(['Donald Trump', 'Xi Jinping']);
  });

  it('keeps the full name the article gives when it is another person of that surname', () => {
    const found = people(
      entitiesOf('Eric Trump said the company would expand. Trump runs the family business.'),
    );

    expect(found).toEqual([{ id: 'person:eric-trump', name: 'Eric Trump', said: ['Eric Trump', 'Trump'] }]);
  });

  it('leaves a common surname written alone as the article has it', () => {
    const found = people(entitiesOf('Jonny Wilkinson kicked two penalties before Powell scored a try.'));

    expect(found.map((p) => p.id)).toContain('person:powell');
    expect(newsmakerNamed('Jerome Powell')).toBe('Jerome Powell');
    expect(newsmakerNamed('Powell')).toBeUndefined();
  });

  it('compares forms without case, accents, hyphens or periods', () => {
    expect(newsmakerNamed('Erdoğan')).toBe('Recep Tayyip Erdogan');
    expect(newsmakerNamed('JD Vance')).toBe('J.D. Vance');
    expect(newsmakerNamed('Kim Jong-un')).toBe('Kim Jong Un');
    expect(newsmakerNamed('Vance Joy')).toBeUndefined();
  });
});
