import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairOf = (body: string, pair: string) =>
  tagArticle({ id: 'x', title: 'Markets', body }).countryPairs.find((p) => p.pair === pair);
const lines = (n: number, line: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => line(i)).join('\n');

describe('a pair sharing many sentences, each read with its own mentions alone', () => {
  it('is not linked by sentences that set the two on two sides of ", while"', () => {
    const split = pairOf(
      lines(40, (i) => `Brazil's shares rose on day ${i + 1}, while Colombia's fell.`),
      'BR-CO',
    );
    const joined = pairOf(
      lines(40, (i) => `Brazil's shares rose on day ${i + 1} and Colombia's fell.`),
      'BR-CO',
    );

    expect(joined?.score).toBe(1);
    expect(split?.score).toBeLessThan(0.7);
  });
});
