import { describe, expect, it } from 'vitest';
import { pairsOf, tagStory } from './focus-and-pairs.js';

describe('the countries in focus are listed first', () => {
  const focusLeads = (countries: readonly { focus: boolean; salience: number }[]) => {
    const lowestFocus = Math.min(...countries.filter((c) => c.focus).map((c) => c.salience));
    return countries[0]?.focus === true && countries.every((c) => c.focus || c.salience <= lowestFocus);
  };

  it('lists the dateline country in focus before a producer named once in the lead', () => {
    // Arrange
    const story = {
      title: 'TIN PRODUCERS AGREE TO CUT EXPORTS',
      dateline: 'LONDON',
      body:
        'LONDON, May 4 (Reuters) - Tin producers agreed on Monday to cut exports by 10 pct in the third quarter, ' +
        'as Malaysia seeks to lift prices, delegates said. Indonesia, Thailand and Bolivia are among the seven ' +
        'members taking part. Prices fell 1.2 pct in early Asian trade.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries[0]?.code).toBe('GB');
    expect(focusLeads(countries)).toBe(true);
  });

  it("lists the winner's country before the country of the race's venue, out of focus", () => {
    const story = {
      title: 'Rossi wins Mexican Grand Prix',
      body:
        'Marco Rossi won the Mexican Grand Prix in Mexico City on Sunday, holding off Tom Walker and Jan Berg to ' +
        'claim his third win of the season. The Italian started from pole and led every lap. Berg finished third.',
    };

    const countries = tagStory(story).countries;

    expect(countries.map((c) => c.code)).toEqual(['IT', 'MX']);
    expect(focusLeads(countries)).toBe(true);
  });
});

describe('aid senders named once pair with the country a headline disaster struck', () => {
  it('pairs Fiji with each sender named in a sentence without it, and no two senders', () => {
    // Arrange
    const story = {
      title: 'Cyclone kills 40 in Fiji',
      dateline: 'SUVA',
      body:
        'SUVA, March 3 (Reuters) - A cyclone has killed at least 40 people in Fiji and cut power to the main ' +
        'island, officials said on Tuesday. New Zealand sent an air force plane with relief supplies, while ' +
        'Australia and France pledged emergency aid. The government declared a state of emergency.',
    };

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(['AU-FJ', 'FJ-FR', 'FJ-NZ']);
  });

  it('pairs no country named only as the home of firms offering help', () => {
    const story = {
      title: 'Earthquake hits Chile',
      body:
        'An earthquake killed 12 people in northern Chile on Monday. The Peruvian government sent condolences, ' +
        'and Korean and U.S. firms offered help with the rebuilding. Chile said roads had reopened.',
    };

    expect(pairsOf(story)).not.toContain('CL-US');
  });

  it('keeps firms helping with repairs out of a story whose lead only names the quake', () => {
    const story = {
      title: 'Peru copper exports halted',
      body:
        "Peru's copper exports will stop for two months after last week's earthquake damaged the railway to " +
        'the port, the mines minister said. The line will be repaired with the help of a Chilean and a ' +
        'Brazilian firm, he said.',
    };

    expect(pairsOf(story)).toEqual([]);
  });
});
