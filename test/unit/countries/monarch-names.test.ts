import { describe, expect, it } from 'vitest';
import { briefFocusAndPairs, focusAndPairs, tagStory } from './focus-and-pairs.js';

// A monarch's title and name going on into a longer name (a hospital, a cup, a ship, a king of another century, a dog)
// is not the monarch who speaks for the country (read51 R11). Sentences written for these tests.
describe("a monarch's name inside a longer name", () => {
  it('leaves the country to the place of a hospital named after a queen', () => {
    // Act
    const found = briefFocusAndPairs(
      'Two firemen were taken to Queen Elizabeth Hospital in Kowloon with burns.',
    );

    // Assert
    expect(found.focus).toEqual(['HK']);
  });

  it("reads a numeral after the name as a ship's or another reign's, not the monarch's", () => {
    // Act
    const liner = briefFocusAndPairs('The liner Queen Elizabeth 2 berthed in Auckland on Friday.');
    const statue = briefFocusAndPairs('Vandals damaged a statue of King Charles I in a park in Ohio.');

    // Assert
    expect(liner.focus).toEqual(['NZ']);
    expect(statue.focus).toEqual(['US']);
  });

  it('reads a race named after the monarch at its course abroad', () => {
    // Act
    const found = briefFocusAndPairs('A four-year-old from Japan won the Queen Elizabeth II Cup at Sha Tin.');

    // Assert
    expect(found.focus).not.toContain('GB');
  });

  it('takes no country from the dog breed', () => {
    // Act
    const found = briefFocusAndPairs('A King Charles spaniel took the top prize at a dog show in Melbourne.');

    // Assert
    expect(found.focus).toEqual(['AU']);
  });

  it("keeps the monarch written with the reign's own number or a patronymic", () => {
    // Act
    const numbered = briefFocusAndPairs('Queen Margrethe II will visit Greenland and Iceland in June.');
    const patronymic = briefFocusAndPairs(
      'King Salman bin Abdulaziz received the Egyptian president in Jeddah.',
    );

    // Assert
    expect(numbered.focus).toContain('DK');
    expect(patronymic.focus).toContain('SA');
  });

  it('keeps the monarch before a capitalised verb in a headline', () => {
    // Act
    const found = focusAndPairs({
      id: 'h',
      title: 'King Harald Opens New Parliament Session',
      body: 'The king spoke of the war in Europe in his speech on Tuesday.',
    });

    // Assert
    expect(found.focus).toContain('NO');
  });

  it("keeps the monarch before a country's name in a headline's stacked nouns", () => {
    // Act
    const found = tagStory({
      body: 'King Harald Iceland visit delayed .\nREYKJAVIK 1996-08-30\nThe visit had been due to begin on Monday , the palace said .',
    });

    // Assert
    expect(found.countries.map((c) => c.code)).toContain('NO');
  });
});
