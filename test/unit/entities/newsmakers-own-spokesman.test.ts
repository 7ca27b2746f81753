import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// read51 R25: "<Leader>'s spokesman" read the leader as the spokesman's firm ("Yeltsin's spokesman said" → an
// organisation "Yeltsin"); the spaced possessives of CoNLL copy ("Yeltsin 's spokesman") came to share the fault.
describe("a newsmaker's own spokesman", () => {
  it('keeps the newsmaker a person, in attached and spaced possessives', () => {
    // Arrange
    const bodies = [
      "Netanyahu's spokesman said the talks would go on.",
      "NEWS .\nLONDON 1996-09-14\nYeltsin 's spokesman said the president was well .",
    ];

    // Act
    const people = bodies.map((body) =>
      tagArticle({ title: '', body })
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.name),
    );

    // Assert
    expect(people).toEqual([['Benjamin Netanyahu'], ['Boris Yeltsin']]);
  });

  it("leaves a firm's spokesman the firm's", () => {
    // Arrange
    const body = "Eskom's spokesman said power cuts would end on Friday.";

    // Act
    const eskom = tagArticle({ title: '', body }).entities.find((e) => e.name === 'Eskom');

    // Assert
    expect(eskom?.type).toBe('organization');
  });
});
