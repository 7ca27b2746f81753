import type { Country, Entity } from '../schema.js';
import type { TagDocument } from '../text/document.js';

export function resolveCountries(_doc: TagDocument, _entities: readonly Entity[]): Country[] {
  return [];
}
