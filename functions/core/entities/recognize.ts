import type { Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';

export function recognizeEntities(_doc: TagDocument): Entity[] {
  return [];
}
