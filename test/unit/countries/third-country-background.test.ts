import { describe, expect, it } from 'vitest';
import { focusOf as focus, pairsOf as pairs } from './focus-and-pairs.js';

describe('a story about two countries relates those two', () => {
  const soybeans = {
    title: 'Japan buys 95,000 tonnes of soybeans from China',
    dateline: 'TOKYO',
    body: 'TOKYO — Japanese importers bought about 95,000 tonnes of Chinese soybeans for June shipment, trade sources said on Monday.\n\nChina has offered its beans at a discount to win back buyers in Japan. Low Brazilian crop prices have made Chinese beans harder to sell this year, the sources said, and Brazil is expected to export a record crop.\n\nThe purchase is the largest by Japan since January.',
  };

  it('does not pair a third country named beside one of them with either', () => {
    expect(focus(soybeans)).toEqual(['CN', 'JP']);
    expect(pairs(soybeans)).toEqual(['CN-JP']);
  });

  it('still pairs a country outside the focus with the one country a story is about', () => {
    expect(
      pairs({
        title: 'Indonesian soybean imports seen rising',
        dateline: 'JAKARTA',
        body: 'JAKARTA — Indonesia will import more soybeans this year as feed demand grows, the agriculture ministry said on Tuesday.\n\nThe United States supplies most of the beans and U.S. exporters expect trade with Indonesia to rise further, the ministry said.',
      }),
    ).toEqual(['ID-US']);
  });

  it('still pairs two countries coordinated in speaking of their relation', () => {
    expect(
      pairs({
        title: 'Japan and China agree on soybean quality rules',
        dateline: 'TOKYO',
        body: 'TOKYO — Japan and China agreed on Monday on new quality rules for soybean shipments, the farm ministry said.\n\nChina sells about a fifth of its crop to Japan. Talks between Brazil and Argentina on a similar deal stalled last month.',
      }),
    ).toContain('AR-BR');
  });
});
