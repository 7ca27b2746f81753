import { describe, expect, it } from 'vitest';
import { shortId } from '../../../functions/core/records/keys.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import { reprocessObject } from '../../../functions/ingest/reprocess.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

/** An RSS feed of `[guid, text]` items, newest first, as a site publishes its latest stories. */
const rss = (...items: [string | undefined, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Harbour Times</title>\n${items
    .map(
      ([guid, text]) =>
        `<item>${guid ? `<guid>${guid}</guid>` : ''}<title>${text.split('.')[0]}</title><description>${text}</description><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

const KEY = 'feeds/harbour.rss';

function feedPipeline(maxArticlesPerObject = 100) {
  const p = memoryPipeline({ limits: { maxDecompressedBytes: 1_000_000, maxArticlesPerObject } });
  let seq = 0;
  const put = async (body: string) => {
    seq++;
    p.bucket.objects.set(KEY, { body, eTag: `e${seq}` });
    return processEvent(p.deps, objectEvent('create', KEY, seq, `e${seq}`));
  };
  const remove = async () => {
    seq++;
    p.bucket.objects.delete(KEY);
    return processEvent(p.deps, objectEvent('remove', KEY, seq));
  };
  const listed = () =>
    p.repository
      .snapshot()
      .articles.filter((a) => a.status === 'TAGGED')
      .map((a) => a.articleId)
      .sort();
  return { ...p, put, remove, listed };
}

describe('a feed fetched again under its key', () => {
  it('keeps the stories that rolled off the feed, with their index items and counts', async () => {
    const feed = feedPipeline();
    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR'], ['ht-2', 'Port fees rise. country:IT']));
    const before = feed.repository.snapshot();

    const outcome = await feed.put(
      rss(['ht-3', 'Dredging starts. country:MT'], ['ht-1', 'Ferry strike ends. country:GR']),
    );

    expect(outcome).toBe('tagged');
    expect(feed.listed()).toEqual(['ht-1', 'ht-2', 'ht-3']);
    const after = feed.repository.snapshot();
    expect(after.counts).toEqual(expect.arrayContaining(before.counts.filter((c) => c.includes('IT'))));
    expect(after.index.filter((k) => k.includes('IT'))).toEqual(before.index.filter((k) => k.includes('IT')));
    expect(feed.repository.objects.get(KEY)?.keptAids).toEqual([shortId(`${KEY}#id=ht-2`)]);
  });

  it('re-tags a kept story that comes back into the feed with new text', async () => {
    const feed = feedPipeline();
    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR'], ['ht-2', 'Port fees rise. country:IT']));
    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR']));

    await feed.put(
      rss(['ht-2', 'Port fees rise again. country:ES'], ['ht-1', 'Ferry strike ends. country:GR']),
    );

    const counts = feed.repository.snapshot().counts.join(' ');
    expect(feed.listed()).toEqual(['ht-1', 'ht-2']);
    expect(counts).toContain('ES');
    expect(counts).not.toMatch(/IT=[1-9]/);
    expect(feed.repository.objects.get(KEY)?.keptAids).toBeUndefined();
  });

  it('removes every story it ever gave, kept ones too, when the object is deleted', async () => {
    const feed = feedPipeline();
    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR'], ['ht-2', 'Port fees rise. country:IT']));
    await feed.put(rss(['ht-3', 'Dredging starts. country:MT']));

    await feed.remove();

    const state = feed.repository.snapshot();
    expect(state.articles).toEqual([]);
    expect(state.index).toEqual([]);
    expect(state.counts.every((c) => /=0:$/.test(c))).toBe(true);
  });

  it('keeps the stories of a fetch that fails whole (an error page instead of the feed)', async () => {
    const feed = feedPipeline();
    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR']));

    await feed.put('');
    await feed.put(rss(['ht-2', 'Port fees rise. country:IT']));

    expect(feed.listed()).toEqual(['ht-1', 'ht-2']);
    expect(feed.repository.snapshot().articles.filter((a) => a.status === 'FAILED')).toEqual([]);
  });

  it('lets go of a headline-only item (a failure) and of items named by their line when they leave the feed', async () => {
    const feed = feedPipeline();
    await feed.put(
      rss(['ht-1', 'Ferry strike ends. country:GR'], ['ht-9', ''], [undefined, 'Live: storm. country:GR']),
    );

    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR']));

    expect(feed.repository.snapshot().articles.map((a) => a.articleId)).toEqual(['ht-1']);
  });

  it('still keeps them after a re-tag by reprocess and after a fetch whose first delivery crashed midway', async () => {
    const feed = feedPipeline();
    await feed.put(rss(['ht-1', 'Ferry strike ends. country:GR'], ['ht-2', 'Port fees rise. country:IT']));
    await feed.put(rss(['ht-3', 'Dredging starts. country:MT']));

    await reprocessObject({ ...feed.deps, taggerVersion: 'test-2' }, 'articles', KEY, { all: false });
    const afterRetag = feed.listed();
    let crashes = 0;
    for (let crashAfter = 1; crashAfter <= 7; crashAfter++) {
      feed.repository.failAfter = feed.repository.writes + crashAfter;
      await feed.put(rss([`n-${crashAfter}`, `News ${crashAfter}. country:CY`])).catch(() => crashes++);
      feed.repository.failAfter = Number.POSITIVE_INFINITY;
      const body = feed.bucket.objects.get(KEY)?.body ?? '';
      const { eTag } = feed.bucket.objects.get(KEY) ?? { eTag: '' };
      const seq = Number(eTag.slice(1));
      await processEvent(feed.deps, objectEvent('create', KEY, seq, eTag));
      expect(body).toContain(`n-${crashAfter}`);
    }

    expect(crashes).toBe(7);
    expect(afterRetag).toEqual(['ht-1', 'ht-2', 'ht-3']);
    expect(feed.listed()).toEqual(
      ['ht-1', 'ht-2', 'ht-3', ...Array.from({ length: 7 }, (_, i) => `n-${i + 1}`)].sort(),
    );
  });

  it('keeps at most the object limit of articles, letting go first of those that left the feed longest ago', async () => {
    const feed = feedPipeline(3);
    await feed.put(rss(['a', 'A story. country:GR'], ['b', 'B story. country:IT']));
    await feed.put(rss(['c', 'C story. country:MT']));
    await feed.put(rss(['d', 'D story. country:ES']));

    expect(feed.listed()).toEqual(['c', 'd', 'a'].sort());
  });
});

describe('a NewsML-G2 message with pictures', () => {
  const message = (...items: string[]) =>
    `<?xml version="1.0"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>\n${items.join('\n')}\n</itemSet></newsMessage>`;
  const story = (guid: string, text: string) =>
    `<newsItem guid="${guid}"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>${text}</headline></contentMeta><contentSet><inlineData>${text}</inlineData></contentSet></newsItem>`;
  const picture = (guid: string) =>
    `<newsItem guid="${guid}"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentMeta><headline>Pier at dawn</headline></contentMeta><contentSet><remoteContent href="https://example.com/p.jpg"/></contentSet></newsItem>`;

  it('tags the stories and skips the pictures and the package, saying why, with no failure record', async () => {
    const p = memoryPipeline();
    const skipped: string[] = [];
    p.deps = {
      ...p.deps,
      onArticle: (o) => (o.status === 'SKIPPED' ? skipped.push(o.message ?? '') : undefined),
    };
    p.bucket.objects.set('wire/m.xml', {
      body: message(story('s1', 'Port reopens. country:GR'), picture('p1'), '<packageItem guid="k1"/>'),
      eTag: 'e1',
    });

    const outcome = await processEvent(p.deps, objectEvent('create', 'wire/m.xml', 1, 'e1'));

    expect(outcome).toBe('tagged');
    expect(p.repository.snapshot().articles.map((a) => [a.articleId, a.status])).toEqual([['s1', 'TAGGED']]);
    expect(skipped).toEqual([
      'item at line 4: a NewsML-G2 picture item holds no story to tag (itemClass ninat:picture)',
      'item at line 5: a NewsML-G2 packageItem holds no story: only newsItems are read',
    ]);
  });

  it('fails a message of pictures only as UNSUPPORTED_TYPE, as a picture file is', async () => {
    const p = memoryPipeline();
    p.bucket.objects.set('wire/m.xml', { body: message(picture('p1'), picture('p2')), eTag: 'e1' });

    await processEvent(p.deps, objectEvent('create', 'wire/m.xml', 1, 'e1'));

    expect(p.repository.snapshot().articles.map((a) => [a.status, a.reason, a.message])).toEqual([
      [
        'FAILED',
        'UNSUPPORTED_TYPE',
        'the NewsML-G2 feed holds no story: a NewsML-G2 picture item holds no story to tag (itemClass ninat:picture)',
      ],
    ]);
  });
});
