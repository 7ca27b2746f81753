import { describe, expect, it } from 'vitest';
import { focusOf, story } from './focus-and-pairs.js';

// Session 45 (places45, wild44 #12): a story with no dateline whose news lead names no country says where in its next
// sentence; with nothing else in focus, the story's first country named there is. Stories are invented.
describe("a dateline-less story's next sentence says where", () => {
  it('puts the country of a retailer\'s stores in focus: "sales at its stores in Britain and Ireland fell"', () => {
    // Arrange
    const article = story(
      'Bookseller shares hit by Christmas slump',
      'Shares in the bookseller Quillstone fell 9% on Tuesday after it warned that sales over Christmas were weaker ' +
        'than expected.\n\nThe group said like-for-like sales at its stores in Britain and Ireland fell 3% in the ' +
        'six weeks to 6 January, with shoppers moving online and to supermarkets such as Tesco.\n\nChief executive ' +
        'Anna Marsh said the company would close 20 shops.\n\nThe chain also has outlets in Canada and Japan.',
    );

    // Act
    const focus = focusOf(article);

    // Assert
    expect(focus).toEqual(['GB']);
  });

  it('puts the market of a launch in focus: "will go on sale in the US in February"', () => {
    // Arrange
    const article = story(
      'Gadget maker unveils smaller player',
      'Gadget maker Brightwave has unveiled a smaller version of its music player as it seeks to stay ahead of ' +
        'rivals.\n\nThe device holds 4GB of music and will go on sale in the US in February for $249.\n\nIts chief ' +
        'executive launched it at a trade show in San Francisco.\n\nA rival service is due to open in the UK later ' +
        'this year.',
    );

    // Act
    const focus = focusOf(article);

    // Assert
    expect(focus).toEqual(['US']);
  });

  it('leaves a passing country of the next sentence out of focus when another country leads the story', () => {
    // Arrange: Brazil is named in the second sentence, but the story keeps coming back to Argentina's farms.
    const article = story(
      'Soy farmers count cost of drought',
      'Soy farmers are counting the cost of the worst drought in 60 years, with harvests expected to halve.\n\n' +
        'Prices in Brazil rose as traders bet on shortages.\n\nIn Argentina, the Rosario grains exchange cut its ' +
        'forecast again, and farmers in Buenos Aires province and Cordoba said their fields were dust. Argentine ' +
        'officials promised aid.',
    );

    // Act
    const focus = focusOf(article);

    // Assert
    expect(focus).not.toContain('BR');
  });

  it('leaves where a student comes from out of focus: "a graduate student from Hong Kong studying in New York"', () => {
    // Arrange
    const article = story(
      "Student app 'reads' bus maps",
      'A student has written a phone app that reads bus maps aloud so that blind riders can plan their own ' +
        'trips.\n\nAnna Cheung, a graduate student from Hong Kong studying at a college in New York State, built ' +
        'the app as part of her course.\n\nShe said riders found the app easy to use.',
    );

    // Act
    const focus = focusOf(article);

    // Assert
    expect(focus).not.toContain('HK');
  });
});
