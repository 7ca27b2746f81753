import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf } from './entities-of.js';

/** "name/type" of each entity of a headline over `body`, sorted. */
const namesIn = (title: string, body: string): string[] =>
  entitiesOf(body, title)
    .map((e) => `${e.name}/${e.type}`)
    .sort();

// review59 ★2: an ampersand joined two countries or two leaders of a headline into one organization.
describe('an ampersand between two sides of a headline', () => {
  it('parts two countries: "Israel & Hamas agree truce", "US & China agree to cut tariffs"', () => {
    // Act
    const truce = tagArticle({
      title: 'Israel & Hamas agree truce',
      body: 'The truce will start on Friday.',
    });
    const tariffs = namesIn('US & China agree to cut tariffs', 'The deal was struck on Sunday.');

    // Assert
    expect(truce.countries.map((c) => c.code)).toContain('IL');
    expect(truce.entities.map((e) => `${e.name}/${e.type}`)).toContain('Israel/place');
    expect(tariffs).toEqual(['China/place', 'United States/place']);
  });

  it('parts a newsmaker named alone from the next name: "Modi & Sharif shake hands"', () => {
    const names = namesIn('Modi & Sharif shake hands', 'The two leaders met briefly at the summit.');

    expect(names).toContain('Narendra Modi/person');
  });

  it('keeps names the lists write with it: "Trinidad & Tobago", "Johnson & Johnson", "Tiffany & Co"', () => {
    // (A country the lists write with "and" is that country: countries-written-with-an-ampersand.test.ts.)
    expect(namesIn('', 'Trinidad & Tobago beat Jamaica 2-1 on Friday.')).toContain(
      'Trinidad and Tobago/place',
    );
    expect(namesIn('', 'Johnson & Johnson said it would cut 300 jobs.')).toEqual([
      'Johnson & Johnson/organization',
    ]);
    expect(namesIn('', 'Tiffany & Co said it would open a new store.')).toEqual([
      'Tiffany & Co/organization',
    ]);
  });
});
