import { datelineCountry } from '../countries/dateline-place.js';
import { lookupPlace } from '../countries/gazetteer.js';
import { postalStateName } from '../countries/state-codes.js';
import type { Entity, Mention } from '../schema.js';
import type { Dateline } from '../text/dateline.js';
import { joinEntities } from './join-entities.js';
import { namedPlace } from './places.js';

const GEONAMES = 'place:geonames:';

/**
 * A dateline's town and the state after it (wild37 ★7): "TAMPA, FL –", "AUSTIN, TX —", "DUBLIN, OH —",
 * "PARIS, Texas —".
 * - A state's postal code in capitals is that state, a place, whatever the recogniser made of the two
 *   capitals (an organization "FL", "TX").
 * - A town the gazetteer knows in another country than the dateline's ("DUBLIN" and "LIMA" of Ohio, not the
 *   Irish and Peruvian capitals; "MOSCOW, Idaho") keeps a name id, not the capital's GeoNames id.
 * Only a dateline written in the body, whose place opens it as written there.
 */
export function withDatelineState(
  entities: Entity[],
  dateline: Dateline | undefined,
  body: string,
): Entity[] {
  const start = dateline?.start;
  const comma = dateline?.place.indexOf(',') ?? -1;
  if (
    start === undefined ||
    comma <= 0 ||
    body.slice(start, start + comma) !== dateline!.place.slice(0, comma)
  )
    return entities;
  const place = dateline!.place;
  const state = place
    .slice(comma + 1)
    .split(',')[0]!
    .trim();
  const at = start + place.indexOf(state, comma);
  const name = postalStateName(state);
  const stated =
    name !== undefined && body.slice(at, at + 2) === state
      ? withStatePlace(entities, name, at, state)
      : entities;
  return withTownAtHome(stated, place.slice(0, comma).trim(), start, place);
}

function withStatePlace(entities: Entity[], stateName: string, start: number, text: string): Entity[] {
  const end = start + text.length;
  const overlaps = (m: Mention) => m.field === 'body' && m.start < end && start < m.end;
  const out: Entity[] = [];
  let salience = 0;
  for (const e of entities) {
    if (!e.mentions.some(overlaps)) {
      out.push(e);
      continue;
    }
    salience = Math.max(salience, e.salience);
    const rest = e.mentions.filter((m) => !overlaps(m));
    if (rest.length > 0) out.push({ ...e, mentions: rest });
  }
  const resolved = namedPlace(stateName);
  const state: Entity = {
    id: resolved.id,
    // "Georgia (U.S. state)" is the id's name only: the state is written "Georgia".
    name: stateName.replace(/\s*\(.*$/, ''),
    type: 'place',
    salience: salience || Math.min(1, ...entities.map((e) => e.salience)),
    mentions: [{ field: 'body', start, end, text }],
  };
  const same = out.findIndex((e) => e.id === state.id);
  if (same < 0) return [...out, state];
  out[same] = joinEntities(out[same]!, state);
  return out;
}

function withTownAtHome(entities: Entity[], town: string, start: number, place: string): Entity[] {
  const known = lookupPlace(town);
  if (!known?.geonamesId) return entities;
  const home = datelineCountry(place);
  if (home === undefined || home === known.countryCode) return entities;
  const id = `${GEONAMES}${known.geonamesId}`;
  const end = start + town.length;
  return entities.map((e) =>
    e.id === id && e.mentions.some((m) => m.field === 'body' && m.start < end && start < m.end)
      ? { ...e, id: namedPlace(known.name).id }
      : e,
  );
}
