import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const pairsOf = (title: string, body: string) =>
  tagArticle({ title, body, language: 'en' }).countryPairs.map((p) => p.pair);

describe('two countries opening a closing "as" clause are linked only by that clause (review33 P2)', () => {
  it("does not pair them by the main clause's deal", () => {
    const pairs = pairsOf(
      'Sweden buys patrol ships',
      'STOCKHOLM (Reuters) - Sweden agreed on Thursday to buy six patrol ships for the Baltic, its largest naval ' +
        'order in decades, as Russia and China step up activity in the region.',
    );

    expect(pairs).not.toContain('CN-RU');
  });

  it('pairs them when their own clause tells of their relation', () => {
    const pairs = pairsOf(
      'Asian shares steady',
      'SEOUL (Reuters) - Asian shares steadied on Thursday as China and the United States prepared for a new ' +
        'round of trade talks in Geneva.',
    );

    expect(pairs).toContain('CN-US');
  });
});
