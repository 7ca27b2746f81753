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

describe('a name a foreign article opens, where one is (place57)', () => {
  it('reads it after "in" or "near" and beside a place the lists know as a town', () => {
    const types = typesOf(
      entitiesOf(
        'Queues formed at petrol stations in El Dravo and Lima, and troops camped near Las Kelvas, Peru.',
        'Fuel',
      ),
    );

    expect(types.get('El Dravo')).toEqual(['place']);
    expect(types.get('Las Kelvas')).toEqual(['place']);
  });

  it('leaves it alone after "in" with no place beside it, or a paper an article was published in', () => {
    const league = typesOf(entitiesOf('Broadcasters will pay more to show matches in La Liga.', 'TV rights'));
    const paper = typesOf(entitiesOf('The findings were published in La Gazzetta and Le Monde.', 'Study'));

    expect(league.get('La Liga')).toEqual(['organization']);
    expect(paper.get('La Gazzetta')).toEqual(['organization']);
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
