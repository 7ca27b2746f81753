import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const typeOf = (body: string, name: string) =>
  tagArticle({ body }).entities.find((e) => e.name === name)?.type;

describe('a commercial noun before "from" takes a company', () => {
  it('reads unknown names after "competition from" or "orders from" as companies, not places', () => {
    const body = 'The phone maker faces growing competition from Zentrix, and it won orders from Halvaro.';

    expect(typeOf(body, 'Zentrix')).toBe('organization');
    expect(typeOf(body, 'Halvaro')).toBe('organization');
  });

  it('keeps a known place or country after the same nouns', () => {
    const body = 'Demand from Texas rose, and the airline won orders from Brazil.';

    expect(typeOf(body, 'Texas')).toBe('place');
    expect(typeOf(body, 'Brazil')).toBe('place');
  });
});
