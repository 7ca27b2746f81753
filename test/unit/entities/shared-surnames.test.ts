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

describe('a surname the title or the body shares between the story’s person and a namesake', () => {
  it('gives the title’s surname to the person the body names first, not to a later namesake', () => {
    const entities = entitiesOf(
      'JAKARTA - Indonesian President Prabowo Subianto named a close aide as foreign minister on Sunday. Police chief Listyo Sigit Prabowo kept his post.',
      'Prabowo names new foreign minister',
    );

    expect(said(entities, 'Prabowo Subianto')).toEqual(['Prabowo', 'Prabowo Subianto']);
    expect(said(entities, 'Listyo Sigit Prabowo')).toEqual(['Listyo Sigit Prabowo']);
  });

  it('gives a bare surname after a relative the body introduces as one to the story’s person', () => {
    const entities = entitiesOf(
      'WASHINGTON - President Daniel Marsh spoke at a rally in Ohio on Saturday. His son Eric Marsh praised the crowd. Marsh said the economy was strong.',
    );

    expect(said(entities, 'Daniel Marsh')).toEqual(['Daniel Marsh', 'Marsh']);
    expect(said(entities, 'Eric Marsh')).toEqual(['Eric Marsh']);
  });

  it('reads a relative introduced with a title between the kinship word and the name', () => {
    const entities = entitiesOf(
      'BRASILIA - A judge ordered former president Jair Bolsonaro to wear an ankle monitor on Friday. His son, congressman Eduardo Bolsonaro, called the order persecution. Bolsonaro denies wrongdoing.',
      'Judge orders Bolsonaro to wear ankle monitor',
    );

    expect(said(entities, 'Jair Bolsonaro')).toEqual(['Bolsonaro', 'Jair Bolsonaro', 'Bolsonaro']);
    expect(said(entities, 'Eduardo Bolsonaro')).toEqual(['Eduardo Bolsonaro']);
  });
});
