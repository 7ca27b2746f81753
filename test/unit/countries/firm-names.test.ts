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

// Invented briefs (focus60): a firm named after a country, then by its short form or its first two words.
describe("a firm's short form counts as the firm its legal name opens", () => {
  it("reads the short form the entity pass joins to the firm's legal name as the firm", () => {
    // Arrange
    const article = story(
      'Kestrel Partners takes stake in software firm',
      'BOSTON, March 3 - Kestrel Partners said it bought a stake in Holland Analytics Corp, a software company. ' +
        'Kestrel also said it set up a venture with Holland Analytics to develop and market data products.',
    );

    // Act
    const { focus, pairs } = focusAndPairs(article);

    // Assert
    expect(focus).toEqual(['US']);
    expect(pairs).toEqual([]);
  });

  it("reads the firm's first two words in a headline or before a possessive as the firm", () => {
    // Arrange
    const price = story(
      'JAMAICA MINERALS CUTS COPPER PRICE',
      'DENVER, April 3 - Jamaica Minerals Co said it is lowering its copper cathode price by one cent to 66 cents ' +
        'a pound, effective immediately.',
    );
    const vessel = story(
      'Bermuda Star leases vessel',
      'TEANECK, N.J., April 7 - Bermuda Star Line Inc said it has leased a passenger vessel for 15 years. A ' +
        "maritime group owns 60 pct of Bermuda Star's shares.",
    );

    // Act
    const tagged = [focusAndPairs(price), focusAndPairs(vessel)];

    // Assert
    expect(tagged).toEqual([
      { focus: ['US'], pairs: [] },
      { focus: ['US'], pairs: [] },
    ]);
  });

  it('keeps the country where the next word differs from the firm name in case ("China steel output")', () => {
    const article = story(
      'Steel output rises',
      'TAIPEI, April 3 - China Steel Corp said its output rose 5 pct in March. China steel output has lagged, ' +
        "analysts said, and China's mills cut prices.",
    );

    const { focus } = focusAndPairs(article);

    expect(focus).toContain('CN');
  });
});
