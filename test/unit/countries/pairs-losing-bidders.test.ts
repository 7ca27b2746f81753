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

  it('keeps the side whose proposal is rejected when a deal is won too (read33 F12)', () => {
    const result = tag(
      'Ukraine wins EU backing after rejecting Russian proposal on Zaporizhzhia plant',
      'KYIV, Dec 3 (Reuters) - Ukraine won the backing of European Union foreign ministers on Wednesday after ' +
        'rejecting a Russian proposal to run the Zaporizhzhia nuclear plant jointly.',
    );

    expect(result.countryPairs[0]?.pair).toBe('RU-UA');
    expect(result.countries.find((c) => c.code === 'RU')?.focus).toBe(true);
  });

  it('keeps the side whose offer of talks is rejected beside a pact signed (read33 F12)', () => {
    const pairs = tag(
      'Taiwan signs chip pact, rejecting Chinese offer of talks',
      'TAIPEI, Dec 3 (Reuters) - Taiwan signed a semiconductor cooperation pact with Japan on Wednesday, the ' +
        'economy ministry said.',
    ).countryPairs.map((p) => p.pair);

    expect(pairs).toContain('CN-TW');
  });

  it('still reads the bidders beaten by the winner of a contract as losing bidders', () => {
    const result = tag(
      'South Korea wins $9 billion Romanian submarine contract, beating French and German bids',
      'BUCHAREST, Dec 3 (Reuters) - Romania chose Hanwha Ocean to build three submarines on Wednesday, the defence ' +
        'ministry said. The first boat is due in 2031.',
    );

    const pairs = result.countryPairs.map((p) => p.pair);
    expect(pairs).not.toContain('DE-FR');
    expect(result.countries.find((c) => c.code === 'FR')?.focus ?? false).toBe(false);
  });
});
