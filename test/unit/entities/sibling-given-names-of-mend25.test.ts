import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe('siblings named "X and Y Surname" in a story that calls them sisters or brothers', () => {
  it('gives the lone given name the shared surname though the story writes it alone again', () => {
    // Arrange
    const body =
      'MELBOURNE - Venus and Serena Williams will play doubles together at the Australian Open, organisers said ' +
      'on Monday. The Williams sisters have won 14 Grand Slam doubles titles. Venus, 45, said she was excited. ' +
      'Williams last played singles here in 2021. Venus will also play mixed doubles.';

    // Act
    const venus = entityWith(body, 'Venus');

    // Assert
    expect(venus?.startsWith('person:venus-williams:')).toBe(true);
  });
});
