import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

describe('a country named in passing is less salient than every country the story is about', () => {
  const regulatorStory = {
    title: 'EU regulator backs Alzheimer drug after second look',
    body:
      "AMSTERDAM, Nov 14 (Reuters) - Europe's medicines regulator recommended approval of Kestrel Bio's " +
      'memory drug on Friday, reversing an earlier rejection after the company narrowed the group of patients ' +
      'who would receive it. The drug slows decline in people at an early stage of the disease. It is already ' +
      'approved in the United States, Japan, China and Britain. The Commission usually follows the advice.',
  };

  it('scores the countries of a passing list below the dateline country in focus', () => {
    // Arrange / Act
    const countries = tagStory(regulatorStory).countries;

    // Assert
    const netherlands = countries.find((c) => c.code === 'NL')!;
    const passing = countries.filter((c) => !c.focus);
    expect(netherlands.focus).toBe(true);
    expect(passing.map((c) => c.code).sort()).toEqual(['CN', 'GB', 'JP', 'US']);
    for (const c of passing) expect(c.salience).toBeLessThan(netherlands.salience);
  });

  it('keeps the order of the passing countries among themselves', () => {
    const countries = tagStory({
      title: 'Chef opens third restaurant',
      body:
        'LIMA — Chef Rosa Quispe opened her third restaurant on Friday. Quispe, who trained in Spain and ' +
        'Spain again later, worked a season in Italy. Tables are booked until March.',
    }).countries;

    const [first, ...rest] = countries;
    expect(first?.code).toBe('PE');
    expect(rest.map((c) => c.code)).toEqual(['ES', 'IT']);
    expect(rest[0]!.salience).toBeGreaterThan(rest[1]!.salience);
    expect(rest[0]!.salience).toBeLessThan(first!.salience);
  });
});

describe('a city people left some time ago is no country of the lead', () => {
  it('puts the country a column argues about in focus, not the venue its leaders left last month', () => {
    // Arrange
    const column = {
      title: 'The defence pledge meets the pension bill',
      body:
        "Europe's leaders left Vienna last month pleased with themselves, promising to spend far more on " +
        'defence within a decade.\n\nTake Portugal. Lisbon already spends more on pensions than almost any ' +
        'other government in the union, and finding another 2% of output for drones means cuts no cabinet in ' +
        'Lisbon has dared to make.\n\nPledges are cheap; budgets are not.',
    };

    // Act
    const countries = tagStory(column).countries;

    // Assert
    expect(countries.filter((c) => c.focus).map((c) => c.code)).toEqual(['PT']);
    expect(countries.find((c) => c.code === 'AT')?.focus).toBe(false);
  });

  it('keeps a city in the lead when leaving it is the news', () => {
    const story = {
      title: 'Thousands flee as shelling intensifies',
      body:
        'Thousands of residents left Kherson on Tuesday as shelling intensified, officials said. Buses ' +
        'carried families north, and aid groups set up shelters along the road.',
    };

    expect(tagStory(story).countries.find((c) => c.code === 'UA')?.focus).toBe(true);
  });
});
