import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs } from './focus-and-pairs.js';

// A monarch named by title and given name is the head of state of a country, as a pope is of the Holy See (wild50
// C10: "King Charles will visit Canada" gave Canada alone). Sentences written for these tests.
describe('a monarch named by title and given name', () => {
  it("pairs the monarch's country with the country visited", () => {
    // Act
    const found = briefFocusAndPairs('King Harald will travel to Iceland next month.');

    // Assert
    expect(found.focus).toEqual(['IS', 'NO']);
    expect(found.pairs).toEqual(['IS-NO']);
  });

  it("gives the monarch's country to a story that names no other", () => {
    // Act
    const found = briefFocusAndPairs('Queen Margrethe opened the new session of parliament on Tuesday.');

    // Assert
    expect(found.focus).toEqual(['DK']);
  });

  it('pairs a monarch of the archives with the president he met', () => {
    // Act
    const found = briefFocusAndPairs(
      'King Hussein held talks with Egyptian President Hosni Mubarak in Cairo.',
    );

    // Assert
    expect(found.pairs).toContain('EG-JO');
  });

  it('takes no country from a title one monarch name shares between two kingdoms', () => {
    // Act
    const found = briefFocusAndPairs('King Abdullah opened a new hospital on Sunday.');

    // Assert
    expect(found.focus).toEqual([]);
  });
});
