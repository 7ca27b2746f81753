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

  it("reads Indonesia's state lender, whose name opens with the Malaysian bank's, as Indonesian only (review57)", () => {
    const countries = tagStory({
      title: 'Lender profit rises',
      body: 'Bank Negara Indonesia said on Tuesday its net profit rose 8 percent in the third quarter.',
    }).countries.map((c) => c.code);

    expect(countries).toEqual(['ID']);
  });
});

describe('a police force or an agency two countries share a name for (review57)', () => {
  it('reads "SA Police" by the story\'s places', () => {
    expect(focusOf('SA Police said a man had been arrested in Soweto on Tuesday.')).toEqual(['ZA']);
  });

  it("reads a town in a language's agency's dateline by the country its lead names, before the agency's home", () => {
    const focus = focusOf(
      'CORDOBA, Dec 9 (EFE) - Argentine soybean farmers blocked roads for a second day to protest against export taxes.',
    );

    expect(focus).toEqual(['AR']);
  });
});
