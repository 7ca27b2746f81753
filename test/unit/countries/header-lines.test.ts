import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// wild38b ★6: "Name, Place" header lines of schedules and results lost their place.
function codes(title: string, body: string): string[] {
  return tagArticle({ title, body }).countries.map((c) => c.code);
}

describe('a "Name, Place" header line', () => {
  it('ends with its place, not a name the next line opens: "Diamond League, Zurich"', () => {
    // Arrange
    const body = "Diamond League, Zurich\nMen's 100m: 1. Noah Lyles (United States) 9.85";

    // Act
    const found = codes('Athletics results', body);

    // Assert
    expect(found).toContain('CH');
  });

  it('keeps the topic of a meeting before its venue: "meets on Sudan, New York."', () => {
    const body = 'Events scheduled for today:\n3:00 p.m. - U.N. Security Council meets on Sudan, New York.';

    expect(codes('Daybook', body)).toContain('SD');
  });

  it('still reads a town named after a country in its state: "in Lebanon, Ohio,"', () => {
    const body = 'A plant in Lebanon, Ohio, will close next year, the company said.';

    expect(codes('Plant to close', body)).not.toContain('LB');
  });
});
