import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => ({ pair: p.pair, score: p.score }));

describe('the venue of a later meeting, and an all-capitals headline venue', () => {
  it('pairs no one with the city where the sides agreed to meet again', () => {
    // Arrange
    const title = 'Iran, US to meet again in Rome';
    const body =
      'MUSCAT, Oman - A fourth round of talks between Iran and the United States ended on Sunday in Muscat ' +
      'without a breakthrough, Omani mediators said, with both sides agreeing to meet again in Rome later this month.';

    // Act
    const pairs = pairsOf(title, body).map((p) => p.pair);

    // Assert
    expect(pairs.filter((p) => p.includes('IT'))).toEqual([]);
    expect(pairs).toContain('IR-US');
  });

  it("pairs no one with the country of a council's next session, named in the headline and the body", () => {
    const pairs = pairsOf(
      'Brazil, Colombia block coffee deal; next session in Indonesia',
      'Brazil and Colombia blocked a coffee export quota deal at talks in London on Monday, delegates said. The ' +
        'two producers rejected a compromise on quota shares. The next regular board session will be in Indonesia ' +
        'June 1-5, delegates said.',
    ).map((p) => p.pair);

    expect(pairs).toEqual(['BR-CO']);
  });

  it('reads the dateline city in an all-capitals headline as the venue, as in a headline in title case', () => {
    const body =
      'LIMA, Nov 16 (Reuters) - Chinese President Xi Jinping told U.S. President Joe Biden on Saturday that Taiwan ' +
      'was the first red line, at their meeting on the sidelines of the Pacific summit.';

    const capitals = pairsOf("CHINA'S XI MEETS BIDEN IN LIMA, WARNS ON TAIWAN", body);
    const titleCase = pairsOf("China's Xi meets Biden in Lima, warns on Taiwan", body);

    expect(capitals.find((p) => p.pair === 'PE-TW')?.score).toBeLessThanOrEqual(0.4);
    expect(capitals.find((p) => p.pair === 'CN-PE')?.score).toBe(
      titleCase.find((p) => p.pair === 'CN-PE')?.score,
    );
  });
});
