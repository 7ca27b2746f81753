import { describe, expect, it } from 'vitest';
import { figurativeWords } from '../../../functions/core/topics/figurative-words.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { topicIds } from './topic-ids.js';

// Session 42 (mendT42): topic misfires of wild42's probe (report-wild42.md ★3, ★4, ★8, items 9 and 13): figures of
// speech read as science, goods in store read as shares, a government's protest read as a crowd's, a team's headline
// verb read as a book or a sacking, Hong Kong's Chief Executive read as a company's. Stories are invented.
const STOCKS = 'medtop:20000396';
const DEMONSTRATION = 'medtop:20000066';
const CIVIL_UNREST = 'medtop:20000065';
const DIPLOMACY = 'medtop:20000639';
const LITERATURE = 'medtop:20000013';
const NEWS_MEDIA = 'medtop:20000046';
const spanTexts = (text: string) => figurativeWords(text).map(([s, e]) => text.slice(s, e));

describe('a breakthrough in talks and a quantum leap are no science (★3)', () => {
  it('talks that ended without a breakthrough give no science', () => {
    const ids = topicIds(
      'Talks end without breakthrough',
      'Talks between Iran and the United States ended without a breakthrough on Sunday, mediators said.',
    );

    expect(ids).not.toContain(TOP_LEVEL.science);
  });

  it('a reform called a quantum leap gives no science', () => {
    const ids = topicIds(
      'Reform plan',
      'The finance minister called the reform a quantum leap for the economy. Parliament will vote on it next week.',
    );

    expect(ids).not.toContain(TOP_LEVEL.science);
  });

  it.each([
    [
      'Party hails historic breakthrough',
      'The party won its first seats in the regional parliament, a historic breakthrough, its leader said.',
    ],
    ['Breakthrough artist', 'She won best breakthrough artist at the awards on Sunday night.'],
  ])('"%s" gives no science where another desk leads', (title, body) => {
    expect(topicIds(title, body)).not.toContain(TOP_LEVEL.science);
  });

  it('finds the figure, not the discovery', () => {
    const text =
      'Negotiators reported no major breakthrough in the dispute. He called it a quantum leap. Researchers hailed a breakthrough in quantum computing.';

    expect(spanTexts(text)).toEqual(['breakthrough', 'quantum']);
  });

  it('a discovery still gives science (guard)', () => {
    const ids = topicIds(
      'Scientists hail battery breakthrough',
      'Scientists at the university said the breakthrough in battery chemistry could double the range of electric cars, according to research published in Nature.',
    );

    expect(ids).toContain(TOP_LEVEL.science);
  });
});

describe('goods in store are no stock market (★4)', () => {
  it.each([
    [
      'Oil rises as U.S. crude stocks fall',
      'NEW YORK - Oil prices rose on Wednesday after U.S. crude stocks fell by 3 million barrels last week, the Energy Information Administration said. Gasoline stocks also fell.',
    ],
    [
      'Wheat outlook',
      'Global wheat stocks will fall to a nine-year low, the International Grains Council said on Thursday, as drought cut harvests.',
    ],
    [
      'IAEA says Iran enriching',
      'VIENNA - The International Atomic Energy Agency said Iran had increased its stock of highly enriched uranium.',
    ],
    [
      'Rice prices fall',
      'Bangladesh bought 50,000 tonnes of rice in a state tender, while the state buyer said stocks were at a record high and it would not import next year.',
    ],
  ])('%s gives no stocks topic', (title, body) => {
    expect(topicIds(title, body)).not.toContain(STOCKS);
  });

  it('a field that counts goods in store reads its other stocks as the same goods', () => {
    const text =
      'Rubber stocks fell to 44,980 tonnes in March, the association said. However, stocks were still above last year.';

    expect(spanTexts(text)).toEqual(['stocks', 'stocks']);
  });

  it('shares of oil companies still give stocks (guard)', () => {
    const ids = topicIds(
      'Oil stocks rally',
      'Oil stocks rallied on Wall Street on Tuesday, and shares of Exxon rose 3% as investors bet on higher crude prices.',
    );

    expect(ids).toContain(STOCKS);
  });
});

describe("a government's protest is a note, no demonstration (★8)", () => {
  it('a "stern protest" lodged in quotation marks gives no demonstration', () => {
    const ids = topicIds(
      'Beijing lodges protest',
      'Beijing lodged a "stern protest" with Tokyo on Friday, the foreign ministry said.',
    );

    expect(ids).not.toContain(DEMONSTRATION);
  });

  it('the White House that protested after a fine gives diplomacy, no demonstration', () => {
    const ids = topicIds(
      'Washington protests EU fines',
      'The White House protested on Wednesday after the European Union fined two American technology firms.',
    );

    expect(ids).not.toContain(DEMONSTRATION);
    expect(ids).toContain(DIPLOMACY);
  });

  it("a capital that protests another state's claim in the headline gives no civil unrest", () => {
    const ids = topicIds(
      "Seoul protests Tokyo's claim to islands",
      'South Korea protested on Tuesday after Japan repeated its claim to the islets in a defence white paper. Seoul summoned a Japanese diplomat.',
    );

    expect(ids).not.toContain(CIVIL_UNREST);
  });

  it("a headline's second clause that ends on the protest gives no demonstration", () => {
    const ids = topicIds(
      'EU fines Apple, Meta under digital law; Washington protests',
      'BRUSSELS - European Union regulators fined Apple 500 million euros and Meta 200 million euros on Wednesday under the Digital Markets Act. The White House has threatened tariffs in response.',
    );

    expect(ids).not.toContain(DEMONSTRATION);
  });

  it("a capital's crowd that protests a leader stays a demonstration (guard)", () => {
    const ids = topicIds(
      'Minsk protests Lukashenko re-election',
      'Thousands of people marched through Minsk on Sunday chanting slogans against the disputed election, and riot police detained dozens of protesters.',
    );

    expect(ids).toContain(DEMONSTRATION);
  });
});

describe("a team's headline verb and a sacked minister are no book or sport (item 9)", () => {
  it('a team that books a World Cup place gives no literature', () => {
    const ids = topicIds(
      'Morocco book World Cup place',
      'Morocco booked their place at the World Cup with a 2-0 win over Niger in Rabat.',
    );

    expect(ids).not.toContain(LITERATURE);
  });

  it('a prime minister who sacks a minister gives no sport', () => {
    const ids = topicIds(
      'Prime minister sacks finance minister',
      'The prime minister sacked his finance minister on Monday after a row over the budget, officials said.',
    );

    expect(ids).not.toContain(TOP_LEVEL.sport);
  });

  it('a book that places the reader is still a book (guard)', () => {
    const text = 'The book places the reader in a Victorian mill town.';

    expect(spanTexts(text)).toEqual([]);
  });
});

describe("Hong Kong's Chief Executive is no company's (item 13)", () => {
  it("the territory's leader gives no business topic", () => {
    const ids = topicIds(
      'Hong Kong leader',
      "Hong Kong's Chief Executive John Lee said on Tuesday the city would cut stamp duty. Lee spoke before the weekly Executive Council meeting.",
    );

    expect(ids).not.toContain(TOP_LEVEL.economy);
  });

  it("a bank's chief executive in Hong Kong is still business (guard)", () => {
    const ids = topicIds(
      'HSBC profit rises',
      'HSBC Chief Executive Georges Elhedery said in Hong Kong on Tuesday that the bank would cut costs after profit rose.',
    );

    expect(ids).toContain(TOP_LEVEL.economy);
  });
});

describe('words of other desks in opinion pieces, festivals, draws and boardrooms (item 17)', () => {
  it('an "Editorial:" label gives no news media', () => {
    const ids = topicIds(
      'Editorial: Congress must pass the farm bill',
      'Farmers have waited two years for a new farm bill while crop prices fell. The Senate should vote on it this week.',
    );

    expect(ids).not.toContain(NEWS_MEDIA);
  });

  it("a festival's line-up gives no sport", () => {
    const ids = topicIds(
      'Festival line-up announced',
      'The literary festival has announced its line-up for the spring, with novelists, poets and a fashion designer talking about their new books.',
    );

    expect(ids).not.toContain(TOP_LEVEL.sport);
  });

  it("a draw's seeding bands give no arts", () => {
    const ids = topicIds(
      'Rugby World Cup draw',
      'Hosts Australia were drawn in pool A for the Rugby World Cup. France, England and Wales were also in the top two bands, the tournament organisers said after the draw.',
    );

    expect(ids).not.toContain(TOP_LEVEL.arts);
  });

  it("a bank's chief operating officer gives no crime", () => {
    const ids = topicIds(
      'Chief officer leaves bank',
      'The bank said its chief operating officer would leave after ten years. Its shares rose.',
    );

    expect(ids).not.toContain(TOP_LEVEL.crime);
  });

  it("the top flight's money in a football story gives no air transport", () => {
    const ids = topicIds(
      'Relegation money',
      'The Premier League pays relegated clubs three years of income, and the gap between the top flight and the second tier is wide.',
    );

    expect(ids).not.toContain(TOP_LEVEL.economy);
  });
});
