import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

// Invented diplomatic briefs (session 54, wild54 Z7, Z8): official names with a possessive inside, and a
// kingdom's own styling.
const codesOf = (body: string) =>
  tagStory({ body })
    .countries.map((c) => c.code)
    .sort();

describe('an official country name with a possessive inside', () => {
  it('reads "the People\'s Republic of China" as China, not as Taiwan\'s "Republic of China"', () => {
    // Arrange
    const body = "The People's Republic of China and Kenya signed a trade agreement on Tuesday.";

    // Act
    const codes = codesOf(body);

    // Assert
    expect(codes).toEqual(['CN', 'KE']);
  });

  it('reads the tokenised "People \'s Republic of China" as China', () => {
    expect(
      codesOf("The People 's Republic of China and Kenya signed a trade agreement on Tuesday ."),
    ).toEqual(['CN', 'KE']);
  });

  it('reads "the Democratic People\u2019s Republic of Korea" as North Korea', () => {
    expect(
      codesOf('State media said the Democratic People\u2019s Republic of Korea would test a missile.'),
    ).toEqual(['KP']);
  });

  it('reads "the Lao People\'s Democratic Republic" as Laos', () => {
    expect(
      codesOf("The Lao People's Democratic Republic signed a rail deal with Thailand on Monday."),
    ).toEqual(['LA', 'TH']);
  });

  it('leaves "Republic of China" alone to Taiwan', () => {
    expect(codesOf('The Republic of China held elections on Saturday.')).toEqual(['TW']);
  });
});

describe('a country name styled with a lower-case prefix', () => {
  it('reads "eSwatini" as the kingdom', () => {
    expect(codesOf('Kenya and eSwatini signed a trade agreement on Tuesday.')).toEqual(['KE', 'SZ']);
  });
});
