import type { Entity } from '../schema.js';
import { lowerCased } from '../text/chars.js';
import { joinEntities } from './join-entities.js';
import { rescoredEntities } from './local-places.js';

/**
 * "Wildfire forces evacuation of Flin Flon as smoke blankets Midwest" (headline) … "Residents of Flin Flon were
 * told to leave" (body): a headline gives a name few words of context and capitalises words that are no names, so
 * its reading of a name is the weaker one. A name found only in the headline that the body names too, read as
 * another of the three main kinds there, is the body's entity: one entity, with the body's id, name and type, and the saliences
 * scored again (the headline's mention counts for it). The same array when no name is read two ways.
 */
export function withHeadlineNamesReadAsInBody(entities: Entity[]): Entity[] {
  const headlineOnly = entities.filter((e) => e.mentions.every((m) => m.field === 'title'));
  if (headlineOnly.length === 0) return entities;
  const inBody = new Map<string, Entity>();
  for (const e of entities)
    if (e.mentions.some((m) => m.field === 'body')) {
      const key = lowerCased(e.name);
      // Two body entities of one name ("Washington" the city and the president): the body does not say which.
      inBody.set(key, inBody.has(key) ? SEVERAL : e);
    }
  let joined: Map<Entity, Entity> | undefined;
  for (const e of headlineOnly) {
    const body = inBody.get(lowerCased(e.name));
    // `other` is a name of unclear kind in either field: it gives no better reading ("Dow Jones Industrial").
    if (
      body === undefined ||
      body === SEVERAL ||
      body.type === e.type ||
      body.type === 'other' ||
      e.type === 'other'
    )
      continue;
    joined ??= new Map();
    joined.set(e, body);
  }
  if (joined === undefined) return entities;
  const into = new Map<Entity, Entity>();
  for (const [e, body] of joined) into.set(body, joinEntities(into.get(body) ?? body, e));
  const out: Entity[] = [];
  for (const e of entities) if (!joined.has(e)) out.push(into.get(e) ?? e);
  return rescoredEntities(out);
}

/** Marks a name the body gives to more than one entity. */
const SEVERAL: Entity = { id: '', name: '', type: 'other', salience: 0, mentions: [] };
