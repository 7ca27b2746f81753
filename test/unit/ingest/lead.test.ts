import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

describe('a story without a headline', () => {
  it('is recorded and indexed with its first sentence as its lead, and a titled story with its title only', async () => {
    const { deps, repository, bucket } = memoryPipeline({ tag: tagArticle });
    bucket.objects.set('inbox/untitled.txt', {
      body: 'OSLO, Norway \u2014 Norway will buy 12 new frigates from Britain in a $10 billion deal, the defence ministry said on Friday. Deliveries start in 2029.',
      eTag: 'e1',
    });
    bucket.objects.set('inbox/titled.md', {
      body: '# Norway buys British frigates\n\nNorway will buy 12 new frigates from Britain, the ministry said.',
      eTag: 'e2',
    });

    await processEvent(deps, objectEvent('create', 'inbox/untitled.txt', 1));
    await processEvent(deps, objectEvent('create', 'inbox/titled.md', 2));

    const [untitled] = repository.snapshot().articles.filter((a) => a.articleId === 'inbox/untitled.txt');
    const [titled] = repository.snapshot().articles.filter((a) => a.articleId === 'inbox/titled.md');
    expect(untitled?.title).toBeUndefined();
    expect(untitled?.lead).toBe(
      'Norway will buy 12 new frigates from Britain in a $10 billion deal, the defence ministry said on Friday.',
    );
    expect(titled).toMatchObject({ title: 'Norway buys British frigates' });
    expect(titled?.lead).toBeUndefined();
    const indexed = [...repository.index.values()].filter((item) => item.articleId === 'inbox/untitled.txt');
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed.every((item) => item.lead === untitled?.lead)).toBe(true);
  });
});
