import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

describe('a post "on X." ending a sentence', () => {
  it('joins no name of the next sentence', () => {
    const entities = entitiesOf(
      '"We will not back down," Sheinbaum wrote on X. The U.S. had raised tariffs on steel.',
    );

    const ids = entities.map((e) => e.id);
    expect(ids).toContain('place:iso:US');
    expect(ids.some((id) => id.includes('x-the'))).toBe(false);
  });
});
