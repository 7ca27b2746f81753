import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('a country named once as the other side of a deal, talks or a clash', () => {
  it('links the countries that signed deals with the story country', () => {
    const result = pairsOf(
      'Qatar signs 20-year LNG supply deal with India',
      'DOHA — QatarEnergy signed a 20-year deal to supply liquefied natural gas to India, the companies said on ' +
        'Monday. The gas will come from Qatar\u2019s North Field expansion. Belgium, Poland and Italy have also ' +
        'signed long-term supply agreements with Doha as Europe replaces pipeline gas.',
    );

    expect(result).toEqual(expect.arrayContaining(['BE-QA', 'IN-QA', 'IT-QA', 'PL-QA']));
  });

  it('links the story country with the country its treaty was with', () => {
    const result = pairsOf(
      'North Macedonia, Bulgaria row over EU bid',
      'SKOPJE (Reuters) - North Macedonia and Bulgaria traded accusations on Tuesday over the stalled EU ' +
        'membership bid. North Macedonia changed its name in 2019 under the Prespa agreement with Greece. ' +
        'Bulgaria wants changes to the constitution before North Macedonia can join.',
    );

    expect(result).toContain('GR-MK');
  });

  it('links a country that clashed with the story country at sea', () => {
    const result = pairsOf(
      'China warns neighbours over South China Sea',
      'BEIJING (Reuters) - China on Wednesday warned its neighbours against provocations in the South China ' +
        'Sea. Vietnam, which has clashed with Chinese ships near the Paracel Islands, lodged a protest. China ' +
        'said its coast guard acted lawfully.',
    );

    expect(result).toContain('CN-VN');
  });

  it('links no country a sentence only names beside a deal it is no side of', () => {
    const result = pairsOf(
      'Qatar signs LNG deal with China',
      'DOHA — QatarEnergy signed a 27-year deal with China\u2019s Sinopec on Monday, the companies said. Qatar ' +
        'has signed other deals this year. The price is linked to oil, as in most contracts in Japan.',
    );

    expect(result).toEqual(['CN-QA']);
  });
});
