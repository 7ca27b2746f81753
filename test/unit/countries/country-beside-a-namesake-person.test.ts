import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codes = (body: string) => tagArticle({ body }).countries.map((c) => c.code);

// wild58 ★3: a person bearing a country's name as a surname took the country's own mentions.
describe('a country named beside a person who bears its name as a surname', () => {
  it("is the country before its ruler's title", () => {
    // Arrange
    const body =
      "Jordan's King Abdullah told the president that annexation would threaten the region. Michael Jordan, the basketball great, attended a dinner.";

    // Act
    const found = codes(body);

    // Assert
    expect(found).toContain('JO');
  });

  it('is the country after a preposition', () => {
    const body =
      'The king thanked the president for aid to Jordan. Michael Jordan attended a White House dinner later.';

    expect(codes(body)).toContain('JO');
  });
});
