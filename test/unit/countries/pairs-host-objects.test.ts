import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const scoresOf = (title: string, body: string) =>
  new Map(tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => [p.pair, p.score]));

describe('the host a story is filed from', () => {
  it("ranks the host below the parties when a sentence names it only as one more object of a third's act", () => {
    const scores = scoresOf(
      'Laos, Myanmar sign border accord witnessed by Trump in Jakarta',
      'JAKARTA, Oct 26 (Reuters) - Laos and Myanmar signed a border accord on Sunday in the presence of U.S. ' +
        'President Donald Trump, who said trade agreements would follow. Lao Prime Minister Sonexay Siphandone and ' +
        'Myanmar leader Min Aung Hlaing signed the accord on the sidelines of the ASEAN summit. Indonesian President ' +
        'Prabowo Subianto, the summit host, said the accord showed that diplomacy works. Trump also signed trade ' +
        'deals with Indonesia and Laos.',
    );

    expect(scores.get('LA-MM')).toBe(1);
    expect(scores.get('ID-LA') ?? 0).toBeLessThanOrEqual(0.4);
  });
});
