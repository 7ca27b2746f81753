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

/** The focus codes and pairs of an untitled one-line brief (the short-story tests' items). */
export const briefFocusAndPairs = (body: string) => focusAndPairs({ id: 'brief', title: '', body });

/** An English article of a headline and a body, as the list tests write them. */
export const story = (title: string, body: string): ArticleInput => ({ title, body, language: 'en' });

/** A story as the tests write it: the body, and whatever else they give; English, untitled unless titled. */
export type Story = Partial<ArticleInput> & { body: string };

/** The tag result of an English story with no title unless one is given. */
export const tagStory = (story: Story) => tagArticle({ title: '', language: 'en', ...story });

/** The codes of a story's countries in focus, sorted. */
export const focusOf = (story: Story): string[] =>
  tagStory(story)
    .countries.filter((c) => c.focus)
    .map((c) => c.code)
    .sort();

/** A story's pairs, sorted. */
export const pairsOf = (story: Story): string[] =>
  tagStory(story)
    .countryPairs.map((p) => p.pair)
    .sort();
