import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// read33 F8: a town known for its yearly gathering, used for the kind of people who go there, named its country.
// Invented stories.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a gathering town used as a figure of speech', () => {
  it('reads "Davos man", "the Davos set" and "a Davos-style elite" as no mention of Switzerland', () => {
    const found = codes({
      title: "Populist senator rails against 'Davos man'",
      body:
        'WASHINGTON (Reuters) - Senator Jane Holt on Thursday accused both parties of serving Davos man and said ' +
        'the nominee had spent years courting the Davos set and a Davos-style elite. Her bill to tax companies ' +
        'that move factories abroad has little chance of passing the Senate.',
    });

    expect(found).toEqual(['US']);
  });

  it('reads "the Cannes crowd" as no mention of France', () => {
    const found = codes({
      title: 'Studios court the Cannes crowd',
      body:
        'LOS ANGELES (Reuters) - Hollywood studios are courting the Cannes crowd earlier than ever this year, ' +
        'hoping art-house prestige will translate into Oscar nominations, executives said.',
    });

    expect(found).not.toContain('FR');
  });

  it('keeps the town where it is the place: "Davos set to debate AI", "gathered in Davos"', () => {
    const found = codes({
      title: 'Davos set to debate AI as leaders gather',
      body: 'Business and political leaders gathered in Davos on Monday for the annual meeting of the forum.',
    });

    expect(found).toContain('CH');
  });
});
