import { lookupPlace } from './gazetteer.js';

/**
 * Datelines no gazetteer entry reads, repaired the ways wire copy garbles them (review and task list: "misspelled
 * or unusual datelines"; reuters-dev: "ALTANTA", "MAIMI", "c CHICAGO", "SOUTH SAN FRANCISCO" placed nothing):
 * - a stray lower-case word before the capitals ("c CHICAGO");
 * - a compass word before a city the gazetteer knows ("SOUTH SAN FRANCISCO", "NORTH MIAMI"): a suburb named
 *   after the city is in its country;
 * - one letter dropped, doubled, swapped with the next or mistyped in the name of a big city ("NAIROBBI",
 *   "JOHANESBURG", "WASINGTON"): the city one such edit away, when every such city is in one country. Not a
 *   country's name: a town is often a letter from one ("MARAWI", the Philippine city, is not Malawi; read29 F-p). A town too small for the gazetteer ("SCOTTSVILLE") is left unplaced rather than guessed.
 * Only a dateline of one part is repaired; "ODESSA, Texas" is read by its state.
 */
export function repairedDatelineCountry(part: string): string | undefined {
  const stray = /^[a-z]{1,3}\s+([A-Z][A-Z .'-]{2,})$/.exec(part);
  if (stray) return lookupPlace(stray[1]!)?.countryCode ?? misspelledCity(stray[1]!);
  const compass = /^(?:NORTH|SOUTH|EAST|WEST|North|South|East|West)\s+(.{3,})$/.exec(part);
  if (compass) {
    const city = lookupPlace(compass[1]!);
    if (city?.kind === 'city') return city.countryCode;
  }
  return misspelledCity(part);
}

/** People in a city a misspelling may stand for: big enough that a desk files from it. */
const BIG_CITY = 250_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The country of the big city one edit away from a one-word name, if only one country: six or
 * more letters, or five for two letters swapped ("MAIMI"), since a short word is a letter away from many names.
 * A city the team's aliases list ("Washington", "Frankfurt") carries no population and counts as big.
 */
function misspelledCity(name: string): string | undefined {
  if (!/^[A-Za-z]{5,}$/.test(name)) return undefined;
  const word = name.toLowerCase();
  let code: string | undefined;
  for (const candidate of oneEditAway(word, word.length >= 6)) {
    const place = lookupPlace(candidate);
    if (place?.kind !== 'city' || (place.population ?? BIG_CITY) < BIG_CITY) continue;
    if (code !== undefined && code !== place.countryCode) return undefined;
    code = place.countryCode;
  }
  return code;
}

/** Every word two swapped letters away, and with `all` one dropped, added or changed letter away too. */
function* oneEditAway(word: string, all: boolean): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2);
    if (!all) continue;
    if (tail) yield head + tail.slice(1);
    for (const c of LETTERS) {
      yield head + c + tail;
      if (tail && c !== tail[0]) yield head + c + tail.slice(1);
    }
  }
}
