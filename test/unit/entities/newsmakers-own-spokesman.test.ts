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

describe("a spokesman who calls the one he speaks for by a person's title (read51 R25 residue)", () => {
  it('speaks for a person, whether the lists know the name or not', () => {
    // Arrange
    const bodies = [
      "Mbarga's spokesman said the senator would campaign in Ohio.",
      "NEWS .\nLONDON 1996-09-14\nMwangura 's spokesman said the rebel leader would not negotiate .",
      "NEWS .\nLONDON 1996-09-14\nBlair 's spokesman said the Labour leader would not comment .",
    ];

    // Act
    const types = bodies.map(
      (body) =>
        tagArticle({ title: '', body }).entities.find((e) => /^(Mbarga|Mwangura|Blair)$/.test(e.name))?.type,
    );

    // Assert
    expect(types).toEqual(['person', 'person', 'person']);
  });

  it("leaves a firm's spokesman who speaks of the company, its officers, or a king, governor or minister, the firm's", () => {
    const bodies = [
      "Zentrix's spokesman said the company would appeal.",
      "Zentrix's spokesman said the president of the company would resign.",
      "Heinz's spokesman said prices would rise.",
      "NEWS .\nLONDON 1996-09-14\nZentrix 's spokesman said the minister had not been told of the cuts .",
      "NEWS .\nLONDON 1996-09-14\nZentrix 's spokesman said the company 's president would retire .",
      "NEWS .\nLONDON 1996-09-14\nZentrix 's spokesman said the general manager had left .",
      "NEWS .\nLONDON 1996-09-14\nZentrix 's spokesman said the king would not intervene in the strike .",
      "NEWS .\nLONDON 1996-09-14\nZentrix 's spokesman said the governor had been told of the leak .",
    ];

    const types = bodies.map(
      (body) => tagArticle({ title: '', body }).entities.find((e) => /^(Zentrix|Heinz)$/.test(e.name))?.type,
    );

    expect(types).toEqual(Array(8).fill('organization'));
  });
});
