import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 37, topics37): a rally people stage or hold is a demonstration, not a market's.
const topIds = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);
const ids = (result: TagResult) => result.topics.map((t) => t.id);
const DEMONSTRATION = 'medtop:20000066';
const POLITICAL_CAMPAIGNS = 'medtop:20000580';
const MARKETS = 'medtop:20000385';

describe("people's rally", () => {
  it('tenants who stage a rally against rent rises demonstrate; no market rally', () => {
    const result = tagArticle({
      title: 'Tenants stage rally against rent rises',
      body:
        'Hundreds of tenants staged a rally outside the city council on Saturday against rent rises of up to 20 ' +
        'percent. Organisers said landlords were pricing families out of the city.',
    });

    expect(ids(result)).toContain(DEMONSTRATION);
    expect(ids(result)).not.toContain(MARKETS);
  });

  it("a candidate's campaign rally is the election campaign's", () => {
    const result = tagArticle({
      title: 'Trump holds campaign rally in Pennsylvania',
      body:
        'Donald Trump held a campaign rally in Pennsylvania on Saturday, telling thousands of supporters that prices ' +
        'would fall. He attacked Democrats over the economy.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.politics);
    expect(result.topics.find((t) => t.id === POLITICAL_CAMPAIGNS)?.evidence).toContain('campaign rally');
  });

  it("keeps Wall Street's staged rally in the market", () => {
    const result = tagArticle({
      title: 'Wall Street staged a rally as tech shares rebound',
      body:
        "Wall Street staged a rally on Tuesday as technology shares rebounded from last week's losses. The Nasdaq " +
        'rose 2.1 percent and the S&P 500 gained 1.5 percent, while Treasury yields fell.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.economy);
  });

  it.each([
    ['Wall Street staged a rally on Friday as tech shares rebounded.'],
    ['The dollar staged a rally against the yen on Monday.'],
  ])('reads no demonstration in a market that staged a rally: %s', (body) => {
    const result = tagArticle({ title: 'Markets', body });

    expect(ids(result)).not.toContain(DEMONSTRATION);
  });
});
