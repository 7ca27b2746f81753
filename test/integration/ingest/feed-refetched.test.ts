import { describe, expect, it } from 'vitest';
import { shortId } from '../../../functions/core/records/keys.js';
import type { ArticleInput } from '../../../functions/core/schema.js';
import { fakeTag } from '../support/fake-tagger.js';
import { ingestHarness, sqsBatch, useLocalStack } from '../support/local-stack.js';

const stack = useLocalStack();

/** An RSS feed as a site serves it: its build time, then its latest items `[guid, text]`, newest first. */
const rss = (built: string, ...items: [string, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Fjord Post</title><lastBuildDate>${built}</lastBuildDate>\n${items
    .map(
      ([guid, text]) =>
        `<item><guid>${guid}</guid><title>${text.split('.')[0]}</title><description>${text}</description><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

/** The real handler over s3rver and dynalite, with a tagger that counts the articles it reads. */
function countingHarness() {
  const read: string[] = [];
  const tag = (article: ArticleInput) => {
    read.push(article.title ?? '');
    return fakeTag(article);
  };
  return { read, ...ingestHarness(stack.servers, { tag }) };
}

describe('a feed fetched again with the same items (dynalite, s3rver)', () => {
  it('re-tags none of its items when only lastBuildDate changed, and keeps them listed', async () => {
    const key = 'feeds/fjord.rss';
    const items: [string, string][] = [
      ['fp-1', 'Ferry fares frozen. country:NO'],
      ['fp-2', 'Salmon quota cut. country:NO country:IS'],
    ];
    const harness = countingHarness();
    await harness.handler(sqsBatch(await stack.upload(key, rss('Tue, 01 Dec 2026 08:05:00 GMT', ...items))));
    const before = await harness.repository.getArticle(shortId(`${key}#id=fp-2`));
    harness.read.length = 0;

    await harness.handler(sqsBatch(await stack.upload(key, rss('Tue, 01 Dec 2026 08:10:00 GMT', ...items))));

    const after = await harness.repository.getArticle(shortId(`${key}#id=fp-2`));
    const object = await harness.repository.getObjectRecord(key);
    expect(harness.read).toEqual([]);
    expect(after).toMatchObject({ status: 'TAGGED', state: 'APPLIED', tags: before?.tags, seq: object?.seq });
    expect(after?.publishedAt).toBe(before?.publishedAt);
    expect(after?.contentHash).toBe(object?.contentHash);
    expect(after?.seq).not.toBe(before?.seq);
  });

  it('re-tags only the item whose text changed and tags the new one', async () => {
    const key = 'feeds/fjord-2.rss';
    const harness = countingHarness();
    await harness.handler(
      sqsBatch(
        await stack.upload(
          key,
          rss(
            'Tue, 01 Dec 2026 08:05:00 GMT',
            ['fq-1', 'Ferry fares frozen. country:NO'],
            ['fq-2', 'Salmon quota cut. country:IS'],
          ),
        ),
      ),
    );
    harness.read.length = 0;

    await harness.handler(
      sqsBatch(
        await stack.upload(
          key,
          rss(
            'Tue, 01 Dec 2026 09:05:00 GMT',
            ['fq-3', 'Bridge reopens. country:SE'],
            ['fq-1', 'Ferry fares frozen until spring. country:NO'],
            ['fq-2', 'Salmon quota cut. country:IS'],
          ),
        ),
      ),
    );

    expect(harness.read.sort()).toEqual(['Bridge reopens', 'Ferry fares frozen until spring']);
    const changed = await harness.repository.getArticle(shortId(`${key}#id=fq-1`));
    expect(changed?.title).toBe('Ferry fares frozen until spring');
  });
});
