import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const codesOf = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a state named as the seat of an institution places a namesake city there', () => {
  it('reads Cambridge as Massachusetts’ in a story about the Massachusetts Institute of Technology', () => {
    const codes = codesOf({
      title: 'MIT researchers unveil battery that charges in minutes',
      body:
        'Researchers at the Massachusetts Institute of Technology have developed a battery that can be charged ' +
        'in under ten minutes. The team, based in Cambridge, said the design could cut the cost of electric ' +
        'cars, said lead author Dana Whitfield.',
    });

    expect(codes).toEqual(['US']);
  });

  it('keeps Birmingham England’s beside a state named as a birthplace', () => {
    const codes = codesOf({
      title: 'Birmingham council votes to cut services',
      body: 'The council leader, an Alabama-born former teacher, said Birmingham had no choice but to cut services.',
    });

    expect(codes[0]).toBe('GB');
  });
});
