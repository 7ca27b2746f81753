import type { Country, Entity, Topic } from '../schema.js';
import type { TagDocument } from '../text/document.js';

export function scoreTopics(
  _doc: TagDocument,
  _entities: readonly Entity[],
  _countries: readonly Country[],
): Topic[] {
  return [];
}
