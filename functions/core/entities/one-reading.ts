import type { Entity } from '../schema.js';
import { joinEntities } from './join-entities.js';

/**
 * A name typed a product or an event in one sentence and a firm in another ("the ChatGPT maker", "ChatGPT
 * has 700 million users"; "Wimbledon finalist", "Wimbledon said") is one thing to a reader: the two
 * entities become one, under the product's or event's reading, whose cue is the more specific. People and
 * places named alike stay apart ("Washington" the president and the city).
 */
const productOrFirm = (e: Entity) => e.type === 'other' || e.type === 'organization' || e.type === 'event';
/** The reading a joined entity keeps: a thing's or an event's cue is the more specific. */
const isThing = (e: Entity) => e.type === 'other' || e.type === 'event';

/**
 * "the Artemis II crew … Artemis II will carry", "McIlroy wins Masters … won the Masters": a person only by the
 * shape of a name that a cue types a mission, a product or an event elsewhere in the article joins that reading too.
 */
function withPersonsNamedAsThings(entities: Entity[]): (e: Entity) => boolean {
  const things = new Set<string>();
  for (const e of entities) if (isThing(e)) things.add(e.name);
  if (things.size === 0) return productOrFirm;
  return (e) => productOrFirm(e) || (e.type === 'person' && things.has(e.name));
}

export function oneReadingPerName(entities: Entity[]): Entity[] {
  const byName = new Map<string, Entity>();
  let joined = false;
  const productOrFirm = withPersonsNamedAsThings(entities);
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
    out[index] = isThing(first) || !isThing(e) ? joinEntities(first, e) : joinEntities(e, first);
  }
  return out;
}
