import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a title of nobility with "of" and its place', () => {
  it('reads "the Duke of York" as one person, and a later "the Duke" as him', () => {
    const body = 'The Duke of York attended the service on Sunday. The Duke left before the sermon.';
    const duke = entitiesOf(body).find((e) => e.name === 'Duke of York');
    expect(duke?.type).toBe('person');
    expect(duke?.mentions.map((m) => m.text)).toEqual(['Duke of York', 'Duke']);
  });

  it('reads "the Prince of Wales" and "the Duchess of Sussex" as people, not the place', () => {
    const types = typesOf(entitiesOf('She met the Prince of Wales and the Duchess of Sussex in London.'));
    expect(types.get('Prince of Wales')).toEqual(['person']);
    expect(types.get('Duchess of Sussex')).toEqual(['person']);
    expect(types.get('Wales')).toBeUndefined();
    expect(types.get('London')).toEqual(['place']);
  });
});

describe('a plural body opening an organisation name', () => {
  it('keeps "Centers for Disease Control and Prevention" whole', () => {
    const types = typesOf(
      entitiesOf('The Centers for Disease Control and Prevention issued a warning on Friday.'),
    );
    expect(types.get('Centers for Disease Control and Prevention')).toEqual(['organization']);
  });
});
