import { describe, expect, it } from 'vitest';
import { focusOf, pairsOf, type Story, tagStory } from './focus-and-pairs.js';

const titled = (title: string, body: string): Story => ({ title, body });

describe('a US federal body named without "U.S." is the US government acting (wild39b ★1)', () => {
  it('pairs the US with the country the State Department approves a sale to', () => {
    // Arrange
    const story = titled(
      'US warns against travel to Haiti',
      'The State Department on Wednesday urged Americans not to travel to Haiti, citing kidnappings and gang violence.\n' +
        'It ordered non-emergency staff to leave the embassy in Port-au-Prince.',
    );

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['HT', 'US']);
  });

  it('pairs the US with the country the Commerce Department acts on', () => {
    const story = titled(
      'Chip export curbs tightened',
      'The Commerce Department tightened restrictions on exports of advanced chips to China on Monday, adding 140 ' +
        "companies to its entity list.\nChina's commerce ministry said it firmly opposed the move.",
    );

    expect(pairsOf(story)).toEqual(['CN-US']);
  });

  it('places a story the FDA, the CDC, the FTC or NIH acts in alone', () => {
    const stories = [
      titled('Formula recalled', 'The FDA said on Tuesday that a batch of baby formula had been recalled.'),
      titled('Measles cases rise', 'The CDC reported 120 new measles cases in the past week.'),
      titled(
        'Grocery merger challenged',
        'The FTC sued on Wednesday to block the merger of two grocery chains.',
      ),
      titled('Grants cut', 'NIH said on Friday it would cut indirect-cost payments on research grants.'),
    ];

    expect(stories.map(focusOf)).toEqual([['US'], ['US'], ['US'], ['US']]);
  });

  it('keeps the US in focus when the FDA approves a drug also filed abroad', () => {
    const story = titled(
      'Weight-loss pill approved',
      "The Food and Drug Administration on Monday approved Eli Lilly's once-daily weight-loss pill.\n" +
        'The company said an application would also be filed in Japan later this year.',
    );

    expect(focusOf(story)).toContain('US');
  });
});

describe('a federal body closing a list of stops speaks, it is no stop', () => {
  it("pairs the traveller's country with each stop when the State Department announces the trip", () => {
    // Arrange
    const story = titled(
      'Rubio to visit Panama, then Guatemala and El Salvador',
      'U.S. Secretary of State Marco Rubio will make his first foreign trip to Panama, then Guatemala and El ' +
        'Salvador, the State Department said.',
    );

    // Act
    const pairs = pairsOf(story);

    // Assert
    expect(pairs).toEqual(['GT-US', 'PA-US', 'SV-US']);
  });
});

describe("a federal body's name another country's body shares", () => {
  it("reads every name of a body the story gives as another country's as that country's", () => {
    // Arrange
    const story = titled(
      'Dengue cluster confirmed',
      'The Taiwan Centers for Disease Control confirmed a cluster of five dengue cases in Kaohsiung on Tuesday.\n' +
        'The CDC urged residents to clear standing water.',
    );

    // Act
    const focus = focusOf(story);

    // Assert
    expect(focus).toEqual(['TW']);
  });

  it('reads the FDA of a story filed from the Philippines as its own', () => {
    const story = titled(
      'Slimming pills warning',
      'MANILA — The Food and Drug Administration warned the public on Monday against unregistered slimming pills.\n' +
        'The FDA said the products had not been tested for safety.',
    );

    expect(pairsOf(story)).toEqual([]);
  });

  it('reads a part of the world before the CDC as its owner', () => {
    const story = titled(
      'Mpox emergency declared',
      'The Africa CDC declared mpox a continental health emergency on Tuesday as cases spread in Congo.',
    );

    expect(focusOf(story)).toEqual(['CD']);
  });

  it("reads a firm's initials CDC without the article as no agency", () => {
    const story = titled(
      'Debt holding may be sold',
      'TORONTO — Canada Development Corp said it is considering the sale of its convertible debentures.\n' +
        'CDC said one prospectus covers a planned issue of units. CDC said the issue would raise 30 million dollars.',
    );

    expect(tagStory(story).countries.map((c) => c.code)).toEqual(['CA']);
  });

  it('leaves out the Treasury Department, which every government has', () => {
    const story = titled(
      'Coffee funds to be released',
      'BRASILIA — The Treasury Department will release 2 billion reais for state road repairs next month.',
    );

    expect(focusOf(story)).toEqual(['BR']);
  });
});
