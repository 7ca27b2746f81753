import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// A city's name opening a longer place's name names no country by the city (places49, wild49 C13). Sentences
// written for these tests.
const codes = (body: string) => tagArticle({ id: 'longer', title: '', body }).countries.map((c) => c.code);

describe("a city's name inside a longer place's", () => {
  it('reads no capital inside a longer name', () => {
    // Act
    const found = [
      codes('A storm hit Panama City Beach, Florida.'),
      codes('A stabbing in Kingston upon Thames left one dead.'),
      codes('A hurricane hit San Jose del Cabo.'),
    ];

    // Assert
    expect(found).toEqual([['US'], [], []]);
  });

  it('keeps the country a longer name ends with, and the city alone', () => {
    // Act
    const found = [
      codes('Protesters marched in Santiago de Chile on Sunday.'),
      codes('Santiago de Cuba was hit by a blackout.'),
      codes('Panama City officials said the canal was open.'),
    ];

    // Assert
    expect(found).toEqual([['CL'], ['CU'], ['PA']]);
  });
});
