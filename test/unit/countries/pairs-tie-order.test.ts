import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

describe('pairs of equal score rank the more salient countries first', () => {
  it("ranks the story's two leading countries' pair before a tied pair with a third", () => {
    const pairs = tagArticle({
      title: 'Belarus frees 14 prisoners in deal with U.S.',
      body:
        'VILNIUS, Dec 3 (Reuters) - Belarus freed 14 political prisoners on Wednesday, including a Polish ' +
        'journalist and two Lithuanian citizens, after talks with a U.S. envoy, the U.S. embassy in Vilnius said. ' +
        'The prisoners were driven to the Lithuanian border. Washington eased sanctions on Belarus in return.',
      language: 'en',
    }).countryPairs;

    expect(pairs[0]?.pair).toBe('BY-US');
    expect(pairs.every((p, i) => i === 0 || pairs[i - 1]!.score >= p.score)).toBe(true);
  });
});
