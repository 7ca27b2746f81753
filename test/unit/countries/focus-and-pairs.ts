import type { ArticleInput } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

/** The codes of the countries in focus (sorted) and the pairs, as the tagger gives them. */
export function focusAndPairs(article: ArticleInput): { focus: string[]; pairs: string[] } {
  const result = tagArticle(article);
  return {
    focus: result.countries
      .filter((c) => c.focus)
      .map((c) => c.code)
      .sort(),
    pairs: result.countryPairs.map((p) => p.pair),
  };
}
