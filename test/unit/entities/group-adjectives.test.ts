import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe('adjectives of people that AP style capitalises', () => {
  it('reads "the first Black woman" and "Indigenous leaders" as no names', () => {
    const entities = typedNames(
      'Lisa Cook, the first Black woman to serve on the board, sued. The minister met Indigenous leaders.',
    );

    expect(entities).toEqual(['Lisa Cook/person']);
  });

  it('keeps the surname Black or White a person', () => {
    const entities = typedNames('Jack Black starred in the film. Black said he loved it.');
    const white = tagArticle({
      body: 'Singer Jack White released an album. Fans cheered when White took the stage.',
    });

    expect(entities).toEqual(['Jack Black/person']);
    expect(white.entities.find((e) => e.name === 'Jack White')?.mentions).toHaveLength(2);
  });
});

describe('adjectives of people and of faiths before any noun they qualify (wild43 ★6)', () => {
  it('reads "the first Black artist", "a Black church" and "Christian summer camps" as no names', () => {
    // Arrange
    const body =
      'Ana Ruiz became the first Black artist to win the prize. She sang at a Black church in Ohio. ' +
      'Her father ran Christian summer camps, and a Christian charity paid for the tour. The Christian group praised her.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(expect.arrayContaining(['Ana Ruiz/person', 'Ohio/place']));
    expect(entities.filter((e) => /Black|Christian/.test(e))).toEqual([]);
  });

  it('keeps a person named Black, White or Christian who does something', () => {
    const entities = typedNames(
      'In the film, Black plays a villain. When White took the stage, fans cheered. The singer, Christian, said he would tour.',
    );

    expect(entities).toEqual(expect.arrayContaining(['Black/person', 'White/person', 'Christian/person']));
  });
});

describe('unions named before the word "union"', () => {
  it('reads "the United Steelworkers union" and "the Teamsters union" as organisations', () => {
    const entities = typedNames(
      'The deal was opposed by the United Steelworkers union. Drivers of the Teamsters union went on strike.',
    );

    expect(entities).toEqual(
      expect.arrayContaining(['United Steelworkers/organization', 'Teamsters/organization']),
    );
  });
});

describe('a name in the possessive opening a sentence', () => {
  it('reads "Zelenskiy\'s office" and "Trump\'s tariffs" as people, and leaves "Today\'s government" alone', () => {
    const entities = typedNames(
      "Zelenskiy's office said the talks were useful. Trump's tariffs hit exports. Today's government is weak.",
    );

    expect(entities).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy/person', 'Donald Trump/person']));
    expect(entities).toHaveLength(2);
  });
});

describe('names that open with a foreign article', () => {
  it('reads "Le Pen said she" as a person and "La Rochelle" as one name, not Louisiana and a person', () => {
    const lePen = typedNames('Le Pen said she would run for president.');
    const rochelle = typedNames('The ship docked in La Rochelle on Monday.');

    expect(lePen).toEqual(['Marine Le Pen/person']);
    expect(rochelle).toHaveLength(1);
    expect(rochelle[0]).toMatch(/^La Rochelle\//);
  });

  it('reads a party named with "La" as an organisation, not a person whose given name is "La"', () => {
    const argentina = typedNames('Voters backed La Libertad Avanza on Sunday.');
    const france = typedNames('La France Insoumise called for a vote of no confidence.');

    expect(argentina).toEqual(['La Libertad Avanza/organization']);
    expect(france).toContain('La France Insoumise/organization');
  });
});
