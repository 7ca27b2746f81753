import { lookupPlace } from '../countries/gazetteer.js';
import type { Entity } from '../schema.js';
import { joinEntities } from './join-entities.js';

/** Ids of places a gazetteer knows: these stay places beside a firm of their name ("Liverpool" the club). */
const LISTED_PLACE = /^place:(?:geonames|iso):/;
/** A word before a mention that places something there: "in Silver Lake" is the neighbourhood, "in the Amazon" the forest. */
const LOCATIVE_BEFORE =
  /\b(?:(?:in|at|near|from|to|into|across|around|outside)\s+(?:the\s+)?|(?:state|province|region|county|city|town|district)\s+of\s+)$/i;

/**
 * "Private equity firm Silver Lake agreed to buy … Silver Lake said": a name a cue typed a firm somewhere in the
 * article, read as a place elsewhere only by its shape (a head word such as "Lake", "Park", "Hill" and no
 * gazetteer entry), is the firm there too. Not where a mention of the place follows a locative ("offices in
 * Silver Lake", "the state of Sinaloa") or is written otherwise than the name ("Va" of "Virginia"), and not a
 * place the gazetteer lists or knows by name (a state such as Sinaloa or Queensland).
 */
export function withFirmsNamedLikePlaces(
  entities: Entity[],
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  const firms = new Map<string, number>();
  entities.forEach((e, i) => {
    if (e.type === 'organization') firms.set(e.name, i);
  });
  if (firms.size === 0) return entities;
  let out: Entity[] | undefined;
  const gone = new Set<number>();
  entities.forEach((e, i) => {
    if (e.type !== 'place' || LISTED_PLACE.test(e.id)) return;
    const firm = firms.get(e.name);
    // "the state of Sinaloa" beside "the Sinaloa cartel": a state or province the gazetteer names is read as a
    // place by more than its shape, so it stays one. (Towns are not: "Newcastle" the club in a match report.)
    if (firm === undefined || lookupPlace(e.name)?.kind === 'region') return;
    const text = (field: string) => (field === 'title' ? texts.title : texts.body);
    // ("Bristol, Va." is Virginia, though a firm is named "Virginia": a short form is the place's own.)
    if (
      e.mentions.some(
        (m) =>
          !text(m.field).startsWith(e.name, m.start) ||
          LOCATIVE_BEFORE.test(text(m.field).slice(Math.max(0, m.start - 16), m.start)),
      )
    )
      return;
    out ??= entities.slice();
    out[firm] = joinEntities(out[firm]!, e);
    gone.add(i);
  });
  return out ? out.filter((_, i) => !gone.has(i)) : entities;
}
