import { describe, expect, it } from 'vitest';
import { focusAndPairs, tagStory } from './focus-and-pairs.js';

// Session 44 (places44, wild44 ★10): the tennis Masters' Californian town, too small for the gazetteer's cities, was
// read as the demonym "Indian" and a word: "the Indian Wells title" put India in focus. Stories are invented.
describe('Indian Wells, the tournament town', () => {
  it('reads "the Indian Wells title" as the Californian town, no India', () => {
    // Arrange
    const body =
      'Iga Swiatek beat Maria Sakkari 6-4 6-2 to win the Indian Wells title on Sunday, her second in three years.';

    // Act
    const codes = tagStory({ body }).countries.map((c) => c.code);

    // Assert
    expect(codes).toEqual(['US']);
  });

  it('keeps India for wells in India written in lower case', () => {
    // Arrange
    const body = 'Indian wells ran dry across Rajasthan as the heatwave deepened, officials said.';

    // Act
    const { focus } = focusAndPairs({ title: '', body });

    // Assert
    expect(focus).toEqual(['IN']);
  });

  it("reads a Title Case headline on India's wells as India where the body never names the town (read44)", () => {
    // Arrange
    const title = 'Indian Wells Run Dry As Heatwave Deepens';
    const body =
      'Thousands of village wells in Rajasthan have run dry after the hottest May on record, India\u2019s water ' +
      'ministry said on Monday.';

    // Act
    const { focus } = focusAndPairs({ title, body });

    // Assert
    expect(focus).toEqual(['IN']);
  });
});
