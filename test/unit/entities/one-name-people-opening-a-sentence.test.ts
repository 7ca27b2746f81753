import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

/** "name/type" of each entity the tagger finds in `body`. */
function entities(body: string): string[] {
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a one-name person no list knows, opening a sentence', () => {
  it('is a person when only a person’s life follows the name', () => {
    // Arrange
    const death = 'Mbalenko died in Durban on Tuesday aged 79.';
    const film = 'Tavira stars in the new thriller about a heist.';
    const song = 'Ogwueze sang the anthem before kick-off.';

    // Act
    const found = [entities(death), entities(film), entities(song)].flat();

    // Assert
    expect(found).toContain('Mbalenko/person');
    expect(found).toContain('Tavira/person');
    expect(found).toContain('Ogwueze/person');
  });

  it('is a person when the clause gives his goal to a side, on a one-line brief', () => {
    // Arrange
    const brief = 'Tarvenho scored twice for Ravenna on Sunday.';

    // Act
    const found = entities(brief);

    // Assert
    expect(found).toContain('Tarvenho/person');
    expect(found).toContain('Ravenna/organization');
  });

  it('makes the town a scorer scored for his club past the count of goals', () => {
    expect(entities('Tarvenho scored 14 goals for Santos last season.')).toContain('Santos/organization');
  });

  it('is no person when the verb is of a thing or names no side', () => {
    // Arrange
    const storm = 'Cyclonix died down overnight as it moved inland.';
    const firm = 'Dorvanex netted a profit for Kelvane shareholders.';
    const deal = 'Zentrix signed a deal for Santos port operations.';

    // Act
    const a = entities(storm);
    const b = entities(firm);
    const c = entities(deal);

    // Assert
    expect(a).not.toContain('Cyclonix/person');
    expect(b).not.toContain('Dorvanex/person');
    expect(c).toContain('Santos/place');
  });
});
