import { describe, expect, it } from 'vitest';
import { TagResultSchema } from '../../functions/core/schema.js';
import { tagArticle } from '../../functions/core/tag.js';

describe('tagArticle', () => {
  it('returns a result that satisfies the public schema, even for an empty body', () => {
    const result = tagArticle({ id: 'a1', body: '' });
    expect(TagResultSchema.parse(result)).toEqual(result);
    expect(result.id).toBe('a1');
  });
});
