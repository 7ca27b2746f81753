import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a foreign article opening a two-word name', () => {
  it('reads "El Al" as the airline, though "Al" is a given name', () => {
    const types = typesOf(entitiesOf('An El Al jet landed at Ben Gurion airport after a bomb threat.'));
    expect(types.get('El Al')).toEqual(['organization']);
  });

  it('reads "La Niña" and "El Nino" as the climate patterns, not people', () => {
    const types = typesOf(
      entitiesOf('Forecasters said La Niña conditions could return, while the El Nino pattern weakened.'),
    );
    expect(types.get('La Niña')).toEqual(['event']);
    expect(types.get('El Nino')).toEqual(['event']);
  });
});

describe('a capitalised particle of a surname, alone (wild43 item 12)', () => {
  it('is no mention of the person: "Le texte" of a French story naming Bruno Le Maire', () => {
    // Arrange
    const doc = {
      title: 'Budget',
      body: "PARIS - Le ministre de l'Economie Bruno Le Maire a présenté le budget. Le texte sera voté en décembre.",
      language: 'fr',
    };

    // Act
    const person = tagArticle(doc).entities.find((e) => e.id === 'person:bruno-le-maire');

    // Assert
    expect(person?.mentions.map((m) => m.text)).toEqual(['Bruno Le Maire']);
  });

  it('still joins the surname with its particle to the full name', () => {
    const person = tagArticle({
      body: 'Marine Le Pen said on Monday she would run. Le Pen said the vote was unfair.',
    }).entities.find((e) => e.id === 'person:marine-le-pen');

    expect(person?.mentions.map((m) => m.text)).toEqual(['Marine Le Pen', 'Le Pen']);
  });
});
