import {
  keyOf,
  localPhraseRoot,
  lookupPhrase,
  NEUTRAL_CITY_POPULATION,
  nextPhraseNode,
  normalizeWord,
  type PhraseEntry,
  type PhraseNode,
} from '../countries/gazetteer.js';
import { inflectedCountryNamed } from '../countries/inflected-names.js';
import type { PlaceEntry } from '../countries/places.js';
import type { Country, Entity, Mention } from '../schema.js';
import { compareMentionPlaces, compareText } from '../text/compare.js';
import { overlapsAny } from '../text/overlaps.js';
import { isCityInClubName } from './city-in-club-name.js';
import { joinEntities } from './join-entities.js';
import { countryPlace, isCountryPlaceId } from './places.js';
import { entityScore, salienceOf } from './salience.js';

/** English or undetermined: the recogniser's own language, where its readings stand as they are. */
export function readsAsEnglish(language: string): boolean {
  return language === 'und' || /^en(-|$)/i.test(language);
}

/**
 * The country or city a name is in the article's language, walking the local names word by word; a hyphen
 * is a word of its own, as the phrase table keys it ("États-Unis", "Royaume-Uni").
 */
export function localPlace(name: string, root: PhraseNode): PhraseEntry | undefined {
  let node: PhraseNode | undefined = root;
  for (const word of name.split(' ')) {
    const parts = word.includes('-') ? word.split('-') : [word];
    for (let i = 0; i < parts.length && node; i++) {
      if (i > 0) node = nextPhraseNode('-', node);
      if (node) node = nextPhraseNode(normalizeWord(parts[i]!), node);
    }
    if (!node) return undefined;
  }
  return node.entry;
}

/**
 * A country or big city whose English name the language writes too ("di Jakarta" in Indonesian, "sa
 * Manila"): the gazetteer's English phrase, if it is a country's name or a city of NEUTRAL_CITY_POPULATION.
 */
export function englishPlace(name: string): PhraseEntry | undefined {
  const entry = lookupPhrase(keyOf(name));
  if (!entry || entry.ambiguous) return undefined;
  if (entry.kind === 'name') return entry;
  const population = entry.place?.population;
  return entry.kind === 'city' && (population === undefined || population >= NEUTRAL_CITY_POPULATION)
    ? entry
    : undefined;
}

/**
 * In another language the English recogniser misses most names of places ("l'Italia", "Polska i Niemcy",
 * the dateline "ROMA —"), while the country stage reads them by their local names. Each mention the
 * country stage read as the country's own name or as one of its cities, and no entity holds, becomes a
 * mention of that place's entity, so `entities` lists what `countries` was read from (a city naming a
 * club, "la Roma", "Real Madrid", is not the city). Saliences are then
 * scored again over the whole list, as the recogniser scores them (salience.ts).
 */
export function withLocalNamedPlaces(
  entities: Entity[],
  countries: readonly Country[],
  language: string,
  fields: { readonly title: string; readonly body: string },
): Entity[] {
  if (readsAsEnglish(language) || countries.length === 0) return entities;
  const lang = language.slice(0, 2).toLowerCase();
  const root = localPhraseRoot(lang);
  const isHeld = heldBy(entities);
  // Mentions gathered by place and sorted once: joined one at a time, a page naming a city 10,000 times was
  // sorted 10,000 times.
  const found = new Map<string, { read: Pick<Entity, 'id' | 'name' | 'type'>; mentions: Mention[] }>();
  for (const country of countries) {
    for (const m of country.mentions) {
      if (isHeld(m)) continue;
      const read = placeNamed(m.text, country.code, root, lang);
      if (!read) continue;
      if (!isCountryPlaceId(read.id) && isCityInClubName(fields[m.field], m.start, m.end)) continue;
      const known = found.get(read.id);
      if (known) known.mentions.push(m);
      else found.set(read.id, { read, mentions: [m] });
    }
  }
  if (found.size === 0) return entities;
  const at = new Map(entities.map((e, i) => [e.id, i]));
  const all = [...entities];
  for (const { read, mentions } of found.values()) {
    const entity: Entity = { ...read, salience: 0, mentions: mentions.sort(compareMentionPlaces) };
    const index = at.get(entity.id);
    if (index === undefined) all.push(entity);
    else all[index] = joinEntities(all[index]!, entity);
  }
  return rescoredEntities(all);
}

/** The place a mention names as a country's own name or one of its cities, if it is in that country. */
function placeNamed(
  text: string,
  code: string,
  root: PhraseNode,
  language: string,
): Pick<Entity, 'id' | 'name' | 'type'> | undefined {
  const entry = localPlace(text, root) ?? englishPlace(text);
  // "do Rosji", "Korei Południowej": a name declined in the article's language (inflected-names.ts).
  if (!entry && inflectedCountryNamed(text, language) === code) {
    const place = countryPlace(code);
    return { id: place.id, name: place.name, type: 'place' };
  }
  if (!entry || entry.code !== code) return undefined;
  if (entry.kind === 'name') {
    const place = countryPlace(code);
    return { id: place.id, name: place.name, type: 'place' };
  }
  const city = entry.place;
  if (entry.kind !== 'city' || !city?.geonamesId || city.countryCode !== code) return undefined;
  return { id: `place:geonames:${city.geonamesId}`, name: shownName(city), type: 'place' };
}

/**
 * A city named in the article's language ("Wien", "w Warszawie", "ROMA") is shown by the gazetteer's English
 * name, as its id is: one name per place across languages, and no declined form ("Warszawie") as a name.
 */
export function shownName(place: PlaceEntry): string {
  return place.name;
}

/**
 * Whether an entity's mention overlaps a given one (`overlapsAny`, by field).
 */
function heldBy(entities: readonly Entity[]): (m: Mention) => boolean {
  const byField = { title: [] as Mention[], body: [] as Mention[] };
  for (const e of entities) for (const h of e.mentions) byField[h.field].push(h);
  const fields = { title: overlapsAny(byField.title), body: overlapsAny(byField.body) };
  return (m) => fields[m.field](m.start, m.end);
}

/** The entities with saliences scored again over the whole list, as merge.ts scores them, in salience order. */
export function rescoredEntities(entities: readonly Entity[]): Entity[] {
  const scores = entities.map((e) =>
    entityScore(
      e.mentions.length,
      e.mentions.some((m) => m.field === 'title'),
      Math.min(...e.mentions.filter((m) => m.field === 'body').map((m) => m.start)),
      e.type,
    ),
  );
  const max = Math.max(1, ...scores);
  return entities
    .map((e, i) => ({ ...e, salience: salienceOf(scores[i]!, max) }))
    .sort((a, b) => b.salience - a.salience || compareText(a.id, b.id));
}
