import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../functions/core/schema.js';
import { entitiesOf } from './entities-of.js';

/** The mention texts of the entity with this name. */
const said = (entities: Entity[], name: string) =>
  entities.find((e) => e.name === name)?.mentions.map((m) => m.text);

describe('a surname two people of the story share', () => {
  it('joins the nearest full name before it', () => {
    const entities = entitiesOf(
      'Dan Keller, the playwright, has died at 81. Keller wrote for the stage. He was the son of the actor Walter Keller.',
    );

    expect(said(entities, 'Dan Keller')).toEqual(['Dan Keller', 'Keller']);
    expect(said(entities, 'Walter Keller')).toEqual(['Walter Keller']);
  });

  it('joins each mention to the full name nearest before it', () => {
    const entities = entitiesOf(
      'Tom Hardy met Jane Hardy in Leeds. Tom Hardy said the talks went well, and Hardy left. Jane Hardy spoke next, and Hardy agreed.',
    );

    expect(said(entities, 'Tom Hardy')).toEqual(['Tom Hardy', 'Tom Hardy', 'Hardy']);
    expect(said(entities, 'Jane Hardy')).toEqual(['Jane Hardy', 'Jane Hardy', 'Hardy']);
  });

  it("gives the listed newsmaker's surname to the newsmaker, not to one of two relatives", () => {
    const entities = entitiesOf(
      'Donald Trump Jr. and Eric Trump opened the tower. Trump said on Monday the tariffs would stay.',
    );

    expect(said(entities, 'Donald Trump')).toEqual(['Trump']);
  });
});

describe("a firm's first word that a unit's name shares", () => {
  it('is the firm', () => {
    const entities = entitiesOf(
      'Nordvik Holdings said profit rose. Nordvik Robotics Labs is run by Ana Ruiz. Nordvik shares fell.',
    );

    expect(said(entities, 'Nordvik Holdings')).toEqual(['Nordvik Holdings', 'Nordvik']);
  });
});
