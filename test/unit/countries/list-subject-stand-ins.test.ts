import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function pairs(title: string, body: string) {
  return tagArticle({ title, body }).countryPairs.map((p) => [p.pair, p.score] as const);
}

describe("the lead's list of three or more countries beside a dateline stand-in (read34 ★7)", () => {
  it('ranks the pairs of the members above those of the country filed from, which no sentence names', () => {
    const result = pairs(
      'Baltic states sign energy grid deal',
      'STOCKHOLM (Reuters) - Estonia, Latvia and Lithuania signed an agreement on Tuesday to link their power grids ' +
        "to continental Europe's by the end of next year. The three states will share the cost of new interconnectors.",
    );
    const score = Object.fromEntries(result);

    expect(result[0]?.[0]).toBe('EE-LT');
    expect(score['EE-SE']).toBeLessThan(score['EE-LV']!);
    expect(score['EE-SE']).toBeDefined();
  });

  it('keeps the stand-in at its score when the lead lists no countries', () => {
    const score = Object.fromEntries(
      pairs(
        'India, Pakistan officials hold water talks in Vienna',
        'VIENNA (Reuters) - Indian and Pakistani officials held talks in Vienna on Tuesday on the Indus Waters ' +
          "Treaty. Pakistan's water minister said the talks were constructive.",
      ),
    );

    expect(score['AT-IN']).toBe(0.4);
  });
});

describe('countries named only inside a ", which …" clause (read34 ★2)', () => {
  const title = 'Sahel juntas quit West African bloc';
  const body =
    'DAKAR (Reuters) - Mali, Burkina Faso and Niger formally left ECOWAS on Wednesday, completing a break with ' +
    'the West African bloc. The three juntas, which have turned away from France and the United States towards ' +
    'Russia, said the exit was irreversible.';

  it("pair at no more than a list's score, so the members' pairs come first", () => {
    const result = pairs(title, body);
    const score = Object.fromEntries(result);

    expect(['BF-ML', 'BF-NE', 'ML-NE']).toContain(result[0]?.[0]);
    for (const pair of ['FR-RU', 'RU-US', 'FR-NE', 'NE-RU'])
      expect(score[pair] ?? 0).toBeLessThanOrEqual(0.3);
  });

  it('still count as parties when the clause closes before them', () => {
    const score = Object.fromEntries(
      pairs(
        'Peru floods worry farmers',
        'Rains hit Peru again this week, recalling the 1983 disaster, which affected several continents, the ' +
          'United States Agriculture Department said. Peru and the United States agreed to share forecasts.',
      ),
    );

    expect(score['PE-US']).toBeGreaterThan(0.5);
  });
});
