import type { Topic } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';

/** Topic ids of the whole tagger's result, where names found by the entity recogniser matter. */
export const topicIds = (title: string, body: string): string[] =>
  tagArticle({ title, body }).topics.map((t) => t.id);

/** The first level-1 topic's id: the desk a story leads with. */
export const firstTopLevel = (topics: readonly Topic[]): string | undefined =>
  topics.find((t) => t.level === 1)?.id;

/** The ids of a list of topics, in its order. */
export const ids = (topics: readonly Topic[]): string[] => topics.map((t) => t.id);

/** The evidence of one topic of the list, none when it is absent. */
export const evidenceOf = (topics: readonly Topic[], id: string): readonly string[] =>
  topics.find((t) => t.id === id)?.evidence ?? [];
