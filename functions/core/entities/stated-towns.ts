import { lookupPlace } from '../countries/gazetteer.js';
import type { Country, Entity, Mention } from '../schema.js';
import { joinedById } from './join-entities.js';
import { namedPlace } from './places.js';

const GEONAMES = 'place:geonames:';

/**
 * After "Town, State": the state ends the place ("a plant in Taylor, Texas.", "REDMOND, Washington -", "Taylor,
 * Texas, on Monday"), it does not open a title or a list ("Cornyn, Texas Republican", "Tokyo, London and Paris").
 */
const PLACE_ENDS =
  /^(?:\s*$|\.(?:\s|$)|\s*[-,;:()\u2013\u2014]|\s+(?:on|in|at|near|where|when|after|said)\b)/;
/**
 * A list after the state: "London, Washington and Tokyo", "Paris, Washington, Tokyo", and the Oxford comma's
 * "Baltimore, Washington, and Philadelphia on Sunday" (read39 ★3: Washington State).
 */
const LIST_GOES_ON = /^(?:\s*(?:and|or|&)\s|,\s*(?:and|or)\s+[A-Z]|,\s*[A-Z][a-z]+(?:,|\s+(?:and|or)\b))/;
/** The comma and spaces (a line break) between a town and its state: "Taylor, Texas", "Taylor,\nTexas". */
const STATE_COMMA = /^,\s{1,3}/;
const TOWN_COMMA = /,\s{1,3}$/;
/**
 * A ranked results line ("1. Johnson, Florida, 9.95; 2. Okafor, Texas, 10.01"): a rank before the name, or a
 * time or score after the state. Its names are athletes with their home states, not towns (read39 ★8).
 */
const RANK_BEFORE = /(?:^|[\s:;])\d{1,3}[.)]\s+$/;
const RESULT_AFTER = /^,\s*\d+[.:]\d/;
/** A roll call's later item: "Murkowski, Alaska, and Collins, Maine, voted" (read39 ★8). */
const ITEM_BEFORE = /(?:,|;)\s*(?:and\s+)?$/;

/** The region mentions (states, provinces) of the countries by field and start: looked up once per story. */
function regionsByStart(countries: readonly Country[]): Map<string, Mention> {
  const regions = new Map<string, Mention>();
  for (const c of countries)
    for (const s of c.mentions)
      if (lookupPlace(s.text)?.kind === 'region') regions.set(`${s.field}:${s.start}`, s);
  return regions;
}

/** A state or province (a region of the gazetteer) written right after a mention, after its comma. */
function stateAfter(text: string, m: Mention, regions: ReadonlyMap<string, Mention>): Mention | undefined {
  const comma = STATE_COMMA.exec(text.slice(m.end, m.end + 4));
  if (!comma) return undefined;
  const s = regions.get(`${m.field}:${m.end + comma[0].length}`);
  if (!s) return undefined;
  const after = text.slice(s.end, s.end + 24);
  const ends = PLACE_ENDS.test(text.slice(s.end, s.end + 12));
  return ends && !LIST_GOES_ON.test(after) && !RESULT_AFTER.test(after) ? s : undefined;
}

/** The name is a later item of a list of "Name, State" pairs or ranked: a person with a home state. */
function listedWithState(text: string, m: Mention, regionEnds: ReadonlySet<number>): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  if (RANK_BEFORE.test(before)) return true;
  const item = ITEM_BEFORE.exec(before);
  return item !== null && regionEnds.has(m.start - item[0].length);
}

/**
 * "a $40 billion chip plant in Taylor, Texas": a one-word name the recogniser took for a person (a surname, a
 * given name) or left untyped, written before a comma and a state or province that ends the place, is a town of
 * that state (wild39a ★7: person:taylor). Its other mentions keep their reading ("Taylor said").
 */
export function withTownsBeforeStates(
  entities: Entity[],
  countries: readonly Country[],
  body: string,
): Entity[] {
  if (countries.length === 0) return entities;
  const regions = regionsByStart(countries);
  if (regions.size === 0) return entities;
  const regionEnds = new Set([...regions.values()].filter((s) => s.field === 'body').map((s) => s.end));
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type === 'place' || e.type === 'organization' || e.name.includes(' ')) continue;
    const towns = e.mentions.filter(
      (m) =>
        m.field === 'body' &&
        stateAfter(body, m, regions) !== undefined &&
        !listedWithState(body, m, regionEnds),
    );
    if (towns.length === 0) continue;
    out ??= [...entities];
    const rest = e.mentions.filter((m) => !towns.includes(m));
    out[i] = { ...e, id: namedPlace(e.name).id, type: 'place', mentions: towns };
    if (rest.length > 0) out.push({ ...e, mentions: rest });
  }
  return out ? joinedById(out) : entities;
}

/**
 * "REDMOND, Washington -", "Everett, Washington, is": a state named like a capital after a town of its country and
 * a comma is the state (wild39a ★7: the Washington, D.C. entity), with the id "Washington State" gets. Only where
 * the place entity holds the capital's GeoNames id and the gazetteer knows the state as "<name> State".
 */
export function withStatesAfterTowns(entities: Entity[], body: string): Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'place' || !e.id.startsWith(GEONAMES)) continue;
    const state = lookupPlace(`${e.name} State`);
    const capital = lookupPlace(e.name);
    if (state?.kind !== 'region' || capital?.countryCode !== state.countryCode) continue;
    const stated = e.mentions.filter(
      (m) =>
        m.field === 'body' &&
        afterTownOf(body, m, entities, state.countryCode) &&
        !LIST_GOES_ON.test(body.slice(m.end, m.end + 24)) &&
        PLACE_ENDS.test(body.slice(m.end, m.end + 12)),
    );
    if (stated.length === 0) continue;
    out ??= [...entities];
    const rest = e.mentions.filter((m) => !stated.includes(m));
    const resolved = namedPlace(state.name);
    out[i] = { ...e, id: resolved.id, name: resolved.name, mentions: stated };
    if (rest.length > 0) out.push({ ...e, mentions: rest });
  }
  return out ? joinedById(out) : entities;
}

/**
 * The mention follows a comma and a town of `code` ("Redmond, ", "Seattle,\n"): a place entity ending two
 * characters before it that the gazetteer does not place in another country, itself not a list's later item.
 */
function afterTownOf(body: string, m: Mention, entities: readonly Entity[], code: string): boolean {
  const comma = TOWN_COMMA.exec(body.slice(Math.max(0, m.start - 4), m.start));
  if (!comma) return false;
  const townEnd = m.start - comma[0].length;
  return entities.some(
    (t) =>
      t.type === 'place' &&
      t.mentions.some((p) => {
        if (p.field !== 'body' || p.end !== townEnd) return false;
        const known = lookupPlace(p.text);
        if (known && known.countryCode !== code) return false;
        return !/,\s*$/.test(body.slice(Math.max(0, p.start - 2), p.start));
      }),
  );
}
