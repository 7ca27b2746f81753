import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

const pairs = (article: Partial<ArticleInput> & { body: string }) =>
  tagArticle({ title: '', language: 'en', ...article })
    .countryPairs.map((p) => p.pair)
    .sort();

describe('"won", "real" and "sol" after a country are words before they are currencies', () => {
  it('links two countries a sentence relates although one is followed by "real" or "won"', () => {
    expect(
      pairs({
        title: 'Brazil weighs tariffs as neighbour devalues',
        body: "Brazil's real concern is that Argentina's peso devaluation will flood its market with cheap imports, officials said on Monday.\n\nArgentina's government said the devaluation was needed to rebuild reserves.",
      }),
    ).toEqual(['AR-BR']);
    expect(
      pairs({
        title: 'Expo vote goes to Asia',
        body: 'South Korea won the vote to host the 2035 World Expo, beating Japan’s yen-funded rival bid by 29 votes, organisers said on Tuesday.\n\nJapan said it would not bid again. South Korea will spend $4 billion on the site.',
      }),
    ).toEqual(['JP-KR']);
  });

  it('still sets two currencies side by side in a roundup', () => {
    expect(
      pairs({
        title: 'Latin American currencies mixed',
        body: "Brazil's real firmed 0.4% and the Peruvian sol slipped 0.2% on Tuesday.\n\nTraders in Sao Paulo and Lima watched U.S. data.",
      }),
    ).not.toContain('BR-PE');
  });
});

describe('the party two coordinated countries act with', () => {
  it('is no firm’s seat named in passing', () => {
    expect(
      pairs({
        title: 'Nordic states sign gas deal',
        body: 'Norway and Denmark signed a gas storage deal with Houston-based Cheniere on Monday, the two energy ministries said.\n\nNorway will supply most of the gas.',
      }),
    ).toEqual(['DK-NO']);
  });

  it('is a country named by its capital', () => {
    expect(
      pairs({
        title: 'Sahel juntas cut ties',
        body: 'Niger and Burkina Faso have cut military ties with Paris, their governments said on Friday.\n\nNiger gave French troops a month to leave.',
      }),
    ).toEqual(expect.arrayContaining(['BF-FR', 'FR-NE']));
  });
});
