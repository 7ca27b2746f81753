import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const namesOf = (title: string, body: string) =>
  tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);

describe('a river or a series named short (review33 E6, E8)', () => {
  it('joins a river’s first word alone to the river the story names in full', () => {
    // Arrange
    const title = 'Army begins disarming militia south of Litani, president says';
    const body = 'BEIRUT (Reuters) - The army has taken over dozens of positions south of the Litani River.';

    // Act
    const found = namesOf(title, body);

    // Assert
    expect(found).toContain('Litani River/place');
    expect(found).not.toContain('Litani/organization');
  });

  it('reads a town before "Ashes" as the series, no body ("Perth Ashes opener")', () => {
    const found = namesOf(
      'Starc takes 10 wickets as Australia crush England in Perth Ashes opener',
      'PERTH (Reuters) - Mitchell Starc took ten wickets as Australia beat England on Saturday.',
    );
    expect(found).not.toContain('Perth Ashes/organization');
  });
});
