import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 36, topics36): words of a team's comeback and of a pet's tag.
const topIds = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe("a team's rally", () => {
  it('lists no unrest and no market beside the game', () => {
    const result = tagArticle({
      title: 'Lions rally to beat Packers on Thanksgiving',
      body:
        'Jared Goff threw three second-half scores as Detroit beat Green Bay 31-24. Jahmyr Gibbs ran for 120 yards ' +
        'and the Lions defence sacked Jordan Love four times.',
    });

    expect(topIds(result)).toEqual([TOP_LEVEL.sport]);
  });

  it('keeps unrest for a protest rally and the market for a share rally', () => {
    const protest = tagArticle({
      title: 'Thousands rally in Belgrade against government',
      body:
        'Tens of thousands of people rallied in Belgrade on Saturday to demand early elections, in the largest ' +
        "protest against President Aleksandar Vucic's government this year. Police said the rally was peaceful.",
    });
    const market = tagArticle({
      title: 'Shares rally as inflation cools',
      body:
        'Stocks rallied on Wall Street after data showed inflation cooled more than expected in October. The S&P ' +
        '500 rose 1.2% and bond yields fell as traders bet on a rate cut.',
    });

    expect(topIds(protest)).toContain(TOP_LEVEL.conflict);
    expect(topIds(market)[0]).toBe(TOP_LEVEL.economy);
  });
});

describe("a pet's microchip", () => {
  it('is no technology or chip business in a lost dog story', () => {
    const result = tagArticle({
      title: 'Lost dog found 200 miles from home after three months',
      body:
        'A spaniel that went missing from a family home in Devon three months ago has been found 200 miles away in ' +
        "Yorkshire, after a microchip scan at a vet's. The owners said they had never given up hope.",
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.humanInterest);
    expect(topIds(result)).not.toContain(TOP_LEVEL.science);
    expect(topIds(result)).not.toContain(TOP_LEVEL.economy);
  });

  it("stays technology in a chipmaker's story", () => {
    const result = tagArticle({
      title: 'Microchip maker unveils faster AI processor',
      body:
        'The microchip maker said its new processor would run artificial intelligence models twice as fast. Its ' +
        'shares rose 4% as analysts praised the design.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.science);
  });
});
