import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { linkCountryPairs } from '../../../functions/core/countries/pairs.js';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

setFlagsFromString('--allow-natives-syntax');
// Natives syntax is read when a function is compiled, so this is built after the flag is set.
const isHoley = new Function('xs', 'return %HasHoleyElements(xs)') as (xs: unknown[]) => boolean;

const doc = prepareDocument({
  title: 'Japan and China hold talks on trade as Seoul watches',
  body:
    'TOKYO (Reuters) - Japan and China held talks on trade on Monday, officials said. ' +
    'South Korea said it would join the talks with Japan next month. ' +
    'China and South Korea signed a separate deal on fisheries.',
  language: 'en',
});
const countries = resolveCountries(doc, []);

describe("a pair's evidence", () => {
  it('is a packed array however often the pair rules run (one shape for the optimised reader)', () => {
    const holey: number[] = [];
    let pairs = 0;

    // Enough runs for `pairOf` to be optimised: `map` built a holey array there and a packed one before (1,742 of
    // 3,000 runs gave holey evidence before this was built by push).
    for (let run = 0; run < 3000; run++) {
      const countryPairs = linkCountryPairs(doc, countries);
      pairs += countryPairs.length;
      if (countryPairs.some((p) => isHoley(p.evidence))) holey.push(run);
    }

    expect(pairs).toBeGreaterThan(0);
    expect(holey).toEqual([]);
  }, 120_000);
});
