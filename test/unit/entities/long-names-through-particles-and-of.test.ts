import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, mentionsOf, typesOf } from './entities-of.js';

describe('long names joined through particles', () => {
  it('keeps a Kalenjin "arap" inside a person\'s name, and the surname alone is that person', () => {
    // Arrange
    const body =
      'Ugandan President Samuel arap Kipchumba opened the new dam on Friday. Kipchumba said the power would reach ' +
      'every village.';

    // Act
    const line = entityWith(body, 'Kipchumba');

    // Assert
    expect(line).toBe('person:samuel-arap-kipchumba: Samuel arap Kipchumba | Kipchumba');
  });

  it('gives a headline surname the person of the body whose name holds "arap"', () => {
    const line = entityWith(
      'Kenyan President Daniel arap Moi named a new cabinet on Tuesday. Moi said the changes would take effect at once.',
      'Moi',
      "Kenya's Moi names new cabinet",
    );
    expect(line?.startsWith('person:daniel-arap-moi: ')).toBe(true);
  });

  it('joins two Portuguese surnames through "e" in English copy', () => {
    const types = typesOf(entitiesOf('Admiral Rui Barreto e Castro said he would run for president.'));
    expect(types.get('Rui Barreto e Castro')).toEqual(['person']);
  });

  it('does not join two people through "e" when a given name follows it', () => {
    const names = mentionsOf('Admiral Rui Barreto e Paulo Amaral met on Monday.');
    expect(names).toContain('person:rui-barreto: Rui Barreto');
    expect(names).toContain('person:paulo-amaral: Paulo Amaral');
  });

  it('reads a name joined by "e" with no given name as a firm', () => {
    const types = typesOf(entitiesOf('The consultancy Lavoura e Mercado said the soy crop would be bigger.'));
    expect(types.get('Lavoura e Mercado')).toEqual(['organization']);
  });

  it('leaves "e" between two people in an Italian article as "and"', () => {
    const names = mentionsOf('Il presidente Carlo Bianchi e Marta Rossi hanno parlato a Roma ieri sera.');
    expect(names.some((n) => n.includes('Bianchi e'))).toBe(false);
  });
});

describe('long names joined through "of"', () => {
  it('keeps an armed group named by a plural and "of" whole', () => {
    const types = typesOf(
      entitiesOf('The Liberation Panthers of Northern Varuna are fighting for a state of their own.'),
    );
    // One name, no person or place (the lists know neither word: a name of unclear kind stays 'other').
    expect(types.get('Liberation Panthers of Northern Varuna')).toHaveLength(1);
    expect(['organization', 'other']).toContain(types.get('Liberation Panthers of Northern Varuna')![0]);
    expect(types.get('Northern Varuna')).toBeUndefined();
  });

  it('does not join a plural title or a country after "of"', () => {
    const names = mentionsOf(
      'Foreign Ministers of France and Germany met. The Revolutionary Guards of Iran fired.',
    );
    expect(names.some((n) => n.includes('Ministers of'))).toBe(false);
    expect(names.some((n) => n.includes('Guards of'))).toBe(false);
  });

  it('joins a body\'s plural lead through "of"', () => {
    const names = mentionsOf(
      'A mural painted on the wall of the Royal Courts of Justice was removed on Monday.',
    );
    expect(names.some((n) => n.endsWith(': Royal Courts of Justice'))).toBe(true);
  });
});

describe('a brand named by an ordinary word opening a firm of two names', () => {
  it('keeps the brand word at a sentence start before a word no list knows', () => {
    const types = typesOf(entitiesOf('Paramount Zentrix had made a rival bid.'));
    expect(types.get('Paramount Zentrix')).toEqual(['organization']);
  });

  it('leaves a product after the brand out of the firm reading', () => {
    const types = typesOf(entitiesOf('An Apple iPod was sold at auction.'));
    expect(types.get('Apple iPod')).not.toEqual(['organization']);
  });
});
