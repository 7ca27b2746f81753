import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// review33 ★C3: "Panama hats" and "Turkey prices/sales/demand" put Panama and Turkey in focus, often first.
// Invented stories, names changed.
const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('a product named after a country', () => {
  it('reads the plural "Panama hats" as hats, like the singular', () => {
    expect(codes({ body: 'Models wore Panama hats at London Fashion Week on Friday.' })).toEqual(['GB']);
  });

  it('reads Turkey as the bird in a story of Thanksgiving sales', () => {
    const found = codes({
      body: 'CHICAGO (Reuters) - Turkey sales fell 3% this Thanksgiving as feed costs rose, a farm group said.',
    });

    expect(found).toEqual(['US']);
  });

  it('keeps the country when it acts, though the story speaks of poultry', () => {
    const found = codes({
      title: 'Turkey bans poultry imports from Poland',
      body: 'Turkey banned poultry imports from Poland on Tuesday after an outbreak of bird flu, the ministry said.',
    });

    expect(found).toContain('TR');
  });
});

// read33 F15: the bird reading dropped Turkey the destination from a Thanksgiving story.
describe('Turkey after a place word in a Thanksgiving story', () => {
  it('is the country: "flew to Turkey for the holiday", "living in Turkey"', () => {
    const found = codes({
      title: 'Expat Americans celebrate Thanksgiving abroad',
      body:
        'NEW YORK (Reuters) - Thousands of Americans living in Turkey gathered for Thanksgiving dinners on ' +
        'Thursday, though a whole turkey took some finding. Others flew to Turkey for the holiday, agents said.',
    });

    expect(found).toContain('TR');
  });

  it('keeps "Turkey prices" in the same kind of story the bird', () => {
    const found = codes({
      title: 'Turkey prices fall ahead of Thanksgiving',
      body: 'CHICAGO (Reuters) - Wholesale turkey prices fell 10% ahead of Thanksgiving, growers said on Monday.',
    });

    expect(found).not.toContain('TR');
  });
});
