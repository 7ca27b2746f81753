import { describe, expect, it } from 'vitest';
import { focusAndPairs, story } from './focus-and-pairs.js';

describe("a country's word opening a company's name with its legal form names the company", () => {
  it('gives no focus nor pair to a firm named after a country in a story filed from another', () => {
    // Arrange
    const article = story(
      'Timex sells watch unit',
      'WATERBURY, Conn., March 3 - Timex Corp said it sold its watch components unit to Swiss Corp for ' +
        'Microelectronics and Watchmaking Industries Ltd for an undisclosed sum. The unit had sales of 40 mln dlrs.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['US']);
    expect(pairs).toEqual([]);
  });

  it('keeps a country the story also names otherwise ("India" beside "India State Trading Corp")', () => {
    const article = story(
      'India buys palm olein at tender',
      'LONDON, March 3 - The India State Trading Corp bought 20,000 tonnes of palm olein at its tender, traders ' +
        'said. India has stepped up purchases of vegetable oils this year.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toContain('IN');
  });

  it('changes nothing at home ("SEOUL - Korea Zinc Inc won a court ruling")', () => {
    const article = story(
      'Korea Zinc wins court battle over share sale',
      'SEOUL, Jan 23 (Reuters) - Korea Zinc Inc won a court ruling on Thursday allowing it to proceed with a ' +
        'share issue opposed by its biggest shareholder. The smelter has fought a takeover attempt since last year.',
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toEqual(['KR']);
  });
});
