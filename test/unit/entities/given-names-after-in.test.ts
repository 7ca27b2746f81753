import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a given name alone after "in" that the lists know as one person\'s (wild56: "in Levi")', () => {
  it('is the town, as any given name there is', () => {
    // Arrange
    const body = 'She won the slalom in Levi on Saturday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Levi/place');
  });

  it('stays the person the story names in full', () => {
    const found = typedNames('Levi Nolan, the coach, said the team trained in Levi.');

    expect(found).not.toContain('Levi/place');
  });
});
