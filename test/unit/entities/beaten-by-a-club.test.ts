import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a given name alone after a defeat and "by" on a sports page', () => {
  it('is the club that won ("knocked out of the Champions League by Atalanta")', () => {
    // Arrange
    const body =
      'Liverpool were knocked out of the Champions League by Atalanta on Tuesday. The team lost 2-0 in the match, the third defeat in the league this season.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Atalanta/organization');
    expect(found).not.toContain('Atalanta/person');
  });

  it('needs the defeat in the sentence ("the goal was set up by Alexis")', () => {
    expect(
      typedNames(
        'The goal was set up by Alexis in the match. The team won the league and the cup this season.',
      ),
    ).not.toContain('Alexis/organization');
  });
});
