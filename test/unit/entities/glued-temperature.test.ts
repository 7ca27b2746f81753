import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('a temperature with its unit glued to the number', () => {
  it('opens no name of the next sentence', () => {
    const entities = entitiesOf('Temperatures in Leeds reached 34C. Sheffield was hotter still.');

    expect(entities.map((e) => e.name)).toContain('Sheffield');
  });
});
