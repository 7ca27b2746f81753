import { expect } from 'vitest';
import type { TagResult, Topic } from '../../../functions/core/schema.js';
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

/** A story as the tables of desk tests give it. */
export interface Story {
  readonly title: string;
  readonly body: string;
}

/** What a story's topic list should say: the topic it leads with, topics it lists, topics it lacks. */
export interface Desks {
  readonly leads?: string;
  readonly lists?: readonly string[];
  readonly lacks?: readonly string[];
}

/** Asserts each part of `desks` that is given on the tagger's result. */
export function expectDesks(result: TagResult, { leads, lists = [], lacks = [] }: Desks): void {
  if (leads !== undefined) expect(result.topics[0]?.id).toBe(leads);
  for (const id of lists) expect(ids(result.topics)).toContain(id);
  for (const id of lacks) expect(ids(result.topics)).not.toContain(id);
}
