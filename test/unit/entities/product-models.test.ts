import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('models named after their maker', () => {
  it('reads "the Tesla Model Y" as one product name, letter included, not the firm "Tesla Model"', () => {
    const types = typesOf(
      entitiesOf('Sales of the Tesla Model Y fell in Europe, and Tesla Model 3 orders rose.'),
    );
    expect(types.get('Tesla Model Y')).toEqual(['other']);
    expect(types.get('Tesla Model 3')).toEqual(['other']);
    expect(types.get('Tesla Model')).toBeUndefined();
  });

  it('reads "the Ford F-150" as a product, and keeps "Ford" alone the firm', () => {
    const entities = entitiesOf(
      'Ford recalled the Ford F-150 pickup on Tuesday. Ford said demand was strong.',
    );
    const types = typesOf(entities);
    expect(types.get('Ford F-150')).toEqual(['other']);
    expect(types.get('Ford')).toEqual(['organization', 'organization']);
  });
});
