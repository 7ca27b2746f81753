import type { Entity } from '../schema.js';
import { compareMentionPlaces } from '../text/compare.js';

/**
 * A name typed a product or an event in one sentence and a firm in another ("the ChatGPT maker", "ChatGPT
 * has 700 million users"; "Wimbledon finalist", "Wimbledon said") is one thing to a reader: the two
 * entities become one, under the product's or event's reading, whose cue is the more specific. People and
 * places named alike stay apart ("Washington" the president and the city).
 */
export function oneReadingPerName(entities: Entity[]): Entity[] {
  const byName = new Map<string, Entity>();
  let joined = false;
  for (const e of entities) {
    if (e.type !== 'other' && e.type !== 'organization') continue;
    const other = byName.get(e.name);
    if (other && other.type !== e.type) joined = true;
    else byName.set(e.name, e);
  }
  if (!joined) return entities;
  const out: Entity[] = [];
  const at = new Map<string, number>();
  for (const e of entities) {
    const index = e.type === 'other' || e.type === 'organization' ? at.get(e.name) : undefined;
    if (index === undefined) {
      if (e.type === 'other' || e.type === 'organization') at.set(e.name, out.length);
      out.push(e);
      continue;
    }
    out[index] = joinReadings(out[index]!, e);
  }
  return out;
}

function joinReadings(a: Entity, b: Entity): Entity {
  const winner = a.type === 'other' ? a : b;
  const mentions = [...a.mentions, ...b.mentions].sort(compareMentionPlaces);
  return { ...winner, mentions, salience: Math.max(a.salience, b.salience) };
}
