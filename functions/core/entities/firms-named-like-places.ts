import { lookupPlace } from '../countries/gazetteer.js';
import type { Entity } from '../schema.js';
import { joinEntities, joinedById } from './join-entities.js';
import { slug } from './places.js';

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
  given: Entity[],
  texts: { readonly title: string; readonly body: string },
): Entity[] {
  const entities = withFirmsThatSpeak(given, texts.body);
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

/** After a firm's name: it speaks ("Amazon said"). */
const SPEAKS_AFTER = /^\s+(?:said|says|announced|reported)\b/;
/** Its possessive owns a firm's part ("Amazon's cloud unit", "Amazon's shares"). */
const FIRM_PART_AFTER =
  /^['\u2019]s\s+(?:cloud\s+)?(?:unit|division|subsidiary|shares|stock|chief executive|CEO|founder|revenue|sales|earnings|profit|customers|website|platform|employees)\b/;
/**
 * Before a mention that is part of another name or place: "Archbishop of Canterbury said", "New Hampshire said",
 * "Badminton, Gloucestershire said", "whatever Europe says", "the Amazon's rivers".
 */
const NOT_THE_NAME_BEFORE = /(?:\b(?:of|the|whatever)\s+|,\s+|[A-Z][\w.'-]*\s+)$/;

/**
 * "An outage at Amazon's cloud unit … Amazon said services were restored": a one-word place the gazetteer does
 * not list (a river, a forest, a name the entity lists give a place: place:amazon) that owns a firm's part, or
 * that speaks where the article also names the firm in full ("Amazon Web Services", "Southwest Forest
 * Industries … Southwest said"), is the firm (wild39a ★7). A region speaking ("whatever Europe says") or a name inside another ("Archbishop of Canterbury said") is not.
 */
function withFirmsThatSpeak(entities: Entity[], body: string): Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'place' || LISTED_PLACE.test(e.id) || e.name.includes(' ') || lookupPlace(e.name))
      continue;
    const longer = `${e.name} `;
    const namedInFull = entities.some((o) => o.type === 'organization' && o.name.startsWith(longer));
    const acts = e.mentions.some((m) => {
      if (m.field !== 'body' || !body.startsWith(e.name, m.start)) return false;
      const before = body.slice(Math.max(0, m.start - 24), m.start);
      if (NOT_THE_NAME_BEFORE.test(before)) return false;
      const after = body.slice(m.end, m.end + 40);
      return FIRM_PART_AFTER.test(after) || (SPEAKS_AFTER.test(after) && namedInFull);
    });
    if (!acts) continue;
    out ??= [...entities];
    out[i] = { ...e, type: 'organization', id: `organization:${slug(e.name)}` };
  }
  return out ? joinedById(out) : entities;
}
