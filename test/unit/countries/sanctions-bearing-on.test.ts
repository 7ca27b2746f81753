import { describe, expect, it } from 'vitest';
import { pairsOf } from './focus-and-pairs.js';

const RIAL_SLIDE =
  "DUBAI, Oct 2 - Iran's rial fell to a record low of 1.2 million per dollar on Wednesday, days after Britain, " +
  'France and Germany triggered a mechanism of the 2015 nuclear deal that restored United Nations sanctions on ' +
  'Iran.\n' +
  'Iranian officials said the measures were illegal and vowed to keep selling oil.\n' +
  "Tehran's bazaar merchants closed shops in protest at rising prices, and Iran's central bank said it would " +
  'inject more dollars into the market.';

describe('countries named once as the subject of sanctions on a focus country', () => {
  it('each member of the list that restored them pairs with the country sanctioned, however long the act', () => {
    const result = pairsOf({ title: 'Iran rial hits record low as UN sanctions return', body: RIAL_SLIDE });

    expect(result).toEqual(expect.arrayContaining(['DE-IR', 'FR-IR', 'GB-IR']));
  });

  it("not across a clause break: sanctions another clause names are not the first country's", () => {
    const body =
      "SEOUL, Oct 2 - South Korea's shipbuilders won orders worth 4 billion dollars in September, industry data " +
      'showed, the most in a month since 2021.\n' +
      "South Korea's three big yards took most of the orders as buyers of gas carriers turned away from rivals " +
      'that had served clients under sanctions on Russia, analysts said.\n' +
      "Korean yards expect more orders next year, and South Korea's industry ministry said it would back new " +
      'dry docks.\nShares of Korean shipbuilders rose 3% in Seoul.';

    const result = pairsOf({ title: 'Korean shipyards win record orders', body });

    expect(result).toEqual([]);
  });
});
