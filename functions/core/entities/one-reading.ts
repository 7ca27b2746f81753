import type { Entity } from '../schema.js';
import { joinEntities } from './join-entities.js';

/**
 * A name typed a product or an event in one sentence and a firm in another ("the ChatGPT maker", "ChatGPT
 * has 700 million users"; "Wimbledon finalist", "Wimbledon said") is one thing to a reader: the two
 * entities become one, under the product's or event's reading, whose cue is the more specific. People and
 * places named alike stay apart ("Washington" the president and the city).
 */
const productOrFirm = (e: Entity) => e.type === 'other' || e.type === 'organization';

export function oneReadingPerName(entities: Entity[]): Entity[] {
  const byName = new Map<string, Entity>();
  let joined = false;
  for (const e of entities) {
    if (!productOrFirm(e)) continue;
    const other = byName.get(e.name);
    if (other && other.type !== e.type) joined = true;
    else byName.set(e.name, e);
  }
  if (!joined) return entities;
  const out: Entity[] = [];
  const at = new Map<string, number>();
  for (const e of entities) {
    const index = productOrFirm(e) ? at.get(e.name) : undefined;
    if (index === undefined) {
      if (productOrFirm(e)) at.set(e.name, out.length);
      out.push(e);
      continue;
    }
    const first = out[index]!;
    out[index] = first.type === 'other' ? joinEntities(first, e) : joinEntities(e, first);
  }
  return out;
}
