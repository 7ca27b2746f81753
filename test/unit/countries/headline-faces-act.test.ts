import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function firstCountry(title: string, body: string): string | undefined {
  return tagArticle({ title, body }).countries[0]?.code;
}

describe("a headline country describing what faces another country's act is no subject", () => {
  it('puts Britain first for "US casino \'tricks\' face ban in UK"', () => {
    // Arrange
    const title = "US casino 'tricks' face ban in UK";
    const body =
      'Controversial new UK casinos will be banned from using American tricks of the trade to ensure they are ' +
      '"socially responsible", it has been suggested.\n\nCulture Secretary Tessa Jowell said proposed ' +
      'super-casinos will be different from their US counterparts. In America, pheromones have reportedly been ' +
      'released from machines and clocks are often removed from walls. Ms Jowell said the legislation would ban ' +
      'psychological trickery. "They will be run according to British rules," she said. One tactic used in the US ' +
      'is simulating daylight during night-time. A spokesman for the British Casino Association, which represents ' +
      'the UK industry, said the rules were welcome. The UK will have eight super-casinos, the US hundreds.';

    // Act
    const first = firstCountry(title, body);

    // Assert
    expect(first).toBe('GB');
  });

  it('keeps a country that itself faces the act first', () => {
    const first = firstCountry(
      'Japan faces pressure from US over rice imports',
      'Japan faces pressure from the United States to open its rice market, officials in Tokyo said. Japanese ' +
        'farmers oppose any change. U.S. negotiators want quotas lifted, and the U.S. embassy said talks would go on.',
    );

    expect(first).toBe('JP');
  });
});
