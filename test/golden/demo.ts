import { readFileSync } from 'node:fs';
import { parseArticle, resolveFormat } from '../../functions/core/input/index.js';
import type { ArticleInput, Entity, EntityType, TagResult } from '../../functions/core/schema.js';
import { tagArticle } from '../../functions/core/tag.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);

export const TOPIC = {
  crime: 'medtop:02000000',
  disaster: 'medtop:03000000',
  economy: 'medtop:04000000',
  environment: 'medtop:06000000',
  health: 'medtop:07000000',
  politics: 'medtop:11000000',
  science: 'medtop:13000000',
  sport: 'medtop:15000000',
} as const;

export interface Tagged {
  readonly article: ArticleInput;
  readonly result: TagResult;
}

/** A demo article parsed by its extension, as the CLI and ingest do, and tagged. */
export function tagDemo(name: string): Tagged {
  const content = readFileSync(new URL(name, FIXTURES), 'utf8');
  const article = parseArticle(content, resolveFormat({ filename: name, content }), { id: name });
  return { article, result: tagArticle(article) };
}

/** One line of the demo JSON Lines batch, tagged. */
export function tagBatchItem(id: string): Tagged {
  const line = readFileSync(new URL('batch.jsonl', FIXTURES), 'utf8')
    .split('\n')
    .find((l) => l.includes(`"id":"${id}"`));
  if (!line) throw new Error(`no ${id} in batch.jsonl`);
  const article = JSON.parse(line) as ArticleInput;
  return { article, result: tagArticle(article) };
}

/** The entity of that type whose name is `name` (case and punctuation aside). */
export function entity(result: TagResult, type: EntityType, name: string): Entity | undefined {
  const key = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return result.entities.find((e) => e.type === type && key(e.name) === key(name));
}

export function entityNames(result: TagResult, type: EntityType): string[] {
  return result.entities.filter((e) => e.type === type).map((e) => e.name);
}

export function mentionTexts(e: Entity | undefined): string[] {
  return e?.mentions.map((m) => m.text) ?? [];
}

export function focusCountries(result: TagResult): string[] {
  return result.countries.filter((c) => c.focus).map((c) => c.code);
}

export function pairs(result: TagResult): string[] {
  return result.countryPairs.map((p) => p.pair);
}

/** Level-1 topic ids, highest score first. */
export function topLevelTopics(result: TagResult): string[] {
  return result.topics
    .filter((t) => t.level === 1)
    .sort((a, b) => b.score - a.score)
    .map((t) => t.id);
}
