import type { CompiledGazetteer } from './places.js';

/**
 * The gazetteer as the tagger ships it (data/packed/gazetteer.ts): the rows of gazetteer.json turned into
 * columns, strings joined by "\n" and numbers in flat arrays. JSON.parse of ~12,000 small row arrays was
 * a tenth of the tagger's cold start; a few long strings and number arrays parse in a fraction of that,
 * and gazetteer.ts builds only the lookups every article needs, each place and phrase entry on first use.
 * gazetteer.json stays the reviewable source; scripts/pack-data.ts writes these columns from it.
 */
export interface GazetteerColumns {
  readonly places: {
    readonly kinds: readonly number[];
    readonly names: string;
    /** Alpha-2 codes, two characters each, concatenated. */
    readonly codes: string;
    readonly geonamesIds: readonly number[];
    readonly populations: readonly number[];
  };
  readonly phrases: {
    readonly keys: string;
    readonly kinds: readonly number[];
    /** "\n"-joined: a `none` phrase has an empty code. */
    readonly codes: string;
    readonly flags: readonly number[];
    /** Place index, or -1. */
    readonly places: readonly number[];
  };
  /** Every phrase's proper word prefixes ("new" and "new south" for "new south wales"), "\n"-joined. */
  readonly prefixes: string;
  readonly placeKeys: { readonly keys: string; readonly places: readonly number[] };
  readonly demonyms: readonly [string, string][];
  readonly metonyms: readonly [string, string][];
  readonly names: readonly [string, string][];
  /** City phrase key → "CODE:population:geonamesId" of other countries' big cities of that name, space-joined. */
  readonly namesakes: readonly [string, string][];
  /** City key → the places a bare dateline may name besides (compile.ts `datelineNamesakesOf`), space-joined. */
  readonly datelineNamesakes: readonly [string, string][];
  /** GeoNames id of a namesake → its state or province (compile.ts `namesakeStatesOf`). */
  readonly namesakeStates: readonly [string, string][];
  /** Country → its first-level divisions, "|"-joined, outside the US, Canada and Australia (compile.ts). */
  readonly firstLevelRegions: readonly [string, string][];
  /** A division's name → its countries, space-joined, read before their division word (compile.ts `divisionsOf`). */
  readonly divisions: readonly [string, string][];
}

/**
 * Per ISO 639-1 language, "key\tcode" lines: the gazetteer's country and city names in other languages
 * (data/packed/gazetteer-local-names.ts). A third of the gazetteer's text, read only for a story in another
 * language, so it is packed apart and inflated for the first such story, not at import.
 */
export type LocalNameColumns = Readonly<Record<string, string>>;

/** A joined column never holds its separator: fail the build rather than ship a shifted column. */
function joined(values: readonly string[], what: string): string {
  const bad = values.find((v) => v.includes('\n') || v.includes('\t'));
  if (bad !== undefined)
    throw new Error(`gazetteer ${what}: ${JSON.stringify(bad)} holds a line break or tab`);
  return values.join('\n');
}

/** The columns of a compiled gazetteer (build time, scripts/pack-data.ts). */
export function gazetteerColumns(compiled: CompiledGazetteer): GazetteerColumns {
  const { places, phrases } = compiled;
  const keys = phrases.map(([key]) => key);
  if (new Set(keys).size !== keys.length) throw new Error('gazetteer: a phrase key is listed twice');
  const codes = places.map(([, , code]) => code);
  if (codes.some((code) => code.length !== 2))
    throw new Error('gazetteer: a place code is not two characters');
  const prefixes = new Set<string>();
  for (const key of keys) {
    for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) {
      prefixes.add(key.slice(0, space));
    }
  }
  return {
    places: {
      kinds: places.map(([kind]) => kind),
      names: joined(
        places.map(([, name]) => name),
        'place name',
      ),
      codes: codes.join(''),
      geonamesIds: places.map(([, , , id]) => id),
      populations: places.map(([, , , , population]) => population),
    },
    phrases: {
      keys: joined(keys, 'phrase'),
      kinds: phrases.map(([, kind]) => kind),
      codes: joined(
        phrases.map(([, , code]) => code),
        'phrase code',
      ),
      flags: phrases.map(([, , , flags]) => flags),
      places: phrases.map(([, , , , place]) => place),
    },
    prefixes: joined([...prefixes], 'prefix'),
    placeKeys: {
      keys: joined(
        compiled.placeKeys.map(([key]) => key),
        'place key',
      ),
      places: compiled.placeKeys.map(([, place]) => place),
    },
    demonyms: compiled.demonyms,
    metonyms: compiled.metonyms,
    names: compiled.names,
    namesakes: compiled.namesakes,
    datelineNamesakes: compiled.datelineNamesakes,
    namesakeStates: compiled.namesakeStates,
    firstLevelRegions: compiled.firstLevelRegions,
    divisions: compiled.divisions,
  };
}

/** The local-name columns of a compiled gazetteer (build time, scripts/pack-data.ts). */
export function localNameColumns(compiled: CompiledGazetteer): LocalNameColumns {
  return Object.fromEntries(
    Object.entries(compiled.localNames).map(([language, names]) => [
      language,
      names.map(([key, code]) => `${joined([key], 'local name')}\t${code}`).join('\n'),
    ]),
  );
}

/** The `count` values of a "\n"-joined column. */
export function columnValues(column: string, count: number): string[] {
  return count === 0 ? [] : column.split('\n');
}
