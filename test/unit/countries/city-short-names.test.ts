import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const codesOf = (story: Parameters<typeof tagStory>[0]) =>
  tagStory(story).countries.map((c) => [c.code, c.focus] as const);

describe('a headline’s short form of a city the story names in full', () => {
  it('reads "Rio" in the headline as Rio de Janeiro when the dateline names it, so the host comes first', () => {
    const countries = codesOf({
      title: 'Trade bloc summit in Rio condemns tariffs',
      dateline: 'RIO DE JANEIRO',
      body:
        'Leaders of the trade bloc criticised the rise of import tariffs on Sunday, a swipe at U.S. President ' +
        'Daniel Ward, at a summit hosted by Brazilian President Paulo Mendes. Ward said on social media that ' +
        'any country aligning with the anti-American group would face an extra 10% tariff. The U.S. Treasury ' +
        'declined to comment.',
    });

    expect(countries[0]).toEqual(['BR', true]);
  });

  it('reads no city from a first word many names share ("Port", "New", "San")', () => {
    const result = tagStory({
      title: 'Port strike ends after pay deal',
      dateline: 'PORT LOUIS',
      body: 'Dock workers returned to work on Monday after the port authority agreed to raise wages by 6%.',
    });

    const mauritius = result.countries.find((c) => c.code === 'MU');
    expect(mauritius?.mentions.some((m) => m.field === 'title')).toBe(false);
  });

  it('reads no city from a first word when the story never names the city in full', () => {
    const countries = codesOf({
      title: 'Rio lifts iron ore output',
      dateline: 'MELBOURNE',
      body: 'Rio Tinto said on Tuesday its iron ore shipments rose 4% in the quarter.',
    });

    expect(countries.map(([code]) => code)).not.toContain('BR');
  });
});

describe('the capital of Myanmar as the wires spell it', () => {
  it('reads Naypyitaw as Myanmar', () => {
    const countries = codesOf({
      title: 'Junta leader votes',
      body: 'The junta leader voted in Naypyitaw on Sunday, state media said.',
    });

    expect(countries).toContainEqual(['MM', true]);
  });
});
