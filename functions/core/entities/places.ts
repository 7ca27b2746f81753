import namesData from '../data/packed/entities-names.js';
import { TextMemo } from '../text/text-memo.js';
import { slugOf } from './slug.js';

/** A place name resolved to a stable id: ISO 3166-1 for countries, GeoNames for cities. */
export interface ResolvedPlace {
  readonly id: string;
  readonly name: string;
  readonly countryCode?: string;
}

const COMMON_NAMES = namesData.countryCommon as Record<string, string>;
const COUNTRY_DISPLAY: Record<string, string> = { GB: 'United Kingdom', US: 'United States' };

const COUNTRY_ID_PREFIX = 'place:iso:';

/** Whether an entity id is a country's (see `countryPlace`). */
export function isCountryPlaceId(id: string): boolean {
  return id.startsWith(COUNTRY_ID_PREFIX);
}

/** One frozen answer per code: asked for every place mention, and codes are few. */
const countryPlaces = new Map<string, ResolvedPlace>();

export function countryPlace(code: string): ResolvedPlace {
  let place = countryPlaces.get(code);
  if (place === undefined) {
    place = Object.freeze({
      id: `${COUNTRY_ID_PREFIX}${code}`,
      name: COUNTRY_DISPLAY[code] ?? COMMON_NAMES[code] ?? code,
      countryCode: code,
    });
    // Codes come from the gazetteer, but keep the map bounded whatever asks.
    if (countryPlaces.size < 4096) countryPlaces.set(code, place);
  }
  return place;
}

/** Places the country gazetteer does not know keep a name-based id. */
export function namedPlace(name: string): ResolvedPlace {
  return { id: `place:${slug(name)}`, name };
}

// Names recur across articles; remember their slugs (bounded, so a long-running process stays small).
const slugs = new TextMemo<string>(50_000);

export function slug(name: string): string {
  return slugs.get(name) ?? slugs.set(name, slugOf(name));
}
