import { describe, expect, it } from 'vitest';
import { focusOf, tagStory } from './focus-and-pairs.js';

const codes = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);
const pairs = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countryPairs.map((p) => p.pair);

describe("an island's communities are its people", () => {
  it('reads Greek Cypriots and Turkish Cypriots as Cyprus, not Greece or Turkey', () => {
    // Arrange
    const story = {
      title: 'Cypriot leaders agree to open crossings',
      body:
        'NICOSIA, May 4 - The Greek Cypriot president and the Turkish Cypriot leader agreed on Monday to ' +
        'open two more crossing points, and Greek Cypriots welcomed the step.',
    };

    // Act / Assert
    expect(codes(story)).toEqual(['CY']);
  });

  it('keeps Greece and Turkey where the story names them', () => {
    const story = {
      title: 'Cypriot leaders agree to open crossings',
      body:
        'NICOSIA, May 4 - The Turkish Cypriot leader met envoys from Greece and Turkey on Monday to ' +
        'discuss the island, officials said.',
    };

    expect(codes(story)).toEqual(expect.arrayContaining(['CY', 'GR', 'TR']));
  });
});

describe('the city of a meeting between others is no party to it', () => {
  it('lists the host city of peace talks out of focus, with no pair', () => {
    // Arrange
    const story = {
      title: 'Rival leaders to hold peace talks in Lisbon',
      body:
        'The leaders of Moldova and Belarus will meet in Lisbon next week for talks on a border treaty, ' +
        "Moldova's government said on Tuesday.\n\nMoldova wants a deal before winter. Belarus has said it " +
        'will present its own proposal. "We are going to Lisbon to sign," a Moldovan official said.',
    };

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['BY', 'MD']);
    expect(codes(story)).toContain('PT');
    expect(pairs(story)).toEqual(['BY-MD']);
  });

  it('keeps a city that speaks for its government in focus', () => {
    const story = {
      title: 'Rival leaders to hold peace talks in Lisbon',
      body:
        'The leaders of Moldova and Belarus will meet in Lisbon next week for talks on a border treaty, ' +
        "Moldova's government said on Tuesday.\n\nMoldova wants a deal before winter. Lisbon said it " +
        'would send a mediator to the talks.',
    };

    expect(focusOf(story)).toContain('PT');
  });

  it('keeps the venue in focus when it is the only country named', () => {
    const story = {
      title: 'Leaders to hold summit in Lisbon',
      body:
        'European leaders will meet in Lisbon next week for a summit on energy prices, officials said. ' +
        'The summit in Lisbon will last two days.',
    };

    expect(focusOf(story)).toEqual(['PT']);
  });
});
