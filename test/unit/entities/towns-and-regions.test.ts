import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a town placed by its state or province', () => {
  it('reads "Town, Prov." as a town and the abbreviation as the province', () => {
    const entities = entitiesOf(
      'Crews were sent to Moose Jaw, Sask., and Kamloops, B.C., on Tuesday as Red Deer, Alta., braced for smoke.',
    );
    const types = typesOf(entities);

    for (const town of ['Moose Jaw', 'Kamloops', 'Red Deer']) expect(types.get(town)).toEqual(['place']);
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Saskatchewan', 'British Columbia', 'Alberta']),
    );
  });

  it('reads a province written with periods as the province, not a body', () => {
    const entities = entitiesOf('The B.C. government said on Monday it would build the bridge.');

    expect(entities.map((e) => `${e.name}/${e.type}`)).toEqual(['British Columbia/place']);
  });

  it('keeps a firm before its town and state', () => {
    const types = typesOf(entitiesOf('Talbot Corp, of Lorain, Ohio, said it would cut 300 jobs.'));

    expect(types.get('Talbot Corp')).toEqual(['organization']);
    expect(types.get('Lorain')).toEqual(['place']);
  });
});

describe('a name of unknown words where a place is', () => {
  it('reads it as a place in every mention', () => {
    const types = typesOf(
      entitiesOf(
        'Trade ministers met in Punta del Este on Monday. Punta del Este has hosted such talks before.',
      ),
    );

    expect(types.get('Punta del Este')).toEqual(['place', 'place']);
  });
});
