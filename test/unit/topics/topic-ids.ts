import { tagArticle } from '../../../functions/core/tag.js';

/** Topic ids of the whole tagger's result, where names found by the entity recogniser matter. */
export const topicIds = (title: string, body: string): string[] =>
  tagArticle({ title, body }).topics.map((t) => t.id);
