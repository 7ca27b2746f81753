import { CLUB_RESULT_VERBS } from '../entities/typing/sports-context.js';
import { isInInlineDateline } from '../text/dateline.js';
import { fieldOf, type TagDocument } from '../text/document.js';
import { type Sentence, sentenceAt } from '../text/sentences.js';
import { isCountyOf } from './county-namesakes.js';
import { cityNamesakes, datelineNamesakes, keyOf, lookupPhrase, lookupPlace } from './gazetteer.js';
import { seatsInstitution } from './institution-seats.js';
import { STATE_AUTHORITY } from './lead-namesakes.js';
import type { CountryMention } from './mentions.js';
import { readsAsValleyCopy } from './namesake-datelines.js';
import { plainKeyOf } from './normalize.js';
import { namesItsUniversity } from './university-cities.js';

/**
 * A namesake as big as a tenth of the city the name stands for alone can be meant by its country's name
 * written next to it ("Tripoli in northern Lebanon", "Valencia, Venezuela's third city"); a smaller one
 * only by a state or province of its country: "Chilean officials flew to Los Angeles" is still
 * California's city.
 */
const SENTENCE_RATIO = 0.1;
/**
 * How far, in characters, a country or a state may stand from the city to place it there ("Tripoli in
 * northern Lebanon", "Lebanon's Tripoli", "London, Ontario"). Further away in the sentence it is where
 * someone or something comes from or goes to: "Pakistan's cricket team landed in Hyderabad", "a
 * Birmingham-based startup will open an office in California".
 */
const NEXT_TO = 24;
/**
 * States or provinces of the namesake's country named anywhere, this many times or more, place the city
 * there when nothing names the main city's country ("a Kingston startup … will expand into Quebec and
 * Manitoba"); one alone is too little ("Alabama-born councillor" in a story on Birmingham's council),
 * unless the namesake is the bigger city ("a Silicon Valley startup … based in San Jose").
 */
const REGIONS_ANYWHERE = 2;

/**
 * Cities that share their name with a big city of another country ("San Jose" of Costa Rica and of
 * California, "London" of England and of Ontario, "Tripoli" of Libya and of Lebanon) are the namesake's
 * when the article places them there and never names the country of the city the name stands for
 * alone: its dateline ("SAN JOSE, Calif."), a state or province or the country named next to the city
 * ("London, Ontario", "Clashes in Lebanon's Tripoli"), or states of its own named twice or more anywhere
 * ("a San Jose startup … expand into Texas and Arizona"). Reuters' bare "SAN JOSE" datelines stay Costa
 * Rica's: the dateline names the country the name stands for. A town of 20,000 or more abroad is a
 * namesake too (by its country alone), placed also by two other places of its country that the story
 * names ("Tony Blair, campaigning in Gravesend" beside London and Cardiff is Kent's, not Brooklyn's).
 * A dateline that places its town in another country ("PARIS, Texas") places the story's mentions of it.
 */
export function settleNamesakes(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): readonly CountryMention[] {
  let settled: CountryMention[] | undefined;
  const decided = new Map<string, string | undefined>();
  const datelineTown = townOfDateline(doc, datelineCode);
  if (datelineTown) decided.set(datelineTown, datelineCode);
  // Every mention's key, made once for all the cities that have namesakes (each reads the others by key):
  // a long page names hundreds of cities among thousands of mentions.
  let keys: string[] | undefined;
  const keysOf = () => (keys ??= mentions.map((o) => plainKeyOf(o.text)));
  const town = datelineTown === undefined ? undefined : countryNamedTown(datelineTown, datelineCode);
  // "Residents of Cheltenham in Melbourne's south-east": a town the story places in a bigger city abroad.
  for (const [key, code] of townsPlacedInCities(doc, mentions, datelineCode)) {
    if (key !== datelineTown) decided.set(key, code);
  }
  let countryNamed: ((m: CountryMention) => boolean) | undefined;
  let local: LocalPlaces | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (town !== undefined && m.code === town && m.kind === 'name') {
      // "JORDAN, Minn. (AP) — A Jordan man …": the dateline's town, unless the sentence names its country too.
      if (plainKeyOf(m.text) !== datelineTown) continue;
      countryNamed ??= townsCountryNamed(doc, mentions, keysOf(), town, datelineTown!);
      if (countryNamed(m)) continue;
      settled ??= [...mentions];
      settled[i] = { ...m, code: datelineCode!, kind: 'city' };
      continue;
    }
    if (m.kind !== 'city' && m.kind !== 'region') continue;
    const key = keys?.[i] ?? plainKeyOf(m.text);
    if (isInInlineDateline(doc.dateline, m.field, m.start)) {
      // "SAN JOSE - Nvidia Corp …" read as California's (namesake-datelines.ts): the dateline's own words too.
      if (key === datelineTown && datelineCode !== undefined && m.code !== datelineCode) {
        settled ??= [...mentions];
        settled[i] = { ...m, code: datelineCode };
      }
      continue;
    }
    const localOf = () => (local ??= localPlaces(doc, mentions, keysOf()));
    if (!decided.has(key))
      decided.set(
        key,
        m.kind === 'region'
          ? regionNamesakeCountry(doc, mentions, keysOf(), m, key)
          : namesakeCountry(doc, mentions, keysOf, m, key, datelineCode, localOf),
      );
    const code = decided.get(key);
    if (code === undefined) continue;
    settled ??= [...mentions];
    // A region read as its namesake abroad is that city or town.
    settled[i] = { ...m, code, kind: 'city' };
  }
  return settled ?? mentions;
}

/**
 * The town a dateline places in another country than its name stands for ("PARIS, Texas", "LEBANON,
 * Ohio"): the story's own mentions of it are that town ("The Paris City Council voted …").
 */
function townOfDateline(doc: TagDocument, datelineCode: string | undefined): string | undefined {
  const place = doc.dateline?.place;
  if (place === undefined || datelineCode === undefined) return undefined;
  const comma = place.indexOf(',');
  // A bare dateline read as a namesake's city ("SAN JOSE -" of a Silicon Valley firm's story).
  const town = comma < 0 ? place.replace(/\s*\(.*$/, '') : place.slice(0, comma);
  if (comma === 0 || !town.trim()) return undefined;
  const key = plainKeyOf(town.trim());
  const own = lookupPlace(key);
  if (!own || own.countryCode === datelineCode) return undefined;
  return comma > 0 || datelineNamesakes(key).some((n) => n.countryCode === datelineCode) ? key : undefined;
}

/**
 * Words between a town and the city or region that places it: "Cheltenham in Melbourne's south-east",
 * "Cheltenham, a suburb of Melbourne", "Cheltenham, in Melbourne's south-east".
 */
const PLACED_IN =
  /^,?\s+(?:in|(?:a|an|the)\s+(?:[a-z]+\s+)?(?:suburb|town|district|borough|neighbou?rhood)\s+(?:of|in))\s+(?:the\s+)?$/;

/**
 * Cities of one country that the story places in a city or region of another, each by its key with the
 * country: "Residents of Cheltenham in Melbourne's south-east" are Victoria's, not Gloucestershire's (wild41
 * item 7: Britain was in focus over a MELBOURNE dateline). The place must say whose: a possessive ("in
 * Melbourne's south-east"), a suburb or town "of" it, or a plain "in" with the dateline's country.
 */
function townsPlacedInCities(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  datelineCode: string | undefined,
): Map<string, string> {
  const placed = new Map<string, string>();
  if (!mentions.some((m) => m.kind === 'city')) return placed;
  // By field and start, once: the place after a town is the next mention that starts after it.
  const order = [...mentions].sort((x, y) =>
    x.field === y.field ? x.start - y.start : x.field < y.field ? -1 : 1,
  );
  for (let i = 0; i < order.length; i++) {
    const t = order[i]!;
    if (t.kind !== 'city') continue;
    let p: CountryMention | undefined;
    for (
      let j = i + 1;
      j < order.length && order[j]!.field === t.field && order[j]!.start - t.end <= 40;
      j++
    ) {
      if (order[j]!.start >= t.end) {
        p = order[j];
        break;
      }
    }
    if (!p || p.code === t.code || (p.kind !== 'city' && p.kind !== 'region')) continue;
    const text = fieldOf(doc, t.field).text;
    const between = text.slice(t.end, p.start);
    if (!PLACED_IN.test(between)) continue;
    const possessive = /^['\u2019]s\b/.test(text.slice(p.end, p.end + 3));
    const suburb = /suburb|town|district|borough|neighbou?rhood/.test(between);
    if (!possessive && !suburb && p.code !== datelineCode) continue;
    // "Cheltenham in Melbourne": only a bigger city holds the town.
    if (
      p.kind === 'city' &&
      (lookupPlace(plainKeyOf(p.text))?.population ?? 0) <= (lookupPlace(plainKeyOf(t.text))?.population ?? 0)
    )
      continue;
    placed.set(plainKeyOf(t.text), p.code);
  }
  return placed;
}

/**
 * The country a US town in a dateline is named like ("LEBANON, Pa.", "JORDAN, Minn.", "MEXICO, Mo.", "PERU,
 * Ind.", "POLAND, Maine"), when the dateline places it in the US (wild41 ★2: Lebanon, Jordan, Mexico, Peru and
 * Poland were in focus with a pair to the US). Only the US: "HONG KONG, China" names the territory itself.
 */
function countryNamedTown(town: string, datelineCode: string | undefined): string | undefined {
  if (datelineCode !== 'US') return undefined;
  const place = lookupPlace(town);
  return place?.kind === 'country' ? place.countryCode : undefined;
}

/**
 * Whether the sentence of a mention of the dateline's town named like a country also names that country
 * another way — its people, a city, a region ("The Lebanese-born owner said Lebanon's economy had collapsed") — or
 * lists it beside another country ("served in Jordan and Iraq"). That sentence is about the country; the town's
 * other sentences ("The city council in Lebanon voted") stay the town's. Made once a story: the test for each
 * mention of the town reads a set of sentences and the few other countries' names near it.
 */
function townsCountryNamed(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  keys: readonly string[],
  code: string,
  town: string,
): (m: CountryMention) => boolean {
  const sentenceKey = (m: CountryMention) => `${m.field}:${sentenceOf(doc, m)?.start ?? -1}`;
  const named = new Set<string>();
  const others: CountryMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const o = mentions[i]!;
    if (o.code === code && keys[i] !== town) named.add(sentenceKey(o));
    else if (o.code !== code && o.code !== 'US' && isCountryName(o)) others.push(o);
  }
  others.sort((x, y) => x.start - y.start);
  return (m) => {
    if (isInInlineDateline(doc.dateline, m.field, m.start)) return false;
    if (named.has(sentenceKey(m))) return true;
    // "served in Jordan and Iraq": listed beside another country, it is the country.
    let lo = 0;
    let hi = others.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (others[mid]!.start < m.start - NEXT_TO - 64) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < others.length && others[j]!.start <= m.end + NEXT_TO; j++) {
      const o = others[j]!;
      if (
        o.field === m.field &&
        Math.max(o.start - m.end, m.start - o.end) <= NEXT_TO &&
        sentenceOf(doc, o) === sentenceOf(doc, m)
      )
        return true;
    }
    return false;
  };
}

function namesakeCountry(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  keysOf: () => readonly string[],
  city: CountryMention,
  key: string,
  datelineCode: string | undefined,
  localOf: () => LocalPlaces,
): string | undefined {
  const namesakes = cityNamesakes(key);
  if (namesakes.length === 0) return undefined;
  const keys = keysOf();
  // "the University of Cambridge": the city the name stands for alone (university-cities.ts).
  if (mentions.some((o, i) => keys[i] === key && namesItsUniversity(doc, o))) return undefined;
  const others = mentions.filter((_, i) => keys[i] !== key);
  if (datelineCode === city.code || others.some((o) => o.code === city.code && !isNamesakeTown(o))) {
    return undefined;
  }
  const main = lookupPlace(key)?.population ?? 0;
  const found: string[] = [];
  for (const { countryCode: code, population } of namesakes) {
    const regions = others.filter((o) => o.code === code && isRegion(o));
    const placed =
      datelineCode === code ||
      regions.length >= (population >= main ? 1 : REGIONS_ANYWHERE) ||
      regions.some((o) => nextToCity(doc, o, key, mentions, keys) || seatsInstitution(doc, o)) ||
      (population >= SENTENCE_RATIO * main &&
        (others.some(
          (o) =>
            o.code === code &&
            (isCountryName(o) || isDemonymOfPlace(doc, o)) &&
            nextToCity(doc, o, key, mentions, keys),
        ) ||
          listedWithItsCity(doc, others, code, key, mentions, keys))) ||
      (population < TOWN &&
        (townsCountry(others, code, city.code) || localPlaceBeside(localOf(), code, city.code, key))) ||
      // "Nvidia unveiled its next chip at its developer conference in San Jose": firm copy of the valley names the
      // bigger Californian city, as a bare dateline of it does (namesake-datelines.ts; review61).
      (code === 'US' && population > main && readsAsValleyCopy(doc, city.code));
    if (placed) found.push(code);
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * A region of ours named like a city or town abroad (Ireland's province "Munster" and Germany's Münster, Brazil's
 * state "Paraná" and Argentina's city) is the namesake when the story names nothing else of the region's country and
 * places the name there: a state or region of the namesake's country next to it ("Munster, Indiana", "Paraná, the
 * capital of Entre Ríos"), or, for a city of NAMESAKE_CITY or more, its country next to it ("Münster in Germany") or a
 * city of its country listed with it, and for one of BIG_NAMESAKE_CITY that country's authorities in its sentence
 * ("diners in Munster's old town, German police said"; "Argentine port officials in Rosario"). Not a dateline, nor states named elsewhere, as
 * `namesakeCountry` places a city: a region is bigger than any of its namesakes, and "WASHINGTON — … Ontario's
 * premier" is still Canada's province.
 */
function regionNamesakeCountry(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  keys: readonly string[],
  region: CountryMention,
  key: string,
): string | undefined {
  const namesakes = cityNamesakes(key);
  if (namesakes.length === 0) return undefined;
  const others = mentions.filter((_, i) => keys[i] !== key);
  if (others.some((o) => o.code === region.code && !isNamesakeTown(o))) return undefined;
  const own = mentions.filter((_, i) => keys[i] === key);
  // "Two Munster players were questioned by German police", "Munster beat Stuttgart": the province's side (review58).
  if (own.some((m) => namesASide(doc, m))) return undefined;
  const sentences = new Set(
    mentions.filter((_, i) => keys[i] === key).map((m) => `${m.field}:${sentenceOf(doc, m)?.start}`),
  );
  const found: string[] = [];
  // "Paraná, the capital of Entre Ríos": a region beside it places it unless that region's own namesake in this
  // region's country is as big (Entre Ríos is also a Brazilian town; Paraná an Argentine city).
  const placesIt = (o: CountryMention, population: number) =>
    isRegion(o) &&
    nextToCity(doc, o, key, mentions, keys) &&
    !cityNamesakes(o.text).some((n) => n.countryCode === region.code && n.population >= population);
  for (const { countryCode: code, population } of namesakes) {
    const placed =
      others.some((o) => o.code === code && placesIt(o, population)) ||
      // "Florida, Uruguay, recorded its hottest day": the country right after the comma places a town of any size.
      others.some(
        (o) => o.code === code && isCountryName(o) && own.some((m) => countryAfterComma(doc, m, o)),
      ) ||
      (population >= NAMESAKE_CITY &&
        (others.some(
          (o) =>
            o.code === code &&
            ((isCountryName(o) && nextToCity(doc, o, key, mentions, keys)) ||
              (population >= BIG_NAMESAKE_CITY &&
                speaksForAuthorities(doc, o) &&
                sentences.has(`${o.field}:${sentenceOf(doc, o)?.start}`))),
        ) ||
          listedWithItsCity(doc, others, code, key, mentions, keys)));
    if (placed) found.push(code);
  }
  return found.length === 1 ? found[0] : undefined;
}

/** A side's people after its name: "Munster players", "Munster fans", "Munster coach Graham Rowntree". */
const SIDE_PEOPLE = /^\s+(?:players?|fans|supporters|coach|squad|captain|skipper)\b/;
const NEXT_LOWER_WORD = /^\s+([a-z]+)/;

/** Whether a region's name stands for its sports side: its players or fans after it, or a side's result verb. */
function namesASide(doc: TagDocument, m: CountryMention): boolean {
  const after = fieldOf(doc, m.field).text.slice(m.end, m.end + 16);
  if (SIDE_PEOPLE.test(after)) return true;
  const word = NEXT_LOWER_WORD.exec(after)?.[1];
  return word !== undefined && CLUB_RESULT_VERBS.has(word);
}

/** "Florida, Uruguay": the country name `country` right after the place `m` and a comma. */
function countryAfterComma(doc: TagDocument, m: CountryMention, country: CountryMention): boolean {
  if (m.field !== country.field || country.start <= m.end) return false;
  return COMMA_ONLY.test(fieldOf(doc, m.field).text.slice(m.end, country.start));
}
const COMMA_ONLY = /^,\s*$/;

/** A namesake of this size or more is a city a country's name can place (a town's is its country alone). */
const NAMESAKE_CITY = 100_000;
/**
 * A namesake of this size or more is a city its country's authorities can place, as big as a region's own cities:
 * Münster (270,000), Argentina's Paraná (262,000); not Ontario, California (171,000) beside "American officials".
 */
const BIG_NAMESAKE_CITY = 250_000;

/**
 * A country or its people opening its authorities ("German police", "Argentine port officials", "Germany's
 * prosecutors"): they act where the story is.
 */
function speaksForAuthorities(doc: TagDocument, m: CountryMention): boolean {
  if (m.kind !== 'demonym' && !isCountryName(m)) return false;
  const after = fieldOf(doc, m.field).text.slice(m.end, m.end + 48);
  return STATE_AUTHORITY.test(after) || STATE_AUTHORITY.test(after.replace(FIRST_LOWER_WORD, ''));
}

/** The lower-case word a people's authorities may follow: "Argentine port officials". */
const FIRST_LOWER_WORD = /^\s+[a-z]+/;

/**
 * "In the Ivory Coast, … shipments from Abidjan and San Pedro": listed beside a city of the namesake's
 * country, in a sentence that names that country, or in a story that names a state or province of it, the city is
 * that country's too (review24: San Pedro was the Philippines' on a LONDON dateline; review62: "NDMA issues alert for
 * Sindh … urban flooding in Karachi and Hyderabad" gave India). Both are needed: "flights between Toronto and London"
 * is still England's.
 */
function listedWithItsCity(
  doc: TagDocument,
  others: readonly CountryMention[],
  code: string,
  key: string,
  mentions: readonly CountryMention[],
  keys: readonly string[],
): boolean {
  for (const o of others) {
    if (o.code !== code || o.kind !== 'city' || isNamesakeTown(o) || !nextToCity(doc, o, key, mentions, keys))
      continue;
    const sentence = sentenceOf(doc, o);
    if (
      sentence !== undefined &&
      others.some(
        (n) => n.code === code && (isRegion(n) || (isCountryName(n) && sentenceOf(doc, n) === sentence)),
      )
    )
      return true;
  }
  return false;
}

/** Namesakes under this size are towns (the gazetteer keeps them only beside a city under a million). */
const TOWN = 100_000;
/** How many other places of a country make a story's towns that country's (TOWN_PLACES). */
const TOWN_PLACES = 2;

/**
 * The story's places are in this country: it names two places there — the country, a region, a city —
 * or towns that have a namesake there ("canvassers in Gravesend, Dartford and Dover … Boston": England's
 * towns, not Brooklyn's or Massachusetts'), more than it names in the town's own country `own`, counted
 * the same way: nearly every English city has an American namesake, so "flooded in Gloucester … trains
 * between Bristol and Birmingham" names as many places in England as in the US and stays English. A
 * demonym says whose people, not where ("American tourists in Florence").
 */
function townsCountry(others: readonly CountryMention[], code: string, own: string): boolean {
  const there = placesIn(others, code);
  return there >= TOWN_PLACES && there > placesIn(others, own);
}

/**
 * Below a big city's size: a place the news names for its own sake, not as the world's (London, a capital).
 * Birmingham (984,000) is England's second city; Manchester, Norwich and Leeds are local places.
 */
const LOCAL_CITY = 1_000_000;

/**
 * The story is set in `code` by one local place of its there, in a sentence with the town, when the story
 * places nothing in the town's own country `own`: "Norfolk police have appealed for witnesses after a burglary
 * near Norwich" (England's county, not Virginia's city), "A hotel in Scarborough collapsed after a landslip on
 * the Yorkshire coast" (Yorkshire's town, not Toronto's district). A region, or a city under a million that is
 * no capital: "a Boston firm opened a London office" names the world's city, and stays Massachusetts'.
 */
function localPlaceBeside(local: LocalPlaces, code: string, own: string, key: string): boolean {
  const ownKeys = local.keysByCode.get(own);
  if (ownKeys && (ownKeys.size > 1 || !ownKeys.has(key))) return false;
  const townSentences = local.sentences.get(key);
  if (!townSentences) return false;
  const county = isCountyOf(key, code);
  return (local.places.get(code) ?? []).some(([o, placeKey, sentence]) => {
    if (placeKey === key || !townSentences.has(sentence)) return false;
    // "Norwich" goes to Connecticut by no "Norfolk": the county of the town's own country outranks the city abroad.
    if (isCountyOf(placeKey, own)) return false;
    // "Flights from Boston to Portsmouth": a place with a namesake in the town's own country could be there too;
    // only a county is placed by one ("Norfolk police … near Norwich").
    return county || !cityNamesakes(o.text).some((n) => n.countryCode === own);
  });
}

/** What `localPlaceBeside` reads of a story, made once for all its towns: a long page names hundreds. */
interface LocalPlaces {
  /** The keys of the story's mentions of each country, money aside. */
  readonly keysByCode: ReadonlyMap<string, ReadonlySet<string>>;
  /** The body sentences each key's mentions stand in. */
  readonly sentences: ReadonlyMap<string, ReadonlySet<Sentence>>;
  /** Each country's local places in the body (regions, cities under a million that are no capital), by sentence. */
  readonly places: ReadonlyMap<string, readonly (readonly [CountryMention, string, Sentence])[]>;
}

function localPlaces(
  doc: TagDocument,
  mentions: readonly CountryMention[],
  keys: readonly string[],
): LocalPlaces {
  const keysByCode = new Map<string, Set<string>>();
  const sentences = new Map<string, Set<Sentence>>();
  const places = new Map<string, (readonly [CountryMention, string, Sentence])[]>();
  mentions.forEach((m, i) => {
    const key = keys[i]!;
    if (!m.currency) {
      const codeKeys = keysByCode.get(m.code) ?? new Set<string>();
      keysByCode.set(m.code, codeKeys.add(key));
    }
    if (m.field !== 'body') return;
    const sentence = sentenceOf(doc, m);
    if (sentence === undefined) return;
    sentences.set(key, (sentences.get(key) ?? new Set<Sentence>()).add(sentence));
    if (!isRegion(m) && !isLocalCity(m)) return;
    const list = places.get(m.code) ?? [];
    places.set(m.code, list);
    list.push([m, key, sentence]);
  });
  return { keysByCode, sentences, places };
}

function isLocalCity(m: CountryMention): boolean {
  if (m.kind !== 'city') return false;
  const phrase = lookupPhrase(keyOf(m.text));
  return !phrase?.capital && (lookupPlace(plainKeyOf(m.text))?.population ?? 0) < LOCAL_CITY;
}

/** How many different places of the story are in `code`, or are towns with a namesake there. */
function placesIn(others: readonly CountryMention[], code: string): number {
  const keys = new Set<string>();
  for (const o of others) {
    if (o.kind === 'demonym' || o.currency) continue;
    const here =
      o.code === code || (o.kind === 'city' && cityNamesakes(o.text).some((n) => n.countryCode === code));
    // "U.S." and "the United States" are one place: the country, however often and however it is named.
    if (here) keys.add(isCountryName(o) ? `country:${o.code}` : plainKeyOf(o.text));
  }
  return keys.size;
}

/** A city mention whose name another country's city or town shares: it does not say which country by itself. */
function isNamesakeTown(m: CountryMention): boolean {
  return m.kind === 'city' && cityNamesakes(m.text).length > 0;
}

function isRegion(m: CountryMention): boolean {
  return m.kind === 'region' || m.kind === 'abbreviation';
}

/** A demonym before a kind of place and "of": "the Japanese island of Shikoku", "the Lebanese city of Tripoli". */
const PLACE_KIND_OF =
  /^\s+(?:city|town|port|island|prefecture|province|state|region|capital|village|district)\s+of\b/;

/**
 * A demonym that says where a place is, as the country's name does: "Kochi, on the Japanese island of Shikoku", "in
 * the Lebanese city of Tripoli" (wild57: Kochi stayed India's).
 */
function isDemonymOfPlace(doc: TagDocument, m: CountryMention): boolean {
  if (m.kind !== 'demonym') return false;
  return PLACE_KIND_OF.test(fieldOf(doc, m.field).text.slice(m.end, m.end + 24));
}

/** The country itself, by name or code: a demonym says whose people, not where ("American singer"). */
function isCountryName(m: CountryMention): boolean {
  return m.kind === 'name' || m.kind === 'code';
}

/**
 * A mention of the city stands in the same sentence within `NEXT_TO` characters of the place. `keys` are
 * the mentions' keys (`plainKeyOf`), by index.
 */
function nextToCity(
  doc: TagDocument,
  place: CountryMention,
  key: string,
  mentions: readonly CountryMention[],
  keys: readonly string[],
): boolean {
  const sentence = sentenceOf(doc, place);
  return mentions.some(
    (c, i) =>
      c.field === place.field &&
      keys[i] === key &&
      Math.max(c.start - place.end, place.start - c.end) <= NEXT_TO &&
      sentenceOf(doc, c) === sentence,
  );
}

function sentenceOf(doc: TagDocument, m: CountryMention): Sentence | undefined {
  if (m.field === 'title') return undefined;
  return sentenceAt(doc.body.sentences, m.start);
}
