import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

describe('a surname that is also a people’s word, alone', () => {
  it('is the person named in full when it speaks or acts ("Magyar promised")', () => {
    // Arrange
    const body =
      'BUDAPEST (Reuters) - Opposition leader Peter Varga Magyar said on Monday his party would win. Magyar promised to unlock EU funds.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Peter Varga Magyar/person');
    expect(found).not.toContain('Magyar/other');
  });

  it('is the person in a headline’s last place and in the possessive', () => {
    const found = tagArticle({
      title: 'Orban trails Magyar',
      body: "BUDAPEST (Reuters) - Peter Magyar's Tisza party leads Viktor Orban's Fidesz. Magyar's rallies drew big crowds.",
    }).entities.map((e) => `${e.name}/${e.type}`);
    expect(found).toContain('Peter Magyar/person');
    expect(found).not.toContain('Magyar/other');
  });

  it('stays the people’s word before a noun or as a language', () => {
    expect(
      typedNames('Labour lawmaker Tom French said the plan was flawed. French officials rejected it.'),
    ).toContain('French/nationality');
    expect(
      typedNames('Novelist Ana Magyar spoke in Budapest. The book was first written in Magyar.'),
    ).toContain('Magyar/other');
  });
});
