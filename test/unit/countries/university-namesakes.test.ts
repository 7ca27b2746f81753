import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

describe('a city in the name of its university', () => {
  it('keeps the University of Cambridge English in a story naming two US states', () => {
    // Arrange: Texas and California would otherwise place Cambridge in Massachusetts.
    const story = {
      title: 'Study links processed food to heart disease',
      body:
        'Researchers from the University of Cambridge analysed the diets of 200,000 adults in Texas and ' +
        'California over ten years, they said on Monday.\n\nPeople who ate the most processed food had a 20% ' +
        'higher risk of heart disease.\n\nThe work was published in a medical journal.',
    };

    // Act
    const countries = tagStory(story).countries.map((c) => c.code);

    // Assert
    expect(countries).toContain('GB');
  });

  it('still reads a namesake its state places ("Cambridge, Massachusetts")', () => {
    // Arrange
    const story = {
      body:
        'A start-up based in Cambridge, Massachusetts raised $50 million for fusion magnets, it said on ' +
        'Monday.\n\nThe company will expand its factory in Massachusetts and open an office in New York.',
    };

    // Act
    const countries = tagStory(story).countries.map((c) => c.code);

    // Assert
    expect(countries).toEqual(['US']);
  });
});
