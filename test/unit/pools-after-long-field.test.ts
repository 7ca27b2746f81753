import { describe, expect, it } from 'vitest';
import { pooledWordCount, WORD_POOL_KEPT } from '../../functions/core/countries/mentions.js';
import { tagArticle } from '../../functions/core/tag.js';
import { PIECES_KEPT, pieceRoom } from '../../functions/core/topics/match.js';

const PARAGRAPH =
  'Ministers from France and Germany met their counterparts from Kenya in Nairobi on Tuesday to discuss ' +
  'grain shipments, fertiliser prices and the cost of insuring cargo through the Red Sea, officials said. ' +
  'Exporters in Brazil and Argentina watched the talks closely as wheat futures rose in Chicago.';

/** A story far longer than any news field: ~300 paragraphs, ~13,000 words in one body. */
const LONG_STORY = {
  id: 'long-report',
  title: 'Grain talks drag on as ministers meet in Nairobi',
  body: Array.from({ length: 300 }, () => PARAGRAPH).join('\n\n'),
};

const SHORT_STORY = {
  id: 'short-report',
  title: 'Kenya and France sign grain deal',
  body: 'NAIROBI (Reuters) - Kenya and France signed a deal on grain shipments on Wednesday, the trade ministry said.',
};

describe('the per-field pools after a long field', () => {
  it('give back what a long field grew: the country word pool and topic piece arrays end at their kept size', () => {
    tagArticle(LONG_STORY);

    expect(pooledWordCount()).toBeLessThanOrEqual(WORD_POOL_KEPT);
    expect(pieceRoom()).toBeLessThanOrEqual(PIECES_KEPT);
  });

  it('tag a story after a long one as they tag it before', () => {
    const before = tagArticle(SHORT_STORY);

    tagArticle(LONG_STORY);
    const after = tagArticle(SHORT_STORY);

    expect(after).toEqual(before);
  });
});
