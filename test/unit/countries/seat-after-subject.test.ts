import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

describe("the seat of a body, filed from, after the story's subject", () => {
  it('lists the firms’ country before Belgium when the Commission fines them from Brussels', () => {
    // Arrange: Belgium is only the dateline; the fined firms are American.
    const story = {
      title: 'EU fines two cloud firms under competition law',
      body:
        'BRUSSELS, May 6 (Reuters) - The European Commission fined Nimbus Cloud and Stratus Data a combined ' +
        '900 million euros on Tuesday for tying their software to their cloud services.\n\nThe Commission said ' +
        'the two American companies had shut out European rivals.\n\nBoth firms said they would appeal, and ' +
        'U.S. officials criticised the decision.',
    };

    // Act
    const codes = tagStory(story).countries.map((c) => c.code);

    // Assert
    expect(codes[0]).toBe('US');
    expect(codes).toContain('BE');
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
