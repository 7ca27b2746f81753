import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe('a listed fund named after a country is no side of the story', () => {
  it('drops the country of "The Mexico Fund, Inc. (NYSE: MXF)" in a New York brief', () => {
    // Arrange
    const article = story(
      'Mexico Fund declares quarterly distribution',
      'NEW YORK, Jan 14 (Reuters) - The Mexico Fund, Inc. (NYSE: MXF) said on Tuesday its board declared a ' +
        'quarterly cash distribution of 22 cents per share. The Mexico Fund said the payout reflects its plan.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['US']);
    expect(pairs).toEqual([]);
  });

  it('reads a ticker in angle brackets as listing ("JAPAN FUND <JPN>" in the headline)', () => {
    const article = story(
      'INVESTOR GROUP GIVES JAPAN FUND <JPN> DEADLINE',
      'An investor group said it set a deadline of March 11 for its offer to acquire Japan Fund. The group said ' +
        'Japan Fund has yet to reply to the offer, worth about 410 mln dlrs.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).not.toContain('JP');
  });

  it('keeps the country of its own fund, which is not listed ("Kuwait Fund for Arab Economic Development")', () => {
    const article = story(
      'Kuwait Fund lends $40 million to Egypt for water project',
      'KUWAIT, March 3 (Reuters) - The Kuwait Fund for Arab Economic Development signed a $40 million loan with ' +
        'Egypt on Monday to finance a water plant, the fund said. The Kuwait Fund has financed 60 projects in Egypt.',
    );

    const { focus, pairs } = focusAndPairs(article);

    expect(focus).toEqual(['EG', 'KW']);
    expect(pairs).toEqual(['EG-KW']);
  });

  it("keeps a country the story names outside the fund's name", () => {
    const article = story(
      'India Fund trims payout as rupee slides',
      'NEW YORK (Reuters) - The India Fund, Inc. (NYSE: IFN) cut its distribution on Thursday. India cut its ' +
        'growth forecast and the rupee fell to a record low, hurting shares in India.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toContain('IN');
  });
});
