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
