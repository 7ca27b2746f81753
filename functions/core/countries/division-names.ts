import { DIVISION_WORDS_BY_COUNTRY } from './division-words.js';
import { divisionCountries } from './gazetteer.js';

/** A word of a field as the scanner reads it (mentions.ts `Word`). */
interface ScannedWord {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
}

/** Every country's division words: a name is looked up only before one of them. */
const ANY_DIVISION_WORD: ReadonlySet<string> = new Set(Object.values(DIVISION_WORDS_BY_COUNTRY).flat());
/** The most words a division's name runs to before its word ("Santiago del Estero", "Kohgiluyeh and Boyer-Ahmad"). */
const MAX_NAME_WORDS = 5;

/** Nothing or white space between two words (a hyphen is a word of its own). */
const SPACE_ONLY = /^\s*$/;

/** A division read before its word: how many words its name runs to and its country. */
export interface DivisionAt {
  readonly words: number;
  readonly code: string;
}

/**
 * The first-level division whose name starts at word `i` and runs up to a word its country writes after it: "Gyeonggi
 * Province", "the Ashanti Region", "Santa Fe province", "San Juan Province" (Argentina's, though "San Juan" alone is
 * Puerto Rico's capital), read from GeoNames' admin-1 names (compile.ts `divisionsOf`). Where `runOpens` (running
 * text, not a headline in title case or capitals) the name must be the whole capitalised run before the word, so "the
 * Great Lakes State" is no "Lakes State" of South Sudan; `capitalised` says whether a word opens with a capital.
 */
export function divisionAt<W extends ScannedWord>(
  text: string,
  words: readonly W[],
  i: number,
  capitalised: (word: W) => boolean,
  runOpens: boolean,
): DivisionAt | undefined {
  let end = -1;
  for (let k = i + 1; k <= i + MAX_NAME_WORDS && k < words.length; k++) {
    // "in Kandahar. Province officials said", "Santa Fe, province of": the name and its word are written together.
    if (!SPACE_ONLY.test(text.slice(words[k - 1]!.end, words[k]!.start))) return undefined;
    if (ANY_DIVISION_WORD.has(words[k]!.norm)) {
      end = k;
      break;
    }
  }
  if (end < 0) return undefined;
  const before = words[i - 1];
  if (runOpens && before !== undefined && before.norm !== 'the' && capitalised(before)) return undefined;
  let key = '';
  for (let k = i; k < end; k++) {
    const word = words[k]!;
    // "Kafr el-Sheikh", "Kohgiluyeh and Boyer-Ahmad": a hyphen, a particle or "and" inside the name.
    if (word.norm !== '-' && word.norm.length > 3 && !capitalised(word)) return undefined;
    key = key ? `${key} ${word.norm}` : word.norm;
  }
  const kind = words[end]!.norm;
  const code = divisionCountries(key).find((c) => DIVISION_WORDS_BY_COUNTRY[c]?.includes(kind));
  return code === undefined ? undefined : { words: end - i, code };
}
