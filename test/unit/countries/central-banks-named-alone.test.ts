import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const focusOf = (body: string) =>
  tagStory({ title: 'Rates on hold', body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);

// Invented market briefs (session 57, focus57).
describe('a central bank a market brief names without its country', () => {
  it("puts the bank's country in focus", () => {
    // Arrange
    const body = 'Norges Bank kept its policy rate at 3.75% on Thursday and signalled one cut next year.';

    // Act
    const focus = focusOf(body);

    // Assert
    expect(focus).toEqual(['NO']);
  });

  it('reads the Riksbank and Bank Negara the same way', () => {
    expect(focusOf('The Riksbank left its policy rate unchanged on Wednesday.')).toEqual(['SE']);
    expect(focusOf('Bank Negara held the overnight policy rate at 2.75% on Thursday.')).toEqual(['MY']);
  });
});
