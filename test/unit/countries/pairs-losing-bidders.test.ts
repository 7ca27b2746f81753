import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });

describe("a headline's losing bidders are no parties of the deal (review33 C11)", () => {
  it('pairs the buyer with the winner only, not with the bidders it snubbed', () => {
    const result = tag(
      'Denmark picks Korean howitzers in $2 billion deal, snubbing German and French bids',
      "COPENHAGEN (Reuters) - Denmark chose South Korea's Hanwha to supply 44 howitzers on Monday, its largest " +
        'army order ever. Deliveries start in 2027. The defence minister said the guns would be based in Jutland.',
    );

    const pairs = result.countryPairs.map((p) => p.pair);
    expect(pairs).toContain('DK-KR');
    expect(pairs).not.toContain('DE-FR');
    expect(pairs).not.toContain('DE-DK');
    expect(result.countries.find((c) => c.code === 'DE')?.focus ?? false).toBe(false);
  });

  it('reads bidders passed over with "over … offers" the same way', () => {
    const pairs = tag(
      'Greece picks Italian frigates over U.S. and Spanish offers',
      'ATHENS (Reuters) - Greece chose Fincantieri to build four frigates on Friday, the defence ministry said. ' +
        'The first ship is due in 2029. Crews will train in Italy.',
    ).countryPairs.map((p) => p.pair);

    expect(pairs).toContain('GR-IT');
    expect(pairs).not.toContain('GR-US');
  });

  it('keeps a country whose offer is rejected with no choice made as the other side', () => {
    const pairs = tag(
      'Germany rejects U.S. offer on steel tariffs',
      'BERLIN (Reuters) - Germany rejected a U.S. offer to cut steel tariffs in exchange for more gas purchases ' +
        'on Monday, the economy ministry said.',
    ).countryPairs.map((p) => p.pair);

    expect(pairs).toContain('DE-US');
  });
});
