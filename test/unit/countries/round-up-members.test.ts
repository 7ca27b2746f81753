import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ROUND_UP = [
  'Brazil, Colombia, Mexico, Indonesia and Ivory Coast backed an export quota plan at the coffee talks in London on Monday, delegates said.',
  'Brazil, the largest producer, said it would cut its exports by ten percent from April. Brazil\u2019s delegate said the cut would hold for a year.',
  'Colombia agreed to a similar cut. Colombia\u2019s coffee federation said its growers would be paid for the beans held back.',
  'Mexico said its exports would fall by eight percent. Mexico also asked for a review of the quota in six months.',
  'Indonesia backed the plan but asked for a larger share for robusta growers. Indonesia said its output would rise.',
  'Ivory Coast said it would follow the cuts. Ivory Coast\u2019s minister said the plan would lift prices.',
  'Brazil and Colombia will meet again in May. Mexico and Indonesia will join them.',
];

function tag(lines: readonly string[]) {
  return tagArticle({
    title: 'Coffee producers back export quota plan',
    body: lines.join('\n'),
    language: 'en',
  });
}

describe('a round-up of five or more countries', () => {
  it('pairs a further member named by its name beside a focus country with each focus country', () => {
    const { countries, countryPairs } = tag([
      ...ROUND_UP,
      'The plan also had the support of Costa Rica, which spoke after Brazil, delegates said.',
    ]);

    expect(countries.find((c) => c.code === 'CR')?.focus).toBe(false);
    const pairs = countryPairs.map((p) => p.pair);
    for (const pair of ['BR-CR', 'CO-CR', 'CR-MX', 'CR-ID', 'CI-CR']) expect(pairs).toContain(pair);
  });

  it("leaves out a country named only by its people's word or a city", () => {
    const { countryPairs } = tag([
      ...ROUND_UP,
      'Japanese roasters, who buy from Brazil, said they would watch prices.',
    ]);

    expect(countryPairs.map((p) => p.pair).filter((p) => p.includes('JP'))).toEqual([]);
    expect(countryPairs.map((p) => p.pair).filter((p) => p.includes('GB'))).toEqual([]);
  });

  it('does not pair a further country in a story about four', () => {
    const { countryPairs } = tag([
      ...ROUND_UP.slice(0, 5).map((l) =>
        l.replace(
          'Brazil, Colombia, Mexico, Indonesia and Ivory Coast',
          'Brazil, Colombia, Mexico and Indonesia',
        ),
      ),
      'The plan also had the support of Costa Rica, which spoke after Brazil, delegates said.',
    ]);

    expect(countryPairs.map((p) => p.pair).filter((p) => p.includes('CR'))).toEqual([]);
  });
});
