import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('names joined by "and" or by Spanish "los"/"las"', () => {
  it('reads a country named with "and" as one place', () => {
    const entities = entitiesOf(
      'Bosnia and Herzegovina held local elections, and Saint Kitts and Nevis voted too.',
    );

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('place:iso:BA');
    expect(ids).toContain('place:iso:KN');
    expect(entities.some((e) => e.name === 'Herzegovina' || e.name === 'Nevis')).toBe(false);
  });

  it('keeps "de los" and "de las" inside a surname', () => {
    const entities = entitiesOf('Prosecutor Martin de los Santos spoke to Ana de las Heras on Monday.');

    const names = entities.map((e) => e.name);
    expect(names).toContain('Martin de los Santos');
    expect(names).toContain('Ana de las Heras');
  });
});
