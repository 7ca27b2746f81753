import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const places = (body: string) =>
  tagArticle({ body })
    .entities.filter((e) => e.type === 'place' && e.id !== 'place:iso:BR' && e.id !== 'place:iso:QA')
    .map((e) => ({ id: e.id, name: e.name, mentions: e.mentions.length }));

describe('a place named in a dateline in capitals', () => {
  it('is the same entity as the place written in mixed case, with its gazetteer id and that name', () => {
    const found = places(
      'PORTO VELHO, Brazil - Heavy rain flooded parts of Porto Velho on Friday, officials said.',
    );

    expect(found).toEqual([
      { id: expect.stringMatching(/^place:geonames:\d+$/), name: 'Porto Velho', mentions: 2 },
    ]);
  });

  it('is one place when a city of two words opens a dateline with a dash only (wild37 \u26057)', () => {
    const found = places(
      'PORTO VELHO \u2014 Smoke from wildfires covered the city on Monday, officials said.',
    );

    expect(found).toEqual([{ id: 'place:geonames:3662762', name: 'Porto Velho', mentions: 1 }]);
  });

  it("is the territory's one entity under a credited dateline with no date (wild60: HONG KONG (Reuters) -)", () => {
    const found = places(
      'HONG KONG (Reuters) - The Hong Kong government said on Tuesday it would cut stamp duty on homes.',
    );

    expect(found).toEqual([{ id: 'place:iso:HK', name: 'Hong Kong', mentions: 2 }]);
  });

  it('is shown as a name is written when the text names it only there', () => {
    const found = places('LUSAIL, Qatar - Argentina beat France on penalties to win the final on Sunday.');

    expect(found.map((p) => p.name)).toContain('Lusail');
  });

  it('is a place, not an acronym, when the city is a short word in capitals before a dash', () => {
    const found = places(
      'KYIV - Ukraine and Russia exchanged prisoners on Friday, as Kyiv pressed for a ceasefire.',
    );

    expect(found).toContainEqual({ id: 'place:geonames:703448', name: 'Kyiv', mentions: 2 });
  });
});

describe('a name in capitals and a shorter mixed-case mention', () => {
  it('keeps the more complete name', () => {
    const people = tagArticle({
      title: 'DONALD TRUMP WINS SECOND TERM',
      body: 'WASHINGTON - Trump said on Wednesday he would act quickly. Trump thanked voters.',
    }).entities.filter((e) => e.type === 'person');

    expect(people.map((e) => e.name.toLowerCase())).toEqual(['donald trump']);
  });
});

describe('a state abbreviation that is also a word', () => {
  it('is no place without its period or a town and comma before it', () => {
    const names = tagArticle({ body: 'The pope will celebrate Mass in Beirut on Sunday.' }).entities.map(
      (e) => e.name,
    );

    expect(names).not.toContain('Massachusetts');
  });

  it('is the state after a town and a comma', () => {
    const names = tagArticle({ body: 'The company, based in Boston, Mass., said profit rose.' }).entities.map(
      (e) => e.name,
    );

    expect(names).toContain('Massachusetts');
  });
});
