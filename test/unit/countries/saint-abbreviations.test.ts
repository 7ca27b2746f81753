import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const codesOf = (body: string) => tagStory({ body }).countries.map((c) => c.code);

describe('a place name written with "St."', () => {
  it('reads the island states named after saints with the abbreviation’s period', () => {
    const codes = codesOf(
      'Caribbean leaders met in St. Vincent and the Grenadines on Monday, and ministers from St. Kitts and Nevis ' +
        'and St. Lucia joined them.',
    );

    expect(codes).toEqual(expect.arrayContaining(['VC', 'KN', 'LC']));
  });

  it('reads a city named after a saint as it reads the spelling without the period', () => {
    expect(codesOf('The carrier moved its hub to St. Louis last year.')).toEqual(
      codesOf('The carrier moved its hub to St Louis last year.'),
    );
  });
});
