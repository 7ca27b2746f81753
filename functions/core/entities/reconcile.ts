import { cityNamesakes } from '../countries/gazetteer.js';
import type { Country, Entity, Mention } from '../schema.js';
import { countryPlace, isCountryPlaceId, namedPlace } from './places.js';

/** Georgia the US state: the country resolver's reading (countries/resolve.ts) of a "Georgia" mention. */
const GEORGIA_STATE = namedPlace('Georgia (U.S. state)');

const key = (m: Mention) => `${m.field}:${m.start}`;
const isCountryEntity = (e: Entity) => e.type === 'place' && isCountryPlaceId(e.id);
const GEORGIA_COUNTRY_ID = countryPlace('GE').id;
const GEONAMES = 'place:geonames:';

/**
 * Entities and countries are read apart; where the country resolver took "Georgia" for the US state
 * (an article about Atlanta, "the U.S. state of Georgia"), the place entity follows it instead of
 * keeping the country's id, and where it read every mention of a country name as something else
 * ("Turkey prices soar" over a body about a Thanksgiving turkey), there is no country entity either.
 */
export function reconcilePlaces(entities: Entity[], countries: readonly Country[]): Entity[] {
  return followNamesakes(settleGeorgia(entities, countries), countries);
}

/**
 * "San Jose" in a story about a Silicon Valley startup: the country resolver read the city as California's
 * namesake of Costa Rica's capital (countries/namesakes.ts); the place entity takes the namesake's
 * GeoNames id too.
 */
function followNamesakes(entities: Entity[], countries: readonly Country[]): Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'place' || !e.id.startsWith(GEONAMES)) continue;
    const namesakes = cityNamesakes(e.name);
    if (namesakes.length === 0) continue;
    const first = e.mentions[0];
    const country = first && countries.find((c) => c.mentions.some((m) => key(m) === key(first)));
    const namesake = namesakes.find((n) => n.countryCode === country?.code);
    if (!namesake) continue;
    out ??= [...entities];
    out[i] = { ...e, id: `${GEONAMES}${namesake.geonamesId}` };
  }
  return out ?? entities;
}

function settleGeorgia(entities: Entity[], countries: readonly Country[]): Entity[] {
  const us = countries.find((c) => c.code === 'US');
  const state = new Set(us?.mentions.filter((m) => /^georgia$/i.test(m.text)).map(key) ?? []);
  const readAway = (e: Entity) =>
    isCountryEntity(e) && !countries.some((c) => e.id === countryPlace(c.code).id);
  if (state.size === 0 && !entities.some(readAway)) return entities;
  const out: Entity[] = [];
  for (const entity of entities) {
    if (entity.id !== GEORGIA_COUNTRY_ID || state.size === 0) {
      if (!readAway(entity)) out.push(entity);
      continue;
    }
    const country = entity.mentions.filter((m) => !state.has(key(m)));
    const stateMentions = entity.mentions.filter((m) => state.has(key(m)));
    if (country.length) out.push({ ...entity, mentions: country });
    if (stateMentions.length)
      out.push({ ...entity, id: GEORGIA_STATE.id, name: 'Georgia', mentions: stateMentions });
  }
  return out;
}
