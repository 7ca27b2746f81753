import { describe, expect, it } from 'vitest';
import { createQueryRepository } from '../../../functions/adapters/query-repository.js';
import { shortId } from '../../../functions/core/records/keys.js';
import type { TagRepository } from '../../../functions/ingest/ports.js';
import {
  getItem,
  type IngestHarness,
  ingestHarness,
  scanAll,
  sqsBatch,
  useLocalStack,
} from '../support/local-stack.js';

const stack = useLocalStack();

const upload = (key: string, body: string) =>
  stack.upload(key, body, { Metadata: { 'published-at': '2026-11-12T09:00:00Z' } });

const remove = (key: string) => stack.remove(key);

/** What a reader can find of one article: its record, its index items, its count memberships. */
async function visible(aid: string) {
  const all = await scanAll(stack.servers);
  return {
    record: all.find((i) => i.pk === `A#${aid}` && i.state !== 'DELETED'),
    index: all.filter((i) => String(i.pk).startsWith('I#') && String(i.sk).endsWith(`#${aid}`)).length,
    counts: all.filter((i) => i.recordType === 'count' && (i.m as Set<string> | undefined)?.has(aid)).length,
  };
}

const jsonl = (...lines: [string, string][]) =>
  lines.map(([id, body]) => JSON.stringify({ id, body })).join('\n');

describe('an older attempt whose article write lands after a newer attempt removed that article (dynalite)', () => {
  it.each([
    ['an overwrite that drops the line', 'drop'],
    ['a delete of the object', 'delete'],
  ] as const)('cannot recreate it after %s', async (_name, how) => {
    const key = `feeds/race-${how}.jsonl`;
    const v1 = jsonl(['keep', 'Kept. country:FR'], ['gone', 'Dropped. country:DE entity:person:ann-lee']);
    const v2 = jsonl(['keep', 'Kept. country:FR']);
    const older = await upload(key, v1);
    let harness: IngestHarness | undefined;
    let newerOutcome: unknown;
    // The older attempt has read and tagged v1; its first write of article "gone" is slow in flight and
    // reaches the table only after a second Lambda has handled the newer event completely.
    const slowFirstWrite = (repository: TagRepository): TagRepository => ({
      ...repository,
      async advanceArticle(item, expected) {
        if (newerOutcome === undefined && item.articleId === 'gone') {
          const newer = how === 'drop' ? await upload(key, v2) : await remove(key);
          newerOutcome = await harness?.handler(sqsBatch(newer));
        }
        return repository.advanceArticle(item, expected);
      },
    });
    harness = ingestHarness(stack.servers, { wrapRepository: slowFirstWrite });

    const response = await harness.handler(sqsBatch(older));

    expect(response).toEqual({ batchItemFailures: [] });
    expect(newerOutcome).toEqual({ batchItemFailures: [] });
    const gone = shortId(`${key}#id=gone`);
    expect(await visible(gone)).toEqual({ record: undefined, index: 0, counts: 0 });
    expect(await getItem(stack.servers, `A#${gone}`, 'A')).toMatchObject({ state: 'DELETED', key });
    // The API's reads (GET /articles/{id}) do not see the tombstone: the article is not found.
    expect(
      await createQueryRepository(stack.servers.clients.dynamo, stack.servers.table).getArticle(gone),
    ).toBeUndefined();
    const kept = await visible(shortId(`${key}#id=keep`));
    // Kept: its one country, indexed and counted, and counted once more as the country it is about.
    if (how === 'drop') expect(kept).toMatchObject({ record: { status: 'TAGGED' }, index: 1, counts: 2 });
    else expect(kept).toEqual({ record: undefined, index: 0, counts: 0 });
  });
});
