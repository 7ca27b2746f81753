import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 47 (tidy47): chunk.ts reads a body named after two people with one reader (pairBodyTail) and one list of
// heads, a couple's shared surname an optional step: each head serves both shapes.

/** "name/type" of each entity the whole tagger finds in a story with a title. */
function typedInStory(title: string, body: string): string[] {
  return tagArticle({ title, body }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('a body named after two people', () => {
  it('is one organization when a couple and their shared surname open a museum', () => {
    // Arrange
    const body =
      'Visitors returned to the John and Mable Ringling Museum in Sarasota on Sunday after a long closure.';

    // Act
    const found = typedInStory('Museum reopens', body);

    // Assert
    expect(found).toContain('John and Mable Ringling Museum/organization');
    expect(found.some((f) => f.startsWith('John/') || f.startsWith('Mable Ringling Museum/'))).toBe(false);
  });

  it('is one name when two namesakes open a fund or an initiative', () => {
    // Arrange
    const body = 'She studied at the Lewis and Clark Initiative in Oregon before she joined the firm.';

    // Act
    const found = typedInStory('Profile', body);

    // Assert
    expect(found.map((f) => f.split('/')[0])).toContain('Lewis and Clark Initiative');
    expect(found.some((f) => f.startsWith('Lewis/') || f.startsWith('Clark Initiative/'))).toBe(false);
  });

  it('keeps the couple\u2019s foundation and the namesakes\u2019 museum whole as before', () => {
    // Arrange
    const body =
      'The Bill and Melinda Gates Foundation gave $5 million, and the Victoria and Albert Museum lent the paintings.';

    // Act
    const found = typedInStory('Gift', body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining([
        'Bill and Melinda Gates Foundation/organization',
        'Victoria and Albert Museum/organization',
      ]),
    );
  });
});
