/**
 * Packs the tagger's generated JSON data (functions/core/data/**) into TypeScript modules under
 * functions/core/data/packed/: laid out by functions/core/data/sections.ts (long strings after the JSON),
 * brotli at the highest quality, in a string literal as data/base91.ts's text (8% shorter than base64),
 * inflated once at import by functions/core/data/inflate.ts. Data a package ships as a JavaScript literal and the tagger
 * needs only for some texts (PACKED_PACKAGE_DATA) is packed the same way but inflated on first use. The JSON stays committed as the reviewable source; the loaders
 * import the packed modules, so the Lambda bundles never carry the raw JSON. A data set whose rows cost
 * the cold start to parse ships in a loader-friendly shape instead (`encode`: columns of joined strings
 * and number arrays). Run after any change to the JSON (`npm run build:data` ends with it);
 * test/unit/data/packed.test.ts fails while the two disagree.
 *
 * Usage: npx tsx scripts/pack-data.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { gazetteerColumns, localNameColumns } from '../functions/core/countries/gazetteer-columns.js';
import type { CompiledGazetteer } from '../functions/core/countries/places.js';
import { encodeBase91 } from '../functions/core/data/base91.js';
import { sectioned } from '../functions/core/data/sections.js';
import { withDecodedLists } from '../functions/core/entities/word-lists.js';
import type { SerializedLexicon } from '../functions/core/topics/compile.js';
import { lexiconColumns } from '../functions/core/topics/lexicon-columns.js';

export interface PackedData {
  /** The packed module under functions/core/data/packed. */
  readonly module: string;
  /**
   * What the module holds when not the JSON itself, and its type when not the JSON's (a type exported
   * by the functions/core module `from`, relative to the packed module).
   */
  readonly encoded?: {
    readonly encode: (json: unknown) => unknown;
    readonly type?: { readonly name: string; readonly from: string };
  };
  /** Parts few texts need, each packed in a module of its own that inflates it on first use. */
  readonly lazyParts?: readonly LazyPart[];
  /**
   * Why few texts need the whole file: the module then exports `inflate()` (called on first use) instead of
   * the inflated value, so the other texts never pay for it.
   */
  readonly lazy?: string;
}

/** A part of a JSON file's data, packed apart and inflated on first use (the module exports `inflate()`). */
export interface LazyPart {
  /** The packed module under functions/core/data/packed. */
  readonly module: string;
  /** What the part is and when it is inflated, for the packed module's comment. */
  readonly note: string;
  readonly encode: (json: unknown) => unknown;
  /** Its type, exported by the functions/core module `from` (relative to the packed module). */
  readonly type: { readonly name: string; readonly from: string };
}

/** JSON file under functions/core/data → how it is packed. */
export const PACKED_DATA: Readonly<Record<string, PackedData>> = {
  'gazetteer.json': {
    module: 'gazetteer.ts',
    encoded: {
      encode: (json) => gazetteerColumns(json as CompiledGazetteer),
      type: { name: 'GazetteerColumns', from: '../../countries/gazetteer-columns.js' },
    },
    lazyParts: [
      {
        module: 'gazetteer-local-names.ts',
        note: 'Country and city names in other languages; countries/gazetteer.ts inflates them for the first story in another language.',
        encode: (json) => localNameColumns(json as CompiledGazetteer),
        type: { name: 'LocalNameColumns', from: '../../countries/gazetteer-columns.js' },
      },
    ],
  },
  'local-demonyms.json': {
    module: 'local-demonyms.ts',
    lazy: 'Nationality adjectives of French, German and Spanish news from the packages; countries/local-demonyms.ts inflates them for the first story in one of those languages.',
  },
  'topics/other-languages.json': {
    module: 'topics-other-languages.ts',
    lazy: 'The word lists of topics in seven other languages; topics/other-languages.ts inflates them for the first story in another language.',
  },
  'topics/lexicon.json': {
    module: 'topics-lexicon.ts',
    encoded: {
      encode: (json) => lexiconColumns(json as SerializedLexicon),
      type: { name: 'LexiconColumns', from: '../../topics/lexicon-columns.js' },
    },
  },
  // Same fields, the word lists decoded (entities/word-lists.ts).
  'entities/lexicon.json': {
    module: 'entities-lexicon.ts',
    encoded: { encode: (json) => withDecodedLists(json as Record<string, unknown>) },
  },
  'entities/names.json': {
    module: 'entities-names.ts',
    encoded: { encode: (json) => withDecodedLists(json as Record<string, unknown>) },
  },
};

/**
 * Data that a package ships as a JavaScript object literal, packed so the bundles carry it compressed.
 * The packed module exports `inflate()` (called on first use, not at import) and the value's top-level
 * keys, which callers can read without inflating.
 */
export interface PackedPackageData {
  /** The packed module under functions/core/data/packed. */
  readonly module: string;
  /** The package's module and the export holding the data. */
  readonly from: string;
  readonly name: string;
  /** Why the data is needed and when it is inflated, for the packed module's comment. */
  readonly note: string;
  /** The part of the package's data that is packed, when not all of it. */
  readonly select?: (value: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/**
 * Languages of European news that franc-min (languages of 8M+ speakers) lacks, whose trigram profiles are taken
 * from franc, the full set of the same author and data (ISO 639-3: Danish, Finnish, Norwegian Bokmal, Slovak,
 * Slovene, Lithuanian, Latvian, Estonian, Catalan, Albanian (Tosk), Macedonian) and Hebrew, alone in its script
 * (franc's Hebrew script holds Yiddish too; news in it is Hebrew). Without them Danish read as English and got
 * English tags, Finnish as Italian or Ilocano, Hebrew as no language (wild46). Left out: Galician, which takes
 * Spanish and Portuguese text within a tenth of the best, and Nynorsk, beside Bokmal and Danish.
 */
export const ADDED_FRANC_LANGUAGES: readonly string[] = [
  'dan',
  'fin',
  'nob',
  'slk',
  'slv',
  'lit',
  'lvs',
  'ekk',
  'cat',
  'als',
  'mkd',
  'heb',
];

/**
 * franc's profiles of franc-min's languages (the same strings) and of ADDED_FRANC_LANGUAGES, scripts and
 * languages in franc's order, so scores tie as franc's `francAll(text, { only })` orders them.
 */
async function francLanguages(value: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { data: min } = (await import('franc-min/data.js')) as {
    data: Record<string, Record<string, string>>;
  };
  const known = new Set([
    ...Object.values(min).flatMap((languages) => Object.keys(languages)),
    ...ADDED_FRANC_LANGUAGES,
  ]);
  const selected: Record<string, Record<string, string>> = {};
  for (const [script, languages] of Object.entries(value as Record<string, Record<string, string>>)) {
    const kept = Object.entries(languages).filter(([language]) => known.has(language));
    if (kept.length > 0) selected[script] = Object.fromEntries(kept);
  }
  return selected;
}

export const PACKED_PACKAGE_DATA: readonly PackedPackageData[] = [
  {
    module: 'franc-trigrams.ts',
    from: 'franc/data.js',
    name: 'data',
    note: "franc's trigram profiles (MIT, Titus Wormer) of franc-min's languages and of scripts/pack-data.ts ADDED_FRANC_LANGUAGES; text/trigrams.ts inflates them for the first text that is not clearly English.",
    select: francLanguages,
  },
];

/** The data a package module exports as `name` (its `select`ed part). */
export async function packageData({
  from,
  name,
  select,
}: PackedPackageData): Promise<Record<string, unknown>> {
  const value = ((await import(from)) as Record<string, Record<string, unknown>>)[name]!;
  return select ? select(value) : value;
}

/** The value the packed module of `jsonFile` holds for the JSON text `json`. */
export function packedValue(jsonFile: string, json: string): unknown {
  const value = JSON.parse(json) as unknown;
  const encoded = PACKED_DATA[jsonFile]?.encoded;
  return encoded ? encoded.encode(value) : value;
}

export const dataPath = (file: string) =>
  fileURLToPath(new URL(`../functions/core/data/${file}`, import.meta.url));

/** `value` laid out by data/sections.ts, compressed with brotli at its highest quality, as base91 text. */
function pack(value: unknown): { readonly text: string; readonly bytes: number } {
  const raw = sectioned(value);
  const compressed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  return { text: encodeBase91(compressed), bytes: raw.length };
}

/** The source text of the packed module for one JSON file. */
export function packedModule(jsonFile: string, json: string): string {
  const encoded = PACKED_DATA[jsonFile]?.encoded;
  const packed = pack(packedValue(jsonFile, json));
  const type = encoded?.type;
  const typeImport = type
    ? `import type { ${type.name} } from '${type.from}';`
    : `import type data from '../${jsonFile}';`;
  const lazy = PACKED_DATA[jsonFile]?.lazy;
  if (lazy)
    return `// Generated by scripts/pack-data.ts from functions/core/data/${jsonFile} (data/sections.ts layout, brotli, base91; ${packed.bytes} bytes).
// ${lazy}
// Do not edit: change the JSON (or the script that builds it), then run \`npx tsx scripts/pack-data.ts\`.
${typeImport}
import { inflateJson } from '../inflate.js';

/** The data, decompressed and parsed anew on each call: call once and keep the result. */
export function inflate(): ${type ? type.name : 'typeof data'} {
  return inflateJson<${type ? type.name : 'typeof data'}>(
    '${packed.text}',
  );
}
`;
  return `// Generated by scripts/pack-data.ts from functions/core/data/${jsonFile} (data/sections.ts layout, brotli, base91; ${packed.bytes} bytes).
// Do not edit: change the JSON (or the script that builds it), then run \`npx tsx scripts/pack-data.ts\`.
${typeImport}
import { inflateJson } from '../inflate.js';

export default inflateJson<${type ? type.name : 'typeof data'}>(
  '${packed.text}',
);
`;
}

/** The value a lazy part's module holds for the JSON text `json`. */
export function lazyPartValue(part: LazyPart, json: string): unknown {
  return part.encode(JSON.parse(json) as unknown);
}

/** The source text of the packed module of a lazy part of one JSON file (inflated on first use). */
export function lazyPartModule(jsonFile: string, part: LazyPart, json: string): string {
  const packed = pack(lazyPartValue(part, json));
  return `// Generated by scripts/pack-data.ts from functions/core/data/${jsonFile} (data/sections.ts layout, brotli, base91; ${packed.bytes} bytes).
// ${part.note}
// Do not edit: change the JSON (or the script that builds it), then run \`npx tsx scripts/pack-data.ts\`.
import type { ${part.type.name} } from '${part.type.from}';
import { inflateJson } from '../inflate.js';

/** The data, decompressed and parsed anew on each call: call once and keep the result. */
export function inflate(): ${part.type.name} {
  return inflateJson<${part.type.name}>(
    '${packed.text}',
  );
}
`;
}

/** The source text of the packed module for a package's data (inflated on first use). */
export function packedPackageModule(
  { from, name, note }: PackedPackageData,
  value: Record<string, unknown>,
): string {
  const packed = pack(value);
  return `// Generated by scripts/pack-data.ts from ${from} (export \`${name}\`; data/sections.ts layout, brotli, base91; ${packed.bytes} bytes).
// ${note}
// Do not edit: run \`npx tsx scripts/pack-data.ts\` after updating the package.
import type { ${name} } from '${from}';
import { inflateJson } from '../inflate.js';

/** The top-level keys of the data, in order, readable without inflating it. */
export const keys: readonly string[] = ${JSON.stringify(Object.keys(value))};

/** The data, decompressed and parsed anew on each call: call once and keep the result. */
export function inflate(): typeof ${name} {
  return inflateJson<typeof ${name}>(
    '${packed.text}',
  );
}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [jsonFile, { module, lazyParts = [] }] of Object.entries(PACKED_DATA)) {
    const json = readFileSync(dataPath(jsonFile), 'utf8');
    const source = packedModule(jsonFile, json);
    writeFileSync(dataPath(`packed/${module}`), source);
    console.log(`${jsonFile} → packed/${module}: ${(source.length / 1024).toFixed(1)} KiB`);
    for (const part of lazyParts) {
      const partSource = lazyPartModule(jsonFile, part, json);
      writeFileSync(dataPath(`packed/${part.module}`), partSource);
      console.log(`${jsonFile} → packed/${part.module}: ${(partSource.length / 1024).toFixed(1)} KiB`);
    }
  }
  for (const packed of PACKED_PACKAGE_DATA) {
    const source = packedPackageModule(packed, await packageData(packed));
    writeFileSync(dataPath(`packed/${packed.module}`), source);
    console.log(`${packed.from} → packed/${packed.module}: ${(source.length / 1024).toFixed(1)} KiB`);
  }
}
