import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a name that "which" takes up', () => {
  it('reads "Komeito, which left the coalition" as a body, not a person', () => {
    // Arrange
    const body = 'The ruling party lost 40 seats. Komeito, which left the coalition last year, won 21 seats.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Komeito')).toEqual(['organization']);
  });
});

describe('a name before a base', () => {
  it('reads "Al Udeid air base" and "the Ramstein airbase" as places, not a person', () => {
    const body = "Iran fired missiles at Qatar's Al Udeid air base. The Ramstein airbase was on alert.";

    const types = typesOf(entitiesOf(body));

    expect(types.get('Al Udeid')).toEqual(['place']);
    expect(types.get('Ramstein')).toEqual(['place']);
  });

  it('keeps a people\'s word before "army base" its nationality', () => {
    const body = 'Protesters gathered outside an American army base near the capital on Friday.';

    expect(typesOf(entitiesOf(body)).get('American')).toEqual(['nationality']);
  });
});

describe('an event named in the headline alone', () => {
  it('joins "Masters" of "McIlroy wins Masters" to the event the body names', () => {
    const title = 'McIlroy wins Masters to complete career Grand Slam';
    const body = 'Rory McIlroy won the Masters on Sunday after a playoff with Justin Rose.';

    const masters = entitiesOf(body, title).filter((e) => e.name === 'Masters');

    expect(masters.map((e) => e.type)).toEqual(['event']);
    expect(masters[0]!.mentions).toHaveLength(2);
  });
});
