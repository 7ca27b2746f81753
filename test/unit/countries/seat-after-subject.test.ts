import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

describe("the seat of a body, filed from, after the story's subject", () => {
  it('keeps the seat first when it is the only country in focus: a country out of focus never heads the list', () => {
    // Arrange: Belgium is only the dateline, and the fined firms' country is named but not in focus.
    const story = {
      title: 'EU fines two cloud firms under competition law',
      body:
        'BRUSSELS, May 6 (Reuters) - The European Commission fined Nimbus Cloud and Stratus Data a combined ' +
        '900 million euros on Tuesday for tying their software to their cloud services.\n\nThe Commission said ' +
        'the two American companies had shut out European rivals.\n\nBoth firms said they would appeal, and ' +
        'U.S. officials criticised the decision.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    expect(countries[0]?.focus).toBe(true);
    expect(countries.map((c) => c.code)).toEqual(expect.arrayContaining(['BE', 'US']));
  });

  it('keeps a seat after the countries in focus that the text names', () => {
    // Arrange
    const story = {
      title: 'WHO says outbreak slows in Africa',
      body:
        'GENEVA, Sept 5 (Reuters) - The World Health Organization said cases of the virus had fallen in Kenya, ' +
        'Tanzania and Zambia over the past month.\n\nThe agency said it would keep sending vaccines.\n\nHealth ' +
        'workers said testing remained patchy.',
    };

    // Act
    const countries = tagStory(story).countries;

    // Assert
    const focus = countries.filter((c) => c.focus).map((c) => c.code);
    expect(focus[focus.length - 1]).toBe('CH');
  });
});
