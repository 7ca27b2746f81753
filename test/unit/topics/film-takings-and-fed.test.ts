import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const ARTS = 'medtop:01000000';
const ECONOMY = 'medtop:04000000';
const CENTRAL_BANK = 'medtop:20000350';

describe('a studio’s film takings and the Fed in a capitals headline (topics23)', () => {
  it('files a studio’s takings from one film under the film, not as a results report', () => {
    const ids = topicIds(
      'Universal’s revenue from Oppenheimer passes $900m',
      'Universal Pictures said on Monday that its revenue from Oppenheimer had passed $900 million worldwide, ' +
        'the biggest total for a biopic. Christopher Nolan’s film about the atomic bomb has played in cinemas ' +
        'for ten weeks and opens in Japan next year. Cillian Murphy, who plays J. Robert Oppenheimer, is tipped ' +
        'for an Oscar.',
    );

    expect(ids[0]).toBe(ARTS);
  });

  it('keeps a studio’s quarterly revenue under business', () => {
    const ids = topicIds(
      'Disney revenue tops forecasts as Inside Out 2 takings soar',
      'Walt Disney reported quarterly revenue of $23.2 billion on Wednesday, above analysts’ forecasts, as ' +
        'Inside Out 2 took more than $1.5 billion at the global box office. The studio’s films earned $1.1 ' +
        'billion in the quarter. Disney shares rose 4% in extended trading.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('keeps a studio’s profits from a hit film a results report', () => {
    const ids = topicIds(
      'Animation studio’s profits soar on superhero sequel',
      'Animation studio Brightframe has reported a sharp rise in profits after its superhero sequel took more ' +
        'than $500m at the box office worldwide. The company said net income for the three months to December ' +
        'more than doubled to $75m, and its shares rose 6% in after-hours trading.',
    );

    expect(ids[0]).toBe(ECONOMY);
  });

  it('reads FED in a capitals headline as the Fed where the body writes “fed funds”', () => {
    const { topics } = tagArticle({
      title: 'FED ADDS RESERVES VIA CUSTOMER REPURCHASES',
      body:
        'NEW YORK, March 3 - The Federal Reserve entered the government securities market to arrange 1.5 ' +
        'billion dlrs of customer repurchase agreements, a spokesman said. Dealers said fed funds were trading ' +
        'at 6-1/4 pct when the central bank began its temporary supply of reserves to the banking system.',
    });

    expect(topics.find((t) => t.id === CENTRAL_BANK)?.evidence).toContain('Fed');
  });

  it('keeps “fed up” in a capitals headline an ordinary word', () => {
    const { topics } = tagArticle({
      title: 'FARMERS FED UP WITH GRAIN PRICES',
      body:
        'CHICAGO, March 3 - Farmers in the Midwest said they were fed up with low grain prices and asked ' +
        'Congress to raise support payments. Corn and soybean prices have fallen for three months.',
    });

    expect(topics.map((t) => t.id)).not.toContain(CENTRAL_BANK);
  });
});
