import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

const read = (title: string, body: string) => {
  const result = tagStory({ title, body });
  return {
    focus: result.countries.filter((c) => c.focus).map((c) => c.code),
    named: result.countries.map((c) => c.code).sort(),
    pairs: result.countryPairs.map((p) => p.pair),
  };
};

// Invented firm news (session 57, focus57): the markets a firm means to reach are no countries of its news.
describe('markets a firm means to expand into', () => {
  it("leaves a funding round's target markets out of focus and out of the pairs", () => {
    // Arrange
    const body =
      'OSLO, Norway, Dec. 7, 2026 /PRNewswire/ -- Fjordlift, a maker of warehouse robots, today announced it has raised $40 million.\n\nThe company will use the proceeds to expand its customer base in Germany, the Netherlands and Poland.';

    // Act
    const tagged = read('Fjordlift raises $40 million', body);

    // Assert
    expect(tagged.focus).toEqual(['NO']);
    expect(tagged.named).toEqual(['DE', 'NL', 'NO', 'PL']);
    expect(tagged.pairs).toEqual([]);
  });

  it('reads "expanding into" in a sentence about a company the same way', () => {
    const tagged = read(
      'Robot maker grows',
      'BERLIN — Kelvane Robotics, a maker of warehouse robots, said on Tuesday it was expanding into France and Spain after raising 40 million euros.',
    );
    expect(tagged.focus).toEqual(['DE']);
    expect(tagged.pairs).toEqual([]);
  });

  it('keeps a war or a country expanding into another as news of both', () => {
    const tagged = read(
      'Fighting spreads',
      'BEIRUT — Israel said on Monday it was expanding its ground operation into southern Lebanon after rocket fire.',
    );
    expect(tagged.focus).toEqual(expect.arrayContaining(['IL', 'LB']));
  });
});
