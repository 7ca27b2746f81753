import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function codesOf(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a ground named after a person on a sports page', () => {
  it('names no country by the given name it opens with', () => {
    // Arrange (ents42 leftover: "Santiago" of the Santiago Bernabeu counted Chile)
    const body =
      'Real Madrid beat Barcelona 3-1 at the Santiago Bernabeu on Sunday. Vinicius Junior scored twice in the ' +
      'first half.';

    // Act
    const found = codesOf('Real Madrid win', body);

    // Assert
    expect(found).toEqual(['ES']);
  });

  it('leaves the town named alone in its country', () => {
    const body =
      'The match in Santiago was played at the Estadio Nacional. Chile beat Peru 2-0 in the World Cup qualifier.';

    const found = codesOf('Chile win', body);

    expect(found).toEqual(expect.arrayContaining(['CL', 'PE']));
  });
});
