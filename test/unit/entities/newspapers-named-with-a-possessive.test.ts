import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Invented press reviews (session 53, fixE53).
const types = (body: string) => typesOf(entitiesOf(body, 'County report'));

describe('newspapers named with a possessive', () => {
  it('reads "the People\'s Daily" as one paper, spaced possessive or not', () => {
    expect(types("The People's Daily said the plan was sound.").get("People's Daily")?.[0]).toBe(
      'organization',
    );
    expect(types("The People 's Daily said the plan was sound .").get("People 's Daily")?.[0]).toBe(
      'organization',
    );
  });

  it('reads a paper whose name ends in "Daily" as a body', () => {
    expect(types('The Economic Daily said exports rose.').get('Economic Daily')?.[0]).toBe('organization');
  });
});
