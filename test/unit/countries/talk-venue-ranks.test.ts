import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function pairs(title: string, body: string): { pair: string; score: number }[] {
  return tagArticle({ title, body }).countryPairs.map((p) => ({ pair: p.pair, score: p.score }));
}

describe('the place a headline names for talks ranks below their sides', () => {
  it("ranks Israel-Palestinians above the Doha host's pairs", () => {
    // Arrange
    const title = 'Gaza ceasefire talks resume in Doha';
    const body =
      'DOHA, Jan 12 (Reuters) - Talks on a Gaza ceasefire and hostage release deal resumed in Doha on Sunday, a ' +
      'Palestinian official said. Israeli negotiators arrived on Saturday night. Qatar and Egypt have been ' +
      "mediating between Israel and Hamas for months, and Qatar's prime minister met both delegations.";

    // Act
    const ranked = pairs(title, body);

    // Assert
    expect(ranked[0]?.pair).toBe('IL-PS');
    expect(ranked.map((p) => p.pair)).toContain('PS-QA');
  });

  it('ranks the sides of Istanbul talks above the pairs of their host', () => {
    const ranked = pairs(
      'Ukraine peace talks to resume in Istanbul',
      'ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations will meet in Istanbul on Friday for a second ' +
        "round of direct talks, Turkish officials said. Turkey's foreign minister will open the meeting. The talks " +
        'between Russia and Ukraine are the first since 2022.',
    );

    expect(ranked[0]?.pair).toBe('RU-UA');
    expect(ranked.find((p) => p.pair === 'TR-UA')?.score).toBeLessThan(ranked[0]?.score ?? 0);
  });

  it('takes the country a deal is signed in for its place, not a party', () => {
    const ranked = pairs(
      'Israel and Hamas sign ceasefire deal in Egypt',
      'CAIRO, Oct 9 (Reuters) - Israel and Hamas signed the first phase of a ceasefire deal in Sharm el-Sheikh on ' +
        'Thursday, Egyptian officials said. Egypt, Qatar and Turkey mediated the talks. Israeli troops will pull ' +
        'back within 24 hours.',
    );

    expect(ranked[0]?.pair).toBe('IL-PS');
  });

  it('leaves talks with no other side than the host as they are', () => {
    const ranked = pairs(
      'Sudan truce talks open in Cairo',
      'CAIRO, Feb 3 (Reuters) - Egypt hosted talks on Monday aimed at a truce in Sudan, where the army and the ' +
        'Rapid Support Forces have fought for nearly three years. Envoys from the United Arab Emirates and Saudi ' +
        'Arabia attended. Negotiations between the army and the RSF have repeatedly collapsed.',
    );

    expect(ranked[0]).toEqual({ pair: 'EG-SD', score: 1 });
  });

  it("keeps the talks' own pair level when the only other country is their topic after 'on'", () => {
    // Arrange
    const title = 'US envoy holds talks in Russia on Ukraine peace plan';
    const body =
      'MOSCOW, Dec 2 (Reuters) - U.S. envoy Steve Witkoff held five hours of talks with President Vladimir Putin in ' +
      'the Kremlin on Tuesday on a U.S. plan to end the war in Ukraine, Russian officials said. Kyiv was not ' +
      'represented at the meeting, and Ukrainian President Volodymyr Zelenskiy said he awaited a readout from ' +
      'Washington.';

    // Act
    const ranked = pairs(title, body);

    // Assert
    expect(ranked.find((p) => p.pair === 'RU-US')?.score).toBe(1);
  });
});
