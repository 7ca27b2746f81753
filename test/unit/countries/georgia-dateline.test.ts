import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// read32 F6: a dateline of "Georgia" (a JSON article's location) or "ATLANTA, Georgia" was read as the country
// whatever the story said. Invented stories, names changed.
const placedIn = (story: Parameters<typeof tagStory>[0]) => {
  const result = tagStory(story);
  return { dateline: result.dateline?.countryCode, first: result.countries[0]?.code };
};

describe('a dateline of Georgia', () => {
  it('is the US state when the story speaks of counties and a runoff', () => {
    const placed = placedIn({
      title: 'Runoff turnout beats forecasts',
      dateline: 'Georgia',
      body:
        "Turnout in Tuesday's runoff for the state's utility board beat forecasts, election officials in Fulton " +
        'and Cobb counties said, as Democrats sought to flip both seats.',
    });

    expect(placed).toEqual({ dateline: 'US', first: 'US' });
  });

  it('is the US state after a city of the US or elsewhere ("City, State")', () => {
    const placed = placedIn({
      title: 'Storm knocks out power to thousands',
      body:
        'ATLANTA, Georgia, Dec 2 (Reuters) - Storms knocked out power to 80,000 homes across the metro area on ' +
        'Tuesday, the utility said.',
    });

    expect(placed).toEqual({ dateline: 'US', first: 'US' });
  });

  it('stays the country after one of its cities', () => {
    const placed = placedIn({
      title: 'Wine exports climb',
      body:
        'BATUMI, Georgia, Dec 2 (Reuters) - Wine exports rose 20% in the first eleven months of the year, the ' +
        'agriculture ministry said on Tuesday, as Democrats in Congress debated tariffs.',
    });

    expect(placed.dateline).toBe('GE');
  });

  it('stays the country alone when the story speaks of Tbilisi', () => {
    const placed = placedIn({
      title: 'Protesters rally against foreign agents law',
      dateline: 'Georgia',
      body:
        'Thousands of protesters rallied outside parliament in Tbilisi on Tuesday against a law on foreign agents, ' +
        'as the ruling Georgian Dream party vowed to press ahead.',
    });

    expect(placed).toEqual({ dateline: 'GE', first: 'GE' });
  });
});
