import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const typeOf = (body: string, name: string) =>
  tagArticle({ body }).entities.find((e) => e.name === name)?.type;

describe('a name ending in a palace or castle is a place', () => {
  it('reads "the Elysee Palace" as a place, not a person named Elysee', () => {
    expect(typeOf('The leaders met at the Elysee Palace on Monday.', 'Elysee Palace')).toBe('place');
  });

  it('reads a castle as a place', () => {
    expect(typeOf('Crowds gathered outside Dunmore Castle on Sunday.', 'Dunmore Castle')).toBe('place');
  });
});
