import { describe, expect, it } from 'vitest';
import { isTopicId, TOPIC_NUMBERS } from '../../../functions/api/limits.js';
import { TAXONOMY } from '../../../functions/core/topics/taxonomy.js';
import { getFromEmptyApi } from './support.js';

const get = getFromEmptyApi;

/** The encoding of `TOPIC_NUMBERS`: sorted id numbers as base-36 differences; a mismatch prints the new one. */
function encodeTopicNumbers(ids: readonly string[]): string {
  const numbers = [...new Set(ids.map((id) => Number(id.slice('medtop:'.length))))].sort((a, b) => a - b);
  return numbers.map((n, i) => (n - (numbers[i - 1] ?? 0)).toString(36)).join(' ');
}

describe('topic ids in filters', () => {
  it('knows exactly the ids of the taxonomy the tagger scores', () => {
    const taxonomyIds = TAXONOMY.map(([id]) => id);

    expect(TOPIC_NUMBERS).toBe(encodeTopicNumbers(taxonomyIds));
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
