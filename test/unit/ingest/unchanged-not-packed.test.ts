import { afterEach, describe, expect, it, vi } from 'vitest';
import * as kept from '../../../functions/ingest/kept.js';
import { processEvent } from '../../../functions/ingest/pipeline.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

vi.mock('../../../functions/ingest/kept.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../functions/ingest/kept.js')>();
  return { ...actual, packItem: vi.fn(actual.packItem) };
});

/** An RSS feed as a site serves it: its build time, then its items `[guid, text]`. */
const rss = (built: string, ...items: [string, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Lakeside Courier</title><lastBuildDate>${built}</lastBuildDate>\n${items
    .map(
      ([guid, text]) =>
        `<item><guid>${guid}</guid><title>${text.split('.')[0]}</title><description>${text}</description><pubDate>Sun, 29 Nov 2026 06:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

const KEY = 'feeds/lakeside.rss';

afterEach(() => vi.mocked(kept.packItem).mockClear());

describe('a feed refetched with its items unchanged (read26 F10)', () => {
  it('packs no item text for the items it holds unchanged, only for those it writes', async () => {
    const p = memoryPipeline({ limits: { maxDecompressedBytes: 1_000_000, maxArticlesPerObject: 100 } });
    const items: [string, string][] = [
      ['lc-1', 'Ferry timetable changes. country:FI'],
      ['lc-2', 'Ice road opens. country:SE'],
    ];
    const refetched = rss('Tue, 01 Dec 2026 08:10:00 GMT', ['lc-3', 'Harbour dredged. country:EE'], ...items);
    // The memory bucket's publication metadata follows the body's length: the same for both fetches.
    const first = rss('Tue, 01 Dec 2026 08:05:00 GMT', ...items);
    const padded = first + ' '.repeat((((refetched.length - first.length) % 28) + 28) % 28);
    p.bucket.objects.set(KEY, { body: padded, eTag: 'e1' });
    await processEvent(p.deps, objectEvent('create', KEY, 1, 'e1'));
    const packedFirst = vi.mocked(kept.packItem).mock.calls.length;
    vi.mocked(kept.packItem).mockClear();

    p.bucket.objects.set(KEY, { body: refetched, eTag: 'e2' });
    await processEvent(p.deps, objectEvent('create', KEY, 2, 'e2'));

    expect(packedFirst).toBe(2);
    expect(vi.mocked(kept.packItem).mock.calls.map(([item]) => item.articleId)).toEqual(['lc-3']);
    expect(p.repository.snapshot().articles.every((a) => a.itemGz !== undefined)).toBe(true);
  });
});
