import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isTopicId, topicLabel } from '../../../functions/api/limits.js';
import { TOPIC_TABLE_BROTLI_BASE64 } from '../../../functions/api/topic-labels.js';
import { decodeTopicTable } from '../../../functions/api/topic-table.js';
import { TAXONOMY } from '../../../functions/core/topics/taxonomy.js';
import { getFromEmptyApi } from './support.js';

const get = getFromEmptyApi;

describe('topic ids in filters', () => {
  it('knows exactly the ids and labels of the taxonomy the tagger scores (else run npm run openapi)', () => {
    const taxonomyIds = TAXONOMY.map(([id]) => id);

    const embedded = decodeTopicTable(
      brotliDecompressSync(Buffer.from(TOPIC_TABLE_BROTLI_BASE64, 'base64')).toString('utf8'),
    );

    expect([...embedded].sort()).toEqual(TAXONOMY.map(([id, label]) => [id, label]).sort());
    expect(TAXONOMY.map(([id]) => topicLabel(id))).toEqual(TAXONOMY.map(([, label]) => label));
    expect(taxonomyIds.every(isTopicId)).toBe(true);
    expect(['medtop:99999999', 'medtop:20000000', 'medtop:00000000'].some(isTopicId)).toBe(false);
  });

  it.each([
    ['/articles?topic=medtop:99999999', 'topic'],
    ['/articles?country=US&topic=medtop:20099999', 'topic'],
    ['/trends?topic=medtop:99999999', 'topic'],
  ])('rejects a well-formed id the tagger never gives: %s', async (path, parameter) => {
    const response = await get(path);

    expect(response.status).toBe(400);
    expect(response.body.parameter).toBe(parameter);
    expect(response.body.message).toContain('not a topic the tagger gives');
  });

  it('still accepts the ids the tagger gives', async () => {
    const responses = await Promise.all(
      ['/articles?topic=medtop:04000000', '/trends?topic=medtop:20000002'].map(get),
    );

    expect(responses.map((r) => r.status)).toEqual([200, 200]);
  });
});
