import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a generation suffix after a name', () => {
  it('reads "Vinicius Junior" and "Ken Griffey Junior" as people, not a firm or a product', () => {
    const types = typesOf(
      entitiesOf('Vinicius Junior scored twice for Real Madrid, and Ken Griffey Junior was in the crowd.'),
    );
    expect(types.get('Vinicius Junior')).toEqual(['person']);
    expect(types.get('Ken Griffey Junior')).toEqual(['person']);
    expect(types.get('Real Madrid')).toEqual(['organization']);
  });

  it('keeps a body that opens with "Junior" an organisation ("the Junior League")', () => {
    const types = typesOf(entitiesOf('The Junior League met in Boston on Tuesday.'));
    expect(types.get('Junior League')).toEqual(['organization']);
  });
});
