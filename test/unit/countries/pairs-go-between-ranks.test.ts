import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => `${p.pair} ${p.score.toFixed(2)}`);

describe("a broker or witness of the sides' act ranks below the sides' pair (review33 P5)", () => {
  it('ranks the witness of a signing below the two signatories', () => {
    const pairs = pairsOf(
      'Armenia and Azerbaijan sign peace treaty in Washington',
      'WASHINGTON, Dec 3 (Reuters) - Armenia and Azerbaijan signed a peace treaty at the White House on Wednesday. ' +
        'Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed the document, ' +
        'witnessed by U.S. President Donald Trump. The treaty commits both countries to recognise their borders.',
    );

    expect(pairs[0]).toBe('AM-AZ 1.00');
    expect(pairs).toContain('AM-US 0.95');
  });

  it('ranks the mediator of a prisoner swap below the two sides that swapped', () => {
    const pairs = pairsOf(
      'Russia and U.S. swap prisoners in deal brokered by UAE',
      'ABU DHABI, Dec 3 (Reuters) - Russia and the United States exchanged prisoners at Abu Dhabi airport on ' +
        'Wednesday in a swap mediated by the United Arab Emirates, officials said. Russia freed an American ' +
        'teacher, and the United States released a Russian businessman.',
    );

    expect(pairs[0]?.startsWith('RU-US')).toBe(true);
  });

  it('keeps the pair of a country that mediated elsewhere and signs its own deal', () => {
    const pairs = pairsOf(
      'Qatar signs $10 billion investment pact with U.S.',
      'DOHA, Dec 3 (Reuters) - Qatar signed a $10 billion investment agreement with the United States on Wednesday, ' +
        "the emir's office said. Qatar, which has mediated between Israel and Hamas, will invest in U.S. energy " +
        'firms.',
    );

    expect(pairs[0]).toBe('QA-US 1.00');
  });
});
