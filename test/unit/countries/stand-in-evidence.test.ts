import { describe, expect, it } from 'vitest';
import type { CountryPair, TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

const cocoa = {
  title: 'BRAZIL COFFEE EXPORTS SLOW, COLOMBIA SHIPMENTS DELAYED',
  body:
    'LONDON, Nov 9 - Brazilian coffee exports slowed in October as rains held up the harvest in Minas Gerais, ' +
    'exporters said.\n\nColombian shipments were delayed by a strike at Buenaventura, traders said, and Colombia ' +
    'expects to catch up in December.\n\nBrazil shipped 2.1 million bags, against 2.6 million a year earlier.',
  language: 'en',
};

/** Whether some evidence span of the pair holds a mention of the country. */
function evidenceNames(result: TagResult, pair: CountryPair, code: string): boolean {
  const country = result.countries.find((c) => c.code === code);
  return (
    country?.mentions.some((m) =>
      pair.evidence.some((e) => e.field === m.field && m.start >= e.start && m.end <= e.end),
    ) ?? false
  );
}

describe('a pair of the country a story is filed from shows the dateline that names it', () => {
  it('adds the dateline written in the body to a pair it only stands in the headline for', () => {
    const result = tagArticle(cocoa);

    const pair = result.countryPairs.find((p) => p.pair === 'CO-GB');
    expect(pair?.evidence.map((e) => e.text)).toContain('LONDON, Nov 9');
  });

  it('names both countries in the evidence of every pair', () => {
    const result = tagArticle(cocoa);

    const unnamed = result.countryPairs.filter((p) => !p.countries.every((c) => evidenceNames(result, p, c)));
    expect(unnamed.map((p) => p.pair)).toEqual([]);
  });

  it('keeps the evidence spans equal to the text they stand for', () => {
    const result = tagArticle(cocoa);

    for (const pair of result.countryPairs)
      for (const e of pair.evidence)
        expect((e.field === 'title' ? cocoa.title : cocoa.body).slice(e.start, e.end)).toBe(e.text);
  });
});
