import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

describe('a surname WordNet lists, with no first name in the article, that a cue makes a firm elsewhere', () => {
  it('is the firm in every mention', () => {
    const types = typesOf(
      entitiesOf(
        'The studio makes its films in partnership with Disney. Talks with Disney boss Michael Eisner broke down last year.',
      ),
    );

    expect(types.get('Disney')).toEqual(['organization', 'organization']);
  });
});
