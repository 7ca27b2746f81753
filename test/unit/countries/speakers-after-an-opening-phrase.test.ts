import { describe, expect, it } from 'vitest';
import { focusOf } from './focus-and-pairs.js';

// Invented one-sentence briefs (session 58, focus58): a phrase of where or when, set off by a comma, opens the lead
// before its speaker; the speaker is no closing attribution.
describe('a short story whose speaker follows an opening phrase', () => {
  it("puts the ambassador's country in focus, not the city the news conference was held in", () => {
    // Arrange
    const story = {
      title: 'Border to reopen',
      body: "At a news conference in Tehran, Azerbaijan's ambassador said his country would reopen the border crossing next month.",
    };

    // Act
    const codes = focusOf(story);

    // Assert
    expect(codes).toEqual(['AZ']);
  });

  it("reads a leader's country the same after a speaking phrase", () => {
    const story = {
      title: 'Aid doubled',
      body: 'Speaking in Nairobi, the French president said his government would double its aid to the region.',
    };

    expect(focusOf(story)).toEqual(['FR']);
  });
});
