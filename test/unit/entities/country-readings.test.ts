import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../../functions/core/countries/gazetteer.js';
import namesData from '../../../functions/core/data/packed/entities-names.js';
import { GAZETTEER } from '../../../functions/core/entities/lexicon.js';
import { tagArticle } from '../../../functions/core/tag.js';

describe('an entity and the article’s countries name the same country', () => {
  it('gives every country name the entity lexicon knows the code the country gazetteer gives it', () => {
    const names = Object.keys(namesData.countries as Record<string, string>);

    const disagreeing = names.filter((name) => {
      const asCountry = lookupPlace(name);
      return (
        asCountry !== undefined && GAZETTEER.get(name.toLowerCase())?.countryCode !== asCountry.countryCode
      );
    });

    expect(disagreeing).toEqual([]);
  });

  it('reads a bare "Congo" as DR Congo, as countries[] does', () => {
    const result = tagArticle({
      body: 'Floods in Congo killed 40 people in Kinshasa on Monday, officials said. Congo has asked for help.',
    });

    const congo = result.entities.find((e) => e.mentions.some((m) => m.text === 'Congo'));
    expect(congo?.id).toBe('place:iso:CD');
    expect(result.countries.map((c) => c.code)).toContain('CD');
  });

  it('keeps "Democratic Republic of the Congo" and "Kingdom of Saudi Arabia" whole', () => {
    const result = tagArticle({
      body:
        'Rebels seized the city, the Democratic Republic of the Congo said on Monday. ' +
        'The Kingdom of Saudi Arabia offered to mediate.',
    });

    const texts = result.entities.flatMap((e) => e.mentions.map((m) => `${m.text}=${e.id}`));
    expect(texts).toContain('Democratic Republic of the Congo=place:iso:CD');
    expect(texts).toContain('Kingdom of Saudi Arabia=place:iso:SA');
  });
});

describe('nationality nouns and adjectives the country packages lack', () => {
  it('reads "the Briton", "the Spaniard", "Korean cars" and "a Philippine vessel" as nationalities', () => {
    const types = new Map(
      tagArticle({
        body:
          'The Briton leads the Australian by one point. The Spaniard, 22, has won six titles. Tariffs on ' +
          'Korean cars fell, and a Philippine government vessel was hit by water cannon.',
      }).entities.map((e) => [e.name, e.type]),
    );

    expect(types.get('Briton')).toBe('nationality');
    expect(types.get('Spaniard')).toBe('nationality');
    expect(types.get('Korean')).toBe('nationality');
    expect(types.get('Philippine')).toBe('nationality');
  });
});
