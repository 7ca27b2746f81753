import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

function focus(title: string, body: string): string[] {
  return tagArticle({ title, body })
    .countries.filter((c) => c.focus)
    .map((c) => c.code);
}

describe("a securities brief filed from the market abroad is not about the home an issuer's name carries", () => {
  it('keeps Japan out of focus for a Hokkaido bank placing Swiss franc notes in Zurich', () => {
    // Arrange
    const title = 'Hokkaido Savings Bank issues 100 mln Swiss franc notes';
    const body =
      'ZURICH, April 2 (Reuters) - Hokkaido Savings Bank is issuing 100 mln Swiss francs of five-year notes with a ' +
      '4-5/8 pct coupon, lead manager Credit Suisse said. The notes are priced at 100-1/4 and pay interest ' +
      'annually. Hokkaido Savings Bank last tapped the market in 2024.';

    // Act
    const codes = focus(title, body);

    // Assert
    expect(codes).toEqual(['CH']);
  });

  it('keeps a sovereign issuer in focus', () => {
    const codes = focus(
      'Norway issues 60 billion yen eurobond',
      'LONDON, March 25 (Reuters) - The Kingdom of Norway is issuing a 60 billion yen eurobond due 2031 paying ' +
        '1-1/4 pct and priced at 101-3/8, lead manager Nomura International said. Norway last issued in yen in 2023.',
    );

    expect(codes).toContain('NO');
  });

  it('keeps the issuer home the body names as itself', () => {
    const codes = focus(
      'Saudi Aramco issues $5 billion of bonds',
      "DUBAI, May 20 (Reuters) - Saudi Aramco, Saudi Arabia's state oil company, issued $5 billion of bonds in " +
        'three tranches on Tuesday, a document showed. Demand topped $16 billion, bankers said.',
    );

    expect(codes).toContain('SA');
  });

  it('keeps both sides in focus when a drone sets fire to an energy facility abroad (a plant, no placement)', () => {
    // Arrange
    const title = 'Russian drone sets fire to Ukrainian energy facility';
    const body =
      'KYIV, Dec 3 (Reuters) - A Russian drone attack set fire to an energy facility in the Odesa region overnight, ' +
      "cutting power to thousands of homes, Ukrainian officials said on Wednesday. Ukraine's air force said it shot " +
      'down 60 of 85 Russian drones launched overnight.';

    // Act
    const codes = focus(title, body);

    // Assert
    expect(codes).toEqual(expect.arrayContaining(['RU', 'UA']));
  });

  it("keeps the drugmaker's home in focus for a plant facility abroad", () => {
    const codes = focus(
      'Indian drugmaker gets FDA nod for new US plant facility',
      'NEW YORK, Dec 3 (Reuters) - An Indian drugmaker said on Wednesday it had received U.S. Food and Drug ' +
        'Administration approval for its new manufacturing facility in New Jersey. The Indian company, which sells ' +
        'generic medicines in the United States, said the plant would start production in the first quarter.',
    );

    expect(codes).toEqual(expect.arrayContaining(['IN', 'US']));
  });
});
