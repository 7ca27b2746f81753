import { describe, expect, it } from 'vitest';
import { pairsOf as pairs, type Story, tagStory } from './focus-and-pairs.js';

const scores = (story: Story) =>
  Object.fromEntries(tagStory(story).countryPairs.map((p) => [p.pair, p.score]));

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

describe('two countries coordinated before a third', () => {
  it('are each linked to the country their clause acts toward, not to each other', () => {
    const out = scores({
      title: 'Arms flow into Sudan as talks stall',
      body: "Egypt and Turkey have stepped up weapons deliveries to Sudan's army, diplomats said on Monday, as ceasefire talks stalled.\n\nSudan's army chief visited Cairo on Sunday.",
    });
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['EG-SD', 'SD-TR']));
    // The two suppliers stand side by side: linked only as the story's countries are, at the weakest.
    expect(out['EG-TR'] ?? 0).toBeLessThanOrEqual(0.4);
  });

  it('are still linked to each other when "to" names a venue city, not a third party', () => {
    const talks = scores({
      title: 'Fisheries talks move',
      body: 'Britain and France agreed on Monday to move their fisheries talks to Geneva next month. Officials said progress was slow.',
    });
    const envoys = scores({
      title: 'Ties',
      body: 'Japan and South Korea sent envoys to Washington on Monday to discuss their dispute over history. The two neighbours have clashed for years.',
    });
    expect(talks['FR-GB'] ?? 0).toBeGreaterThanOrEqual(0.8);
    expect(envoys['JP-KR'] ?? 0).toBeGreaterThanOrEqual(0.8);
  });

  it('are no go-betweens when they themselves seek to facilitate something', () => {
    const out = scores({
      title: 'Border',
      body: 'Ethiopia and Eritrea have sought to facilitate border crossings since their 2018 peace deal. Traders welcomed the move.',
    });
    expect(out['ER-ET'] ?? 0).toBeGreaterThanOrEqual(0.8);
  });

  it('are go-betweens when a relative clause says they brokered or mediated', () => {
    const out = pairs({
      title: 'Thailand, Cambodia trade blame as clashes resume',
      body: 'Thailand and Cambodia traded blame on Monday for renewed clashes along their disputed border that killed three soldiers.\n\nThai troops shelled villages, Cambodia said.\n\nChina and the United States, which both helped broker the July ceasefire, called for restraint.',
    });
    expect(out).toContain('KH-TH');
    expect(out).not.toContain('CN-US');
  });
});

describe('two objects of one preposition', () => {
  it('are not linked to each other by the coordination', () => {
    expect(
      pairs({
        title: 'G20 finance ministers split over frozen Russian assets',
        body: 'Finance ministers of the Group of 20 failed to agree on the use of frozen Russian assets on Friday. The ministers did agree on a statement on debt relief for Zambia and Ethiopia.',
      }),
    ).not.toContain('ET-ZM');
  });

  it('still are when the preposition sets them against each other', () => {
    expect(
      pairs({
        title: 'Trade tension eases',
        body: 'Trade tension between Japan and the United States eased on Friday, a Tokyo official said.',
      }),
    ).toContain('JP-US');
  });
});
