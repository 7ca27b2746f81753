import { describe, expect, it } from 'vitest';
import { itemSize } from '../../../functions/core/records/item-size.js';
import { shortId } from '../../../functions/core/records/keys.js';
import { KEPT_RECORD_MAX_BYTES } from '../../../functions/ingest/kept.js';
import { type ArticleOutcome, processEvent } from '../../../functions/ingest/pipeline.js';
import { reprocessKeys } from '../../../functions/ingest/reprocess.js';
import { memoryPipeline, objectEvent } from './support/pipeline.js';

/** `bytes` of made-up words that gzip poorly (a long read's text packs to about as much as it is). */
function longRead(bytes: number, seed: number): string {
  // mulberry32: letters drawn evenly, so gzip finds few repeats.
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const words: string[] = [];
  let length = 0;
  while (length < bytes) {
    let word = '';
    const letters = 3 + Math.floor(next() * 7);
    for (let k = 0; k < letters; k++) word += String.fromCharCode(97 + Math.floor(next() * 26));
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ');
}

/** An RSS feed of `[guid, text]` items. */
const rss = (...items: [string, string][]) =>
  `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Fjord Review</title>\n${items
    .map(
      ([guid, text]) =>
        `<item><guid>${guid}</guid><title>Item ${guid}</title><description>${text}</description><pubDate>Sun, 29 Nov 2026 06:00:00 GMT</pubDate></item>\n`,
    )
    .join('')}</channel></rss>`;

const KEY = 'feeds/fjord.rss';

function feedPipeline() {
  const logged: ArticleOutcome[] = [];
  const p = memoryPipeline({
    limits: { maxDecompressedBytes: 5_000_000, maxArticlesPerObject: 100 },
    onArticle: (a) => logged.push(a),
  });
  let seq = 0;
  const put = async (body: string) => {
    seq++;
    p.bucket.objects.set(KEY, { body, eTag: `e${seq}` });
    return processEvent(p.deps, objectEvent('create', KEY, seq, `e${seq}`));
  };
  const record = (guid: string) => p.repository.articles.get(shortId(`${KEY}#id=${guid}`));
  return { ...p, put, record, logged };
}

describe('a long feed story that rolls off its feed', () => {
  it('keeps its text on its record when it packs to more than 64 KB, and is re-tagged from it', async () => {
    const feed = feedPipeline();
    await feed.put(
      rss(['fr-1', `${longRead(240_000, 7)} country:NO`], ['fr-2', 'Ferry fares frozen. country:NO']),
    );
    const kept = feed.record('fr-1');
    await feed.put(rss(['fr-2', 'Ferry fares frozen. country:NO']));

    const summary = await reprocessKeys({ ...feed.deps, taggerVersion: 'test-2' }, 'articles', [KEY], {
      all: false,
      concurrency: 1,
    });

    expect(kept && 'itemGz' in kept ? kept.itemGz?.length : 0).toBeGreaterThan(64 * 1024);
    expect(kept && itemSize(kept)).toBeLessThanOrEqual(KEPT_RECORD_MAX_BYTES);
    expect(summary).toMatchObject({ keptWithoutText: 0, errors: 0 });
    expect(feed.record('fr-1')).toMatchObject({
      taggerVersion: 'test-2',
      status: 'TAGGED',
      state: 'APPLIED',
    });
  });

  it('keeps no text it has no room for beside the tags (DynamoDB item limit), and says so at the re-tag', async () => {
    const feed = feedPipeline();
    await feed.put(
      rss(['fr-3', `${longRead(900_000, 11)} country:NO`], ['fr-4', 'Ice road open. country:NO']),
    );
    const kept = feed.record('fr-3');
    await feed.put(rss(['fr-4', 'Ice road open. country:NO']));

    const summary = await reprocessKeys({ ...feed.deps, taggerVersion: 'test-2' }, 'articles', [KEY], {
      all: false,
      concurrency: 1,
    });

    expect(kept && 'itemGz' in kept ? kept.itemGz : undefined).toBeUndefined();
    expect(summary).toMatchObject({ keptWithoutText: 1 });
    expect(feed.record('fr-3')).toMatchObject({ taggerVersion: 'test-1' });
    expect(feed.logged.find((a) => a.textGone)?.message).toContain('too large to keep beside its tags');
  });
});
