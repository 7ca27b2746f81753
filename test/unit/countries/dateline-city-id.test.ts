import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const places = (body: string) =>
  tagArticle({ body, language: 'en' })
    .entities.filter((e) => e.type === 'place')
    .map((e) => [e.id, e.mentions.map((m) => m.text)] as const)
    .sort((a, b) => a[0].localeCompare(b[0]));

describe('the place id of New York', () => {
  it('gives a NEW YORK dateline and "New York City" the city\'s GeoNames id, as one entity', () => {
    const result = places(
      'NEW YORK (Reuters) - Shares of airlines fell on Thursday. Brokers in New York said fuel costs weighed. ' +
        'New York City officials said the airports were running normally.',
    );

    expect(result).toEqual([['place:geonames:5128581', ['NEW YORK', 'New York', 'New York City']]]);
  });

  it('keeps a name id for "New York" alone without a dateline, which may be the state', () => {
    const result = places(
      'Farmers in upstate New York lost crops to frost. Officials in New York City said nothing.',
    );

    expect(result).toEqual([
      ['place:geonames:5128581', ['New York City']],
      ['place:new-york', ['New York']],
    ]);
  });
});
