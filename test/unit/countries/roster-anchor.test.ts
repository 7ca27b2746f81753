import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

const summit =
  'JOHANNESBURG \u2014 Leaders of the Group of 20 agreed on Sunday to speed up debt relief for poor countries, but ' +
  'their communique papered over splits on the war in Ukraine.\n\n' +
  "The statement, adopted under South Africa's presidency, called for faster restructuring for Zambia, Ghana and " +
  'Ethiopia. Argentina objected to language on gender, and the United States sent no leader.\n\n' +
  "Brazil's president, India's prime minister and China's premier attended, along with leaders from Germany, " +
  'France, Japan, Canada and Australia. Russia was represented by a deputy foreign minister.';

describe('the countries a long list names are set beside the country the story reports on', () => {
  it('pairs no listed country with the host filed from and named once', () => {
    const result = pairsOf('G20 leaders back debt relief, split on Ukraine wording', summit);

    expect(result).not.toContain('FR-ZA');
    expect(result).not.toContain('JP-ZA');
  });

  it('pairs the country a headline names with each listed country, the body naming it once', () => {
    const result = pairsOf(
      'MALAYSIAN PALM OIL EXPORTS RISE IN FEBRUARY',
      'KUALA LUMPUR, March 16 - Malaysian exports of processed palm oil rose to 386,450 tonnes in February, the ' +
        'licensing authority said. Main destinations were India 82,100 tonnes, Pakistan 58,300, the Netherlands ' +
        '41,200, Singapore 36,900, Japan 29,400, China 27,800, Egypt 18,700, Jordan 12,200, Kenya 10,600 and ' +
        'Iraq 9,900.',
    );

    expect(result).toEqual(expect.arrayContaining(['IN-MY', 'JP-MY', 'KE-MY']));
  });

  it('still pairs the headline country the body reports on with each listed country', () => {
    const result = pairsOf(
      'CANADA POTASH SHIPMENTS AT RECORD',
      'Canada shipped record volumes of potash last year, the industry group said. Buyers were Brazil, Chile, ' +
        'Mexico, India, Indonesia, Malaysia, Japan, Australia, Kenya and Egypt, and Canadian producers expect ' +
        'more orders this year.',
    );

    expect(result).toEqual(expect.arrayContaining(['BR-CA', 'CA-EG', 'CA-JP']));
  });
});
