import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a person named after "<a person\'s noun> from <town>," (review58)', () => {
  it("is the person, not the town's region", () => {
    // Arrange
    const bodies = [
      'The lottery winner is a retired teacher from Nairobi, Wanjiru Kamau.',
      'Police named the victim as a 34-year-old father of two from Leeds, Tavish Morrane.',
      'Officers arrested a man from Karachi, Faisal Ahmed.',
    ];

    // Act
    const found = bodies.map((body) => typedNames(body).filter((name) => name.endsWith('/person')));

    // Assert
    expect(found).toEqual([['Wanjiru Kamau/person'], ['Tavish Morrane/person'], ['Faisal Ahmed/person']]);
  });

  it('leaves a one-word region after a town a region', () => {
    expect(typedNames('a campaign stop in Kelvane, Morvale.')).toContain('Morvale/place');
  });
});
