import type { Entity } from '../schema.js';
import { compareMentionPlaces } from '../text/compare.js';

/**
 * Two entities found for one thing, as one: `kept`'s id, name and type, the mentions of both in field and
 * offset order, the higher salience.
 */
export function joinEntities(kept: Entity, other: Entity): Entity {
  const mentions = [...kept.mentions, ...other.mentions].sort(compareMentionPlaces);
  return { ...kept, mentions, salience: Math.max(kept.salience, other.salience) };
}

/** The entities with those that share an id joined into one, at the first one's place. */
export function joinedById(entities: readonly Entity[]): Entity[] {
  const joined: Entity[] = [];
  const at = new Map<string, number>();
  for (const entity of entities) {
    const index = at.get(entity.id);
    if (index === undefined) {
      at.set(entity.id, joined.length);
      joined.push(entity);
    } else joined[index] = joinEntities(joined[index]!, entity);
  }
  return joined;
}
