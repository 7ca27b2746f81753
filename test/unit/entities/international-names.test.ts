import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../../functions/core/entities/lexicon.js';
import { entitiesOf, typesOf } from './entities-of.js';

describe('given names of other countries', () => {
  it('types a foreign given name before a surname that is an ordinary word as a person ("Jannik Sinner")', () => {
    const types = typesOf(entitiesOf('Jannik Sinner beat Carlos Alcaraz in the final on Sunday.'));
    expect(types.get('Jannik Sinner')).toEqual(['person']);
    expect(types.get('Carlos Alcaraz')).toEqual(['person']);
  });

  it('reads Danish, Polish, German, Brazilian, Indian and Turkish given names as given names', () => {
    const types = typesOf(entitiesOf('Mateusz Young and Mette Lamb spoke after the vote.'));
    expect(types.get('Mateusz Young')).toEqual(['person']);
    expect(types.get('Mette Lamb')).toEqual(['person']);
    expect(
      ['Jannik', 'Mette', 'Mateusz', 'Luiz', 'Narendra', 'Hakan'].filter((w) => !isGivenName(w)),
    ).toEqual([]);
  });

  it('leaves out of the given names words a foreign list shares with English or WordNet ("Islam", "Hamed")', () => {
    expect(['Islam', 'Atlas', 'Hamed', 'Paris', 'Store'].filter((w) => isGivenName(w))).toEqual([]);
  });
});
