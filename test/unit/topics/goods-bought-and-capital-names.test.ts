import { describe, expect, it } from 'vitest';
import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

const POLITICS = 'medtop:11000000';
const POLITICAL_PARTIES = 'medtop:20000651';
const MERGER_OR_ACQUISITION = 'medtop:20000204';
const AGRICULTURE = 'medtop:20000210';

const topicsOf = (title: string, body: string): Topic[] => tagArticle({ title, body }).topics;
const scoreOf = (topics: readonly Topic[], id: string): number => topics.find((t) => t.id === id)?.score ?? 0;

describe('goods bought in the headline, and names of two words in a capitals headline (read22 F12, F13)', () => {
  it('gives no deal to a country buying grain though the story tells of a takeover', () => {
    const topics = topicsOf(
      'CHINA BUYS U.S. WHEAT, SOYBEANS',
      'WASHINGTON, March 3 - China bought 500,000 tonnes of U.S. wheat and 200,000 tonnes of soybeans, the ' +
        'Agriculture Department said.\n    Traders said the purchase followed the takeover of grain handler ' +
        "Continental's export arm by Cargill, which acquired a 40 pct stake last year.\n Reuter",
    );

    expect(scoreOf(topics, MERGER_OR_ACQUISITION)).toBeLessThan(scoreOf(topics, AGRICULTURE));
  });

  it('reads LABOUR PARTY in a capitals headline as the party though the body writes labour in lower case', () => {
    const topics = topicsOf(
      'LABOUR PARTY CALLS FOR STRIKE BALLOT',
      'LONDON, March 3 - The opposition party called on the union to ballot its members, saying the labour ' +
        "dispute at the docks had gone on too long. Neil Kinnock's party said the government had failed.",
    );

    expect(topics[0]?.id).toBe(POLITICS);
    expect(scoreOf(topics, POLITICAL_PARTIES)).toBeGreaterThan(0);
  });
});
