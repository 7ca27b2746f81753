import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// Invented stories (session 56, ents56): a town the story likens something to names no country.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a town likened to', () => {
  it('names no country in "has become a Mecca for cyclists" or "Town Becomes Mecca"', () => {
    expect(
      codes({ title: 'Town Becomes Mecca', body: 'The small town has become a Mecca for cyclists.' }),
    ).toEqual([]);
  });

  it('names the country of a place a sentence says something became', () => {
    const found = codes({
      title: 'A capital moves',
      body: 'After the war the seat of government became Ankara. In 1997 the capital became Astana.',
    });

    expect(found).toEqual(expect.arrayContaining(['TR', 'KZ']));
  });

  it('names its country where it is the place', () => {
    const found = codes({
      title: 'Pilgrims arrive for the haj',
      body: 'Millions of pilgrims travelled to Mecca this week.',
    });

    expect(found).toContain('SA');
  });
});
