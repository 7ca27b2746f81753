import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const focusOf = (body: string) =>
  tagStory({ title: 'Local news', body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

// Invented briefs (session 57, focus57): bodies the home press names without their country.
describe("a state's police force or a national party named alone", () => {
  it('puts the country of an Australian state police force in focus', () => {
    // Arrange
    const body = 'WA Police said a swimmer was rescued off a metropolitan beach on Sunday afternoon.';

    // Act
    const focus = focusOf(body);

    // Assert
    expect(focus).toEqual(['AU']);
  });

  it("reads a ruling party's short name as its country", () => {
    expect(focusOf('The ANC said on Monday it would hold talks with its coalition partners.')).toEqual([
      'ZA',
    ]);
    expect(focusOf('The BJP said on Monday it would contest every seat in the state election.')).toEqual([
      'IN',
    ]);
  });
});
