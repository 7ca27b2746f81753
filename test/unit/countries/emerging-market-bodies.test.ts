import { describe, expect, it } from 'vitest';
import { focusAndPairs as ofArticle } from './focus-and-pairs.js';

const focusOf = (body: string) => ofArticle({ body }).focus;

describe('central banks and an election body of emerging markets name their country', () => {
  it('reads Banxico, Copom, the SARB, the BCRA, Bank Indonesia and Bangko Sentral', () => {
    expect(focusOf('Banxico cut its key rate by a quarter point on Thursday.')).toEqual(['MX']);
    expect(focusOf('The Copom kept the Selic rate unchanged on Wednesday.')).toEqual(['BR']);
    expect(focusOf('The SARB held the repo rate on Thursday, its governor said.')).toEqual(['ZA']);
    expect(focusOf('The BCRA sold dollars in the currency market on Tuesday.')).toEqual(['AR']);
    expect(focusOf('Bank Indonesia unexpectedly cut its benchmark rate on Wednesday.')).toEqual(['ID']);
    expect(focusOf('Bangko Sentral ng Pilipinas raised its policy rate on Thursday.')).toEqual(['PH']);
  });

  it("reads Kenya's IEBC", () => {
    expect(focusOf('The IEBC said turnout in the by-elections was 38 percent.')).toEqual(['KE']);
  });
});
