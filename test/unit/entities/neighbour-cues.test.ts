import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('words next to a name that say what it names', () => {
  it('read an oil grade, a market index, products, a prize and a craft as things, and a group adjective as no name', () => {
    // Arrange: one story with each cue word right before or after a single name.
    const body =
      'Brent crude rose on Tuesday while the Nikkei average fell. Regulators in Denmark cleared the ' +
      'weight-loss drug Wegovy, and doctors said Mounjaro pills sold well. Nobel laureate Maria Ressa ' +
      'praised the Hubble telescope team. Officials met Indigenous communities in Ontario.';
    // Act
    const entities = tagArticle({ title: 'Markets and medicine', body }).entities;
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    // Assert
    for (const thing of ['Brent', 'Nikkei', 'Wegovy', 'Mounjaro', 'Nobel', 'Hubble'])
      expect(typeOf(thing)).toBe('other');
    expect(typeOf('Maria Ressa')).toBe('person');
    expect(typeOf('Denmark')).toBe('place');
    expect(entities.some((e) => e.name.includes('Indigenous'))).toBe(false);
  });
});
