import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) => tagArticle({ title, body, language: 'en' }).countryPairs;

describe('a table sent as plain text', () => {
  const body =
    'HONG KONG, Nov 30 (Reuters) - Asian share markets were mixed on Monday as the yen slid to a four-month low ' +
    'against the dollar, lifting Japanese exporters, while Hong Kong stocks rose on hopes of more support for the ' +
    'property sector.\n\n' +
    'Market                   Close       Change\n' +
    'Nikkei 225 (Japan)       51,204.10   +1.85%\n' +
    'Hang Seng (Hong Kong)    26,880.40   +0.95%\n' +
    'Kospi (South Korea)      4,101.20    -0.42%\n' +
    'S&P/ASX 200 (Australia)  9,012.60    +0.12%\n\n' +
    'The dollar rose 0.3% to 155.20 yen. Brent crude fell 0.5% to $64.80 a barrel.';

  it('does not give two rows of a market table as the evidence that links two countries', () => {
    const pair = pairsOf('Asian stocks mixed as yen slides; Nikkei hits record high', body).find(
      (p) => p.pair === 'HK-JP',
    );

    expect(pair?.evidence.map((e) => e.text).join(' ')).not.toContain('Nikkei 225 (Japan)');
  });

  it('links no two countries named only on rows of the table', () => {
    const result = pairsOf('Asian stocks mixed as yen slides; Nikkei hits record high', body).map(
      (p) => p.pair,
    );

    expect(result).not.toContain('AU-KR');
  });

  it('still links two countries a sentence of prose names together', () => {
    const result = pairsOf(
      'Korea and Australia sign trade deal',
      'South Korea and Australia signed a trade deal on Monday, cutting tariffs on beef and cars.\n\n' +
        'Product                 Tariff now   Tariff in 2030\n' +
        'Beef (Australia)        30%          0%\n' +
        'Cars (South Korea)      5%           0%\n' +
        'Wine (Australia)        15%          0%\n\n' +
        'Both governments welcomed the deal.',
    ).map((p) => p.pair);

    expect(result).toContain('AU-KR');
  });
});
