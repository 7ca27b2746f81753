export const PLACE_KINDS = ['country', 'city', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceEntry {
  readonly kind: PlaceKind;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of the country the place is (in). */
  readonly countryCode: string;
  readonly geonamesId?: number;
  readonly population?: number;
}

/** How a phrase names a country; `none` marks phrases that look like a country but are not one. */
export const PHRASE_KINDS = [
  'name',
  'code',
  'demonym',
  'metonym',
  'region',
  'abbreviation',
  'city',
  'none',
  // A company of the country ("Safaricom", "Toyota"; companies.ts): counted like a metonym.
  'company',
] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];

export interface PhraseEntry {
  readonly kind: PhraseKind;
  /** The country the phrase points to; empty for `none`. */
  readonly code: string;
  /** The place itself when the phrase names one. */
  readonly place?: PlaceEntry;
  /** Codes such as "US" that count only when written in capitals. */
  readonly capitalsOnly: boolean;
  /** A country word that is also a common word or given name (Turkey, Jordan, Chad, Georgia). */
  readonly ambiguous: boolean;
  /** A dish or a figure of speech ("French fries", "Peking duck"): its words after the first are lower case. */
  readonly lowerTail?: boolean;
  /** A name of two letters counted only as written with a lower-case letter: "Xi", not a team's "XI". */
  readonly mixedCase?: boolean;
  /** A national capital's name: it speaks for its government ("Canberra said"), as a metonym does. */
  readonly capital?: boolean;
  /** A town named by an ordinary word or a person's name ("March", "Deal"): a place only in a place's context. */
  readonly placeContext?: boolean;
  /**
   * A town under the cities' size (minor-towns.json: Britain's, Ireland's, Australia's, New Zealand's, the bigger ones
   * of the United States and Canada), kept as a phrase without a place: under another country's dateline it counts
   * only when the story names its country otherwise (minor-towns.ts).
   */
  readonly minorTown?: boolean;
}

/** [kind index, name, country code, GeoNames id or 0, population or 0] */
export type CompiledPlace = [number, string, string, number, number];
/**
 * [key, kind index, country code, flags (1 capitals only, 2 ambiguous, 4 lower-case tail, 8 mixed case, 16 capital,
 * 32 place context, 64 minor town), place index or -1]
 */
export type CompiledPhrase = [string, number, string, number, number];

/** The gazetteer as shipped: functions/core/data/gazetteer.json. */
export interface CompiledGazetteer {
  places: CompiledPlace[];
  phrases: CompiledPhrase[];
  placeKeys: [string, number][];
  demonyms: [string, string][];
  metonyms: [string, string][];
  names: [string, string][];
  /**
   * City phrase key → the other countries with a city of that name of 100,000 people or more, its
   * population and GeoNames id, space-joined ("san jose" → "US:1026908:5392171 PH:118807:1689510" beside
   * Costa Rica's capital):
   * namesakes.ts reads the article to choose.
   */
  namesakes: [string, string][];
  /**
   * City key → the places a bare dateline of that name may be besides its city and `namesakes` (compile.ts
   * `datelineNamesakes`): "CODE:population:geonamesId", ":capital" after a national capital's, a town's code alone.
   */
  datelineNamesakes: [string, string][];
  /**
   * GeoNames id of a namesake above → its state or province, as curated.ts REGIONS names it ("6058560" → "Ontario",
   * London's namesake; "1176734" → "Sindh", Hyderabad's): a bare dateline's namesake is placed by its own state only.
   */
  namesakeStates: [string, string][];
  /**
   * Country → its first-level divisions (GeoNames admin-1) as REGIONS names them, "|"-joined, for the countries
   * besides the US, Canada and Australia whose namesakes have a state: a region of this list other than the
   * namesake's state places the story elsewhere; a region below that level (a Philippine province) says nothing.
   */
  firstLevelRegions: [string, string][];
  /**
   * A first-level division's name read before its country's word (division-words.ts) → its countries, space-joined,
   * biggest first ("gyeonggi" → "KR", "san juan" → "AR DO"): names the phrase table gives no such place.
   */
  divisions: [string, string][];
  /** Country names by ISO 639-1 language, for articles not in English: [key, code]. */
  localNames: Record<string, [string, string][]>;
}
