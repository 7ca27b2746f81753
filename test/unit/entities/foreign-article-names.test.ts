import { describe, expect, it } from 'vitest';
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
