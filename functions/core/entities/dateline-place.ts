import { lookupPlace } from '../countries/gazetteer.js';
import type { Entity, Mention } from '../schema.js';
import { compareMentionPlaces } from '../text/compare.js';
import type { Dateline } from '../text/dateline.js';
import { joinEntities } from './join-entities.js';
import { knownBodyNamed } from './known-bodies.js';
import { isGivenName, titleCase } from './lexicon.js';
import { countryPlace, namedPlace } from './places.js';

/** A date or an agency's credit after the place: "BERLIN 1996-08-30", "ESCHEN (Reuters)". */
const DATE_OR_CREDIT = /[\d(]/;

/**
 * "ESCHEN 1996-08-31", "ST. LOUIS 1996-08-30", "BERLIN 1996-08-30" under "BERLIN GRAND PRIX RESULTS": the
 * place opening a dated dateline is a place, though no list knows the town, the words read as a person's
 * ("LOUIS") or the headline made the name an event's. The mentions it overlaps leave their entities for the
 * place's; a body's mention stands ("UNITED NATIONS 1996-08-29" files from the UN's seat). Only a dateline
 * written in the body, whose place opens it as written there.
 */
export function withDatelinePlace(
  entities: Entity[],
  dateline: Dateline | undefined,
  body: string,
  sport = false,
): Entity[] {
  if (dateline?.start === undefined || dateline.end === undefined) return entities;
  const name = dateline.place.split(/\s*[,(]/)[0]!;
  const start = dateline.start;
  const end = start + name.length;
  if (name.length < 2 || end > dateline.end || body.slice(start, end) !== name) return entities;
  // "PORTO VELHO —", "PORTO ALEGRE —": a city of several words the recogniser split ("Porto" and "VELHO").
  const split = splitCity(entities, name, start);
  if (!split && !DATE_OR_CREDIT.test(dateline.text.slice(name.length))) return entities;
  if (!name.includes('/'))
    return withTownFollowed(withPlaceOpening(entities, name, start, false, split, sport), name, start, sport);
  // "BAGHDAD/ERBIL, Iraq (Reuters)", "KYIV/MOSCOW (Reuters)": a joint dateline's towns, each a place (the
  // capitals of one read as an acronym, a body: review31).
  let out = entities;
  let at = start;
  for (const part of name.split('/')) {
    if (part.length >= 2) out = withPlaceOpening(out, part, at, true);
    at += part.length + 1;
  }
  return out;
}

/**
 * The entities with the dateline's place `name` at `start` of the body. In a joint dateline (`joint`) a town
 * the lists know is the place though a body's entity covers it. So is a town no list knows that the recogniser made
 * an organization ("NOVDUSDER 1996-08-30 … Novdusder , which wants to keep its mayor , …"), not a body the lists know
 * ("UNITED NATIONS 1996-08-29" files from the UN's seat); off a sports page its mentions in the story follow it
 * (`withTownFollowed`), on a sports page they stay the organization (a club named after its town).
 */
function withPlaceOpening(
  entities: Entity[],
  name: string,
  start: number,
  joint: boolean,
  split = false,
  sport = false,
): Entity[] {
  const end = start + name.length;
  const overlaps = (m: Mention) => m.field === 'body' && m.start < end && start < m.end;
  const covering = entities.filter((e) => e.mentions.some(overlaps));
  const known = lookupPlace(name);
  // "LIVERPOOL, England … Liverpool signed Sweden striker …": the club the story names after its town does
  // not take the town the story is filed from (known as a town, and the club named in the text as well).
  const clubOfTown = (e: Entity) =>
    e.type === 'organization' &&
    known !== undefined &&
    known.kind !== 'country' &&
    e.name.toLowerCase() === name.toLowerCase() &&
    e.mentions.some((m) => !overlaps(m));
  // A town no list knows, read as an organization of the same name.
  const unknownTown = (e: Entity) =>
    e.type === 'organization' &&
    known === undefined &&
    !joint &&
    e.name.toLowerCase() === name.toLowerCase() &&
    knownBodyNamed(name) === undefined &&
    knownBodyNamed(e.name) === undefined;
  if (
    !split &&
    covering.some(
      (e) =>
        e.type === 'place' ||
        (e.type === 'organization' &&
          !clubOfTown(e) &&
          !unknownTown(e) &&
          !(joint && known !== undefined && known.kind !== 'country')),
    )
  )
    return entities;
  // "JOHN SMITH 2024-05-01": a byline's given name and surname, no town (read27 F7); a known place stands.
  if (!known && covering.some((e) => e.type === 'person') && isGivenName(name.split(' ')[0]!))
    return entities;
  const out: Entity[] = [];
  let salience: number | undefined;
  const followers: Mention[] = [];
  for (const e of entities) {
    if (!covering.includes(e)) {
      out.push(e);
      continue;
    }
    salience = Math.max(salience ?? 0, e.salience);
    const rest = e.mentions.filter((m) => !overlaps(m));
    if (!sport && unknownTown(e)) followers.push(...rest);
    else if (rest.length > 0) out.push({ ...e, mentions: rest });
  }
  const resolved =
    known?.kind === 'country'
      ? countryPlace(known.countryCode)
      : known?.geonamesId
        ? { id: `place:geonames:${known.geonamesId}`, name: known.name }
        : namedPlace(name);
  const place: Entity = {
    id: resolved.id,
    name: known ? resolved.name : displayed(name),
    type: 'place',
    salience: salience ?? Math.min(1, ...entities.map((e) => e.salience)),
    mentions: [{ field: 'body' as const, start, end, text: name }, ...followers].sort(compareMentionPlaces),
  };
  const same = out.findIndex((e) => e.id === place.id);
  if (same < 0) return [...out, place];
  out[same] = joinEntities(out[same]!, place);
  return out;
}

/**
 * Off a sports page, the organization named as a dateline's town no list knows joins the place ("NOVDUSDER
 * 1996-08-30 … Novdusder, which wants to keep its mayor, …": the town as the subject of a sentence was read as a
 * body): the story is filed from the town it names (wild55 A2). On a sports page it stays a club.
 */
function withTownFollowed(entities: Entity[], name: string, start: number, sport: boolean): Entity[] {
  if (sport || lookupPlace(name) !== undefined) return entities;
  const lower = name.toLowerCase();
  const atDateline = (m: Mention) => m.field === 'body' && m.start === start;
  const place = entities.find((e) => e.type === 'place' && e.mentions.some(atDateline));
  const firm = entities.find((e) => e.type === 'organization' && e.name.toLowerCase() === lower);
  if (!place || !firm) return entities;
  const joined = { ...place, mentions: [...place.mentions, ...firm.mentions].sort(compareMentionPlaces) };
  return entities.filter((e) => e !== firm).map((e) => (e === place ? joined : e));
}

/** Whether `name` is a city of several words the gazetteer knows that no one entity's mention spans whole. */
function splitCity(entities: readonly Entity[], name: string, start: number): boolean {
  if (!name.includes(' ') || name.includes('/') || lookupPlace(name)?.kind !== 'city') return false;
  const end = start + name.length;
  const inside = (m: Mention) => m.field === 'body' && m.start >= start && m.end <= end;
  const whole = (m: Mention) => m.field === 'body' && m.start === start && m.end === end;
  return entities.some((e) => e.mentions.some(inside)) && !entities.some((e) => e.mentions.some(whole));
}

/** A town no list knows, as the story would write it: the wire's "ESCHEN" is Eschen, "BAD RAGAZ" Bad Ragaz. */
function displayed(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(/([\s-]+)/)
    .map((part) => titleCase(part))
    .join('');
}
