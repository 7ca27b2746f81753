import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TagResultSchema } from '../../functions/core/schema.js';
import { tagArticle } from '../../functions/core/tag.js';
import { anyText, articleOf, newsLikeText } from './arbitraries.js';
import { invariantViolations } from './invariants.js';

const inputs = [
  ['arbitrary strings', articleOf(anyText), 300],
  ['news-like text', articleOf(newsLikeText), 200],
] as const;

describe.each(inputs)('tagArticle on %s', (_name, articles, numRuns) => {
  it('never throws and always returns a result that satisfies the public schema', () => {
    fc.assert(
      fc.property(articles, (article) => {
        const result = tagArticle(article);
        expect(TagResultSchema.safeParse(result).error).toBeUndefined();
      }),
      { numRuns },
    );
  });

  it('gives mentions and evidence whose text is exactly the slice of their field, and entity mentions never overlap', () => {
    fc.assert(
      fc.property(articles, (article) => {
        expect(invariantViolations(article, tagArticle(article))).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('is deterministic: the same article twice gives deep-equal results', () => {
    fc.assert(
      fc.property(articles, (article) => {
        expect(tagArticle(structuredClone(article))).toEqual(tagArticle(article));
      }),
      { numRuns: Math.ceil(numRuns / 2) },
    );
  });
});
