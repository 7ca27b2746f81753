import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

/** The mention texts of the entity with this name. */
const said = (entities: Entity[], name: string) =>
  entities.find((e) => e.name === name)?.mentions.map((m) => m.text);

describe('a name without the generational suffix another person of the story bears', () => {
  it('is the father, not the son named with "Jr."', () => {
    // Arrange
    const body =
      'Governor Walter Brandt said on Friday he would sign the bill. His son Walter Brandt Jr. attended the signing. Brandt later left for Denver.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Walter Brandt')).toEqual(['Walter Brandt', 'Brandt']);
    expect(said(entities, 'Walter Brandt Jr.')).toEqual(['Walter Brandt Jr.']);
  });

  it('leaves a bare surname to the son when the father is the one introduced as a relative', () => {
    // Arrange
    const body =
      'Senator Hollis Crane Jr. spoke in the chamber on Monday. His father, Hollis Crane, was a judge. Crane said the vote would be close.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Hollis Crane Jr.')).toEqual(['Hollis Crane Jr.', 'Crane']);
    expect(said(entities, 'Hollis Crane')).toEqual(['Hollis Crane']);
  });

  it('still joins the short form that keeps the suffix', () => {
    // Arrange
    const body = 'Walter Brandt Jr. opened the plant on Monday. Brandt Jr. said it would hire 300 people.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Walter Brandt Jr.')).toEqual(['Walter Brandt Jr.', 'Brandt Jr.']);
  });
});

describe('a word opening the sentence before a town and its mayor', () => {
  it.each([
    ['Opposition', 'Varna'],
    ['Jailed', 'Istanbul'],
    ['Popular', 'Lagos'],
    ['Centrist', 'Bucharest'],
    ['Leftist', 'Bogota'],
  ])('drops "%s" and keeps %s a place', (descriptor, town) => {
    // Arrange
    const body = `${descriptor} ${town} mayor Pavel Dorin was detained on Sunday, his lawyers said.`;

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.find((e) => e.name === town)?.type).toBe('place');
    expect(entities.some((e) => e.name.startsWith(descriptor))).toBe(false);
    expect(entities.find((e) => e.name === 'Pavel Dorin')?.type).toBe('person');
  });

  it('keeps a club named by an ordinary word and a town before its coach', () => {
    // Arrange
    const body = 'Sporting Lisbon coach Rui Borges said on Sunday the title race was open.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.find((e) => e.name === 'Sporting Lisbon')?.type).toBe('organization');
  });

  it('keeps a town of two words before its mayor whole', () => {
    // Arrange
    const body = 'Grand Rapids mayor Ellen Marsh said on Sunday the bridge would reopen.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(entities.find((e) => e.name === 'Grand Rapids')?.type).toBe('place');
  });
});

describe('a name written with and without its generational suffix in a story that names no family', () => {
  it('is one person', () => {
    // Arrange
    const body =
      'Crowds marched in Atlanta to honour Martin Luther King Jr. on Monday. Speakers read from the sermons Martin Luther King gave at the church.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Martin Luther King Jr.')).toEqual([
      'Martin Luther King Jr.',
      'Martin Luther King',
    ]);
  });
});

describe('a name written with and without its generational suffix, by the kinship the story names', () => {
  it('is two people where the story names a niece, as it would a nephew', () => {
    // Arrange
    const body =
      'Rancher Colby Vance Jr. bought the land in May. His niece, Tara Mills, runs the farm now. Colby Vance founded the ranch in 1961.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Colby Vance Jr.')).toEqual(['Colby Vance Jr.']);
    expect(said(entities, 'Colby Vance')).toEqual(['Colby Vance']);
  });

  it('is one person where the story names only a wife', () => {
    // Arrange
    const body =
      'Marchers in Memphis honoured Martin Luther King Jr. on Monday. His wife, Coretta Scott King, led the march in 1968. Martin Luther King spoke there the night before he died.';

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Martin Luther King Jr.')).toEqual([
      'Martin Luther King Jr.',
      'Martin Luther King',
    ]);
  });

  it('is two people where the story names a son by the plural', () => {
    // Arrange
    const body =
      "Developer Rhett Calder Jr. opened the tower on Friday. The grandsons of the firm's founder were there. Rhett Calder built the firm's first hotel.";

    // Act
    const entities = entitiesOf(body);

    // Assert
    expect(said(entities, 'Rhett Calder Jr.')).toEqual(['Rhett Calder Jr.']);
    expect(said(entities, 'Rhett Calder')).toEqual(['Rhett Calder']);
  });
});
