import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { ids } from './topic-ids.js';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics34 (review33 leftover): a news outlet that is the source is no media story', () => {
  it('lists no media for an arrest that Radio Free Europe/Radio Liberty reported', () => {
    const topics = topicsOf(
      'Kyrgyz police detain opposition leader ahead of vote',
      'BISHKEK - Police in Kyrgyzstan detained a prominent opposition leader on Tuesday, two weeks before a parliamentary election, Radio Free Europe/Radio Liberty reported. His party said the charges were invented.',
    );

    expect(ids(topics)).not.toContain(TOP_LEVEL.arts);
  });

  it("keeps media for the broadcaster's own cuts", () => {
    const topics = topicsOf(
      'Radio Free Europe to cut Balkan services after U.S. funding freeze',
      'PRAGUE - Radio Free Europe/Radio Liberty said on Monday it would close its services in three Balkan languages and lay off 150 staff. The broadcaster said millions of listeners would lose access to independent news.',
    );

    expect(ids(topics)).toContain(TOP_LEVEL.arts);
  });
});
