import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function codes(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('Australian states written short', () => {
  it('reads a bare "NSW" as New South Wales, in Australia', () => {
    // Arrange (wild41 item 12: "NSW Treasurer" gave no country)
    const body = 'NSW Treasurer Daniel Mookhey said on Tuesday that his state would run a deficit next year.';

    // Act
    const found = codes('Budget in deficit', body);

    // Assert
    expect(found).toEqual(['AU']);
  });

  it('counts "NSW" beside another state as a mention of Australia', () => {
    // Arrange
    const body = 'Floods cut roads across NSW and Queensland on Monday, emergency services said.';

    // Act
    const found = tagArticle({ title: 'Floods', body }).countries.find((c) => c.code === 'AU');

    // Assert
    expect(found?.mentions.map((m) => m.text)).toEqual(['NSW', 'Queensland']);
  });
});
