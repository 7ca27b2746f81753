import { MILITARY_BASES, NUCLEAR_SITES } from '../countries/curated.js';
import { cityNamesakes, lookupPlace } from '../countries/gazetteer.js';
import type { Country, Entity, Mention } from '../schema.js';
import { type Dateline, isInInlineDateline } from '../text/dateline.js';
import { withDatelinePlace } from './dateline-place.js';
import { withDatelineState } from './dateline-states.js';
import { joinEntities, joinedById } from './join-entities.js';
import { countryPlace, isCountryPlaceId, namedPlace } from './places.js';
import { slugOf } from './slug.js';
import { withStatePeriods } from './state-abbreviation.js';
import { withStatesAfterTowns, withTownsBeforeStates } from './stated-towns.js';

/** Georgia the US state: the country resolver's reading (countries/resolve.ts) of a "Georgia" mention. */
const GEORGIA_STATE = namedPlace('Georgia (U.S. state)');

const key = (m: Mention) => `${m.field}:${m.start}`;
const isCountryEntity = (e: Entity) => e.type === 'place' && isCountryPlaceId(e.id);
const GEORGIA_COUNTRY_ID = countryPlace('GE').id;
const GEONAMES = 'place:geonames:';
/** Population from which a city named bare is taken to be itself, not a namesake. */
const WORLD_CITY = 1_000_000;

/**
 * Entities and countries are read apart; where the country resolver took "Georgia" for the US state
 * (an article about Atlanta, "the U.S. state of Georgia"), the place entity follows it instead of
 * keeping the country's id, and where it read every mention of a country name as something else
 * ("Turkey prices soar" over a body about a Thanksgiving turkey), there is no country entity either.
 */
export function reconcilePlaces(
  entities: Entity[],
  countries: readonly Country[],
  dateline?: Dateline,
  body = '',
  sport = false,
): Entity[] {
  const towns = withStatePeriods(
    withStatesAfterTowns(withTownsBeforeStates(entities, countries, body), body),
    body,
  );
  return datelineCities(
    withDatelineState(
      withDatelinePlace(
        followNamesakes(
          followStates(
            settleGeorgia(
              sitesArePlaces(acronymsReadAsCountries(towns, countries), countries),
              countries,
              body,
            ),
            countries,
          ),
          countries,
          body,
        ),
        dateline,
        body,
        sport,
      ),
      dateline,
      body,
    ),
    dateline,
  );
}

/** Bases and nuclear sites the country resolver reads as the country they lie in (curated.ts). */
const SITES: ReadonlySet<string> = new Set(
  [...Object.values(MILITARY_BASES), ...Object.values(NUCLEAR_SITES)].flat(),
);

/**
 * "Iran fired missiles at Al Udeid", "inspectors have not returned to Fordow": a base or a nuclear site the
 * country resolver placed is a place, whatever the recogniser made of the unknown word (a person, an
 * organization; review33 C9).
 */
function sitesArePlaces(entities: Entity[], countries: readonly Country[]): Entity[] {
  if (!entities.some((e) => e.type !== 'place' && SITES.has(e.name))) return entities;
  const read = new Set(countries.flatMap((c) => c.mentions.map(key)));
  return entities.map((e) =>
    e.type !== 'place' && SITES.has(e.name) && e.mentions.some((m) => read.has(key(m)))
      ? { ...e, type: 'place', id: namedPlace(e.name).id }
      : e,
  );
}

/** A name written as an acronym in capitals: "PNG", "KSA", "DRC". */
const ACRONYM_NAME = /^[A-Z]{2,5}$/;

/**
 * "China has offered PNG a policing deal", "KSA and UAE officials met", "The DRC and Rwanda signed a deal": an
 * acronym of a country's the recogniser took for an organisation, every mention of which the country resolver read as
 * that country (its acronyms and their conditions are the resolver's: countries/curated.ts), is that country's place, joined with
 * the country's entity where the story names it in full too (wild49 E9).
 */
function acronymsReadAsCountries(entities: Entity[], countries: readonly Country[]): Entity[] {
  if (!entities.some((e) => e.type === 'organization' && ACRONYM_NAME.test(e.name))) return entities;
  const codeAt = new Map<string, string>();
  for (const c of countries) for (const m of c.mentions) codeAt.set(`${key(m)}:${m.text}`, c.code);
  let changed = false;
  const out = entities.map((e) => {
    // (A country's own acronym, not a body that stands for its state: "NASA", "FBI" are read as the US.)
    if (e.type !== 'organization' || !ACRONYM_NAME.test(e.name) || lookupPlace(e.name)?.kind !== 'country')
      return e;
    const codes = new Set(e.mentions.map((m) => codeAt.get(`${key(m)}:${m.text}`)));
    const code = codes.size === 1 ? [...codes][0] : undefined;
    if (code === undefined) return e;
    changed = true;
    const place = countryPlace(code);
    return { ...e, type: 'place' as const, id: place.id, name: place.name };
  });
  return changed ? mergeSameIds(out) : entities;
}

const LOWER_CASE_STATE = ' state';

/**
 * "Washington state health officials said": the recogniser's place is "Washington", which alone is the
 * capital, and the country resolver read the state ("Washington state", a region phrase starting at the
 * same word, its "state" in lower case). Those mentions are the state's entity, with the state's id as
 * "Washington State" written capitalised gets; the word's other mentions keep their reading.
 */
function followStates(entities: Entity[], countries: readonly Country[]): Entity[] {
  const found = new Map<string, Mention>();
  for (const c of countries)
    for (const m of c.mentions)
      if (m.text.endsWith(LOWER_CASE_STATE) && lookupPlace(m.text)?.kind === 'region') found.set(key(m), m);
  if (found.size === 0) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const read =
      e.type === 'place' ? e.mentions.filter((m) => found.get(key(m))?.text.startsWith(m.text)) : [];
    if (read.length === 0) {
      out.push(e);
      continue;
    }
    const rest = e.mentions.filter((m) => !read.includes(m));
    if (rest.length) out.push({ ...e, mentions: rest });
    const region = lookupPlace(found.get(key(read[0]!))!.text)!;
    const state = namedPlace(region.name);
    out.push({ ...e, id: state.id, name: state.name, mentions: read });
  }
  return mergeSameIds(out);
}

/** Entities that came to share an id ("Washington State" and "Washington state") are one. */
function mergeSameIds(entities: Entity[]): Entity[] {
  const byId = new Map<string, number>();
  const out: Entity[] = [];
  for (const e of entities) {
    const at = byId.get(e.id);
    if (at === undefined) {
      byId.set(e.id, out.length);
      out.push(e);
      continue;
    }
    out[at] = joinEntities(out[at]!, e);
  }
  return out;
}

/**
 * "NEW YORK (Reuters) -": a dateline names a city. A dateline place the gazetteer reads as a state whose
 * city is "<name> City" (New York) is that city, with its GeoNames id, as "New York City" in the text is;
 * the two are then one entity. Anywhere else "New York" alone keeps its name id (the state or the city).
 */
function datelineCities(entities: Entity[], dateline: Dateline | undefined): Entity[] {
  if (dateline?.end === undefined) return entities;
  const i = entities.findIndex(
    (e) =>
      e.type === 'place' &&
      !e.id.startsWith(GEONAMES) &&
      !isCountryPlaceId(e.id) &&
      e.mentions.some((m) => isInInlineDateline(dateline, m.field, m.start)),
  );
  const e = entities[i];
  const region = e && lookupPlace(e.name);
  if (!e || region?.kind !== 'region') return entities;
  const city = lookupPlace(`${region.name} City`);
  if (city?.kind !== 'city' || !city.geonamesId || city.countryCode !== region.countryCode) return entities;
  const id = `${GEONAMES}${city.geonamesId}`;
  const out = [...entities];
  const same = out.findIndex((o) => o.id === id);
  if (same < 0) {
    out[i] = { ...e, id };
    return out;
  }
  out[same] = joinEntities(out[same]!, e);
  out.splice(i, 1);
  return out;
}

/**
 * "San Jose" in a story about a Silicon Valley startup: the country resolver read the city as California's
 * namesake of Costa Rica's capital (countries/namesakes.ts); the place entity takes the namesake's
 * GeoNames id too. A town whose gazetteer entry (the biggest of its name) lies in a country the article
 * never names is another town: "Durham" and "Kent" in a story about English councils are not the ones
 * in North Carolina and Washington, "London, Ontario" is not Britain's capital. It takes the namesake
 * in a country the article names when the gazetteer lists one, else a name id, which is vaguer but
 * not wrong.
 */
function followNamesakes(entities: Entity[], countries: readonly Country[], body: string): Entity[] {
  if (countries.length === 0) return entities;
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'place' || !e.id.startsWith(GEONAMES)) continue;
    const id = placeIdInArticle(e, countries, body);
    if (id === e.id) continue;
    out ??= [...entities];
    out[i] = { ...e, id };
  }
  return out ?? entities;
}

function placeIdInArticle(e: Entity, countries: readonly Country[], body: string): string {
  const namesakes = cityNamesakes(e.name);
  const first = e.mentions[0];
  // Most places have no namesake: the country that counted the first mention is looked for only if one does.
  const counted = first && namesakes.length > 0 ? countryAt(countries, first) : undefined;
  const read = counted && namesakes.find((n) => n.countryCode === counted.code);
  // A town's namesake carries its country alone: the name id ("Gravesend" of a story in Kent).
  if (read) return read.geonamesId ? `${GEONAMES}${read.geonamesId}` : namedPlace(e.name).id;
  const entry = lookupPlace(e.name);
  // Only the entry the id came from is judged; an id set another way (a dateline's region) stands.
  if (!entry?.geonamesId || !isGeonamesId(e.id, entry.geonamesId)) return e.id;
  if (countries.some((c) => c.code === entry.countryCode)) return e.id;
  // A city of a million or more is itself ("Tokyo", "trading in London, New York and Tokyo") unless its
  // namesake's state or country follows it ("London, Ontario"); a smaller town takes a namesake in any
  // country the article names, else a name id.
  const big = (entry.population ?? 0) >= WORLD_CITY;
  const named = namesakes.find((n) =>
    countries.some((c) => c.code === n.countryCode && (!big || followsAMention(c, e))),
  );
  if (named) return named.geonamesId ? `${GEONAMES}${named.geonamesId}` : namedPlace(e.name).id;
  // "in Moscow, Idaho", "Paris, Texas, on Sunday": a state of another country after the city is its town's.
  if (big && countries.some((c) => c.code !== entry.countryCode && statedAfter(c, e, body)))
    return namedPlace(e.name).id;
  return big ? e.id : namedPlace(e.name).id;
}

/**
 * Whether a state or province of `country` follows a body mention of `e` after a comma, and ends the place
 * ("Moscow, Idaho, in 2022"): not a list ("trading in London, New York and Tokyo", "London, New York, Tokyo").
 */
function statedAfter(country: Country, e: Entity, body: string): boolean {
  return e.mentions.some((p) =>
    country.mentions.some(
      (m) =>
        m.field === 'body' &&
        p.field === 'body' &&
        m.start === p.end + 2 &&
        body[p.end] === ',' &&
        (lookupPlace(m.text) ?? lookupPlace(`${m.text}.`))?.kind === 'region' &&
        !LIST_GOES_ON.test(body.slice(m.end, m.end + 6)),
    ),
  );
}

/** After a place: another one of a list ("and Tokyo", ", Tokyo"). */
const LIST_GOES_ON = /^(?:\.?\s*(?:and|or|&)\s|\.?,\s*[A-Z])/;

/** The country one of whose mentions is at the same place as `mention`. */
function countryAt(countries: readonly Country[], mention: Mention): Country | undefined {
  return countries.find((c) =>
    c.mentions.some((m) => m.start === mention.start && m.field === mention.field),
  );
}

/**
 * Whether `id` is `${GEONAMES}${geonamesId}`, read without building that string for every place entity
 * of every article.
 */
function isGeonamesId(id: string, geonamesId: number): boolean {
  const from = GEONAMES.length;
  // A leading zero would read as the same number but is another id.
  if (id.length <= from || id.charCodeAt(from) === 48 || !id.startsWith(GEONAMES)) return false;
  let n = 0;
  for (let i = from; i < id.length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    n = n * 10 + digit;
  }
  return n === geonamesId;
}

/** Whether a mention of the country comes right after one of the place's: "London, Ontario". */
function followsAMention(country: Country, e: Entity): boolean {
  return e.mentions.some((p) =>
    country.mentions.some((m) => m.field === p.field && m.start > p.end && m.start <= p.end + 2),
  );
}

function settleGeorgia(entities: Entity[], countries: readonly Country[], body: string): Entity[] {
  const us = countries.find((c) => c.code === 'US');
  const state = new Set(us?.mentions.filter((m) => /^georgia$/i.test(m.text)).map(key) ?? []);
  if (us)
    for (const e of entities)
      if (e.id === GEORGIA_COUNTRY_ID)
        for (const m of e.mentions)
          if (m.field === 'body' && US_STATE_OFFICE_AFTER.test(body.slice(m.end, m.end + 24)))
            state.add(key(m));
  const readAway = (e: Entity) =>
    isCountryEntity(e) && !countries.some((c) => e.id === countryPlace(c.code).id);
  if (state.size === 0 && !entities.some(readAway)) return entities;
  const out: Entity[] = [];
  // Where the state's mentions end: a body named after "Georgia's" there is the state's.
  const stateEnds = new Set<string>();
  for (const entity of entities) {
    if (entity.id !== GEORGIA_COUNTRY_ID || state.size === 0) {
      if (!readAway(entity)) out.push(entity);
      continue;
    }
    // "Georgia Gov. Brian Kemp" beside "Pooler, Georgia": where the resolver found no country Georgia at
    // all, every "Georgia" of the story is the state it read.
    const isState = readAway(entity) ? () => true : (m: Mention) => state.has(key(m));
    const country = entity.mentions.filter((m) => !isState(m));
    const stateMentions = entity.mentions.filter(isState);
    if (country.length) out.push({ ...entity, mentions: country });
    if (stateMentions.length)
      out.push({ ...entity, id: GEORGIA_STATE.id, name: 'Georgia', mentions: stateMentions });
    for (const m of stateMentions) stateEnds.add(`${m.field}:${m.end}`);
  }
  return joinedById(
    (stateEnds.size ? out.map((e) => ofGeorgiaState(e, stateEnds)) : out).map(asGeorgiaState),
  );
}

/**
 * "Democrats won two seats on Georgia's Public Service Commission" (an Atlanta story): the recogniser named
 * the body after the country's possessive as the country's ("Georgian Public Service Commission",
 * country-bodies.ts); after the state's, it is the state's body, named as the state names it.
 */
function ofGeorgiaState(e: Entity, stateEnds: ReadonlySet<string>): Entity {
  if (e.type !== 'organization' || !e.name.startsWith(GEORGIAN)) return e;
  const afterState = e.mentions.some(
    (m) => stateEnds.has(`${m.field}:${m.start - 3}`) || stateEnds.has(`${m.field}:${m.start - 2}`),
  );
  if (!afterState) return e;
  const name = `Georgia ${e.name.slice(GEORGIAN.length)}`;
  return { ...e, id: `organization:${slugOf(name)}`, name };
}
const GEORGIAN = 'Georgian ';

/**
 * "SAVANNAH, Ga.": the state's abbreviation is named as the state ("Georgia", `place:georgia`); the country
 * is always `place:iso:GE`, so that id is the state's, written once for the API as the resolver's reading.
 */
const PLAIN_GEORGIA = namedPlace('Georgia').id;
/**
 * "Georgia Gov. Brian Kemp", "Georgia Attorney General Chris Carr": a US state's office right after the
 * name, in a story the resolver reads as American.
 */
const US_STATE_OFFICE_AFTER =
  /^ (?:Gov\.|Governor|Lt\. Gov\.|Lieutenant Governor|Sen\.|Rep\.|Attorney General|Secretary of State|state (?:senator|lawmakers?|legislature|officials?|police|troopers?|representative))/;
const asGeorgiaState = (e: Entity): Entity => (e.id === PLAIN_GEORGIA ? { ...e, id: GEORGIA_STATE.id } : e);
