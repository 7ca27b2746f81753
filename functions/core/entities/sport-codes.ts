import namesData from '../data/packed/entities-names.js';
import { startsWithDigit } from '../text/chars.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { isGivenName } from './lexicon.js';

/** Olympic committee codes and the home nations of British sport, to ISO 3166-1 alpha-2 (build script). */
const SPORT_CODES = namesData.sportCodes as Record<string, string>;
const CODE = /^[A-Z]{3}$/;
/** A seeding after the code: "(ESP x1)", "(ITA 2)". */
const SEED = /^x?\d{1,2}$/;
const NAME_END = lazyPattern(() => /^\p{Lu}\p{Ll}/u);
const JOINERS = new Set(['of', 'for', 'and', 'the', 'in', '&']);
/** How far a results list's next entry may be, in tokens ("Justin Rose (ENG) 65 71 75 66, Rory …"). */
const LIST_REACH = 40;

/**
 * The country of a results list's code in brackets: "Carlos Alcaraz (ESP x1) bt Cameron Norrie (GBR)",
 * "Justin Rose (ENG) 65 71", "Tadej Pogacar (SLO/UAE)". `at(k)` is the text of the token k places from the
 * code. A code right after a name written in mixed case is the competitor's country; the initials of the
 * words before it ("the Iraqi News Agency (INA)") make it that body's acronym instead.
 */
export function sportCountryAt(at: (offset: number) => string): string | undefined {
  const code = at(0);
  if (!CODE.test(code)) return undefined;
  const country = SPORT_CODES[code];
  if (country === undefined) return undefined;
  const next = at(1);
  if (!(next === ')' || next === '/' || (SEED.test(next) && at(2) === ')'))) return undefined;
  // The bracket: right before the code, or before the first code of a pair ("SLO/UAE").
  let open = -1;
  if (at(-1) !== '(') {
    if (!(at(-1) === '/' && CODE.test(at(-2)) && at(-3) === '(')) return undefined;
    open = -3;
  }
  if (!afterName(at, open, code)) return undefined;
  // A code alone in its brackets needs a results list around it (another code in brackets near it) or a
  // person's name before it ("Rory McIlroy (NIR) shot 66"): "Evo Morales' Movement Toward Socialism
  // (MAS)" is a party's acronym.
  if (open === -1 && next === ')' && !isGivenName(at(-3)) && !anotherCodeNear(at)) return undefined;
  return country;
}

/** Whether a mixed-case name ends before the bracket at `open` whose initials do not spell `code`. */
function afterName(at: (offset: number) => string, open: number, code: string): boolean {
  if (!NAME_END.test(at(open - 1))) return false;
  let initials = '';
  for (let k = open - 1; k >= open - 8; k--) {
    const word = at(k);
    if (JOINERS.has(word)) continue;
    if (!NAME_END.test(word)) break;
    initials = word[0]! + initials;
  }
  return !initials.endsWith(code);
}

function anotherCodeNear(at: (offset: number) => string): boolean {
  for (let k = -LIST_REACH; k <= LIST_REACH; k++) {
    if (k === -1 || at(k) !== '(') continue;
    const code = at(k + 1);
    if (CODE.test(code) && SPORT_CODES[code] !== undefined && afterName(at, k, code)) return true;
  }
  return false;
}

/**
 * "1. Beatrice Chebet KEN 28:54.14": a competitor's committee code after the name in a results line, before a
 * time or a score, is no word of the name (the name was "Beatrice Chebet KEN") and no body of its own.
 */
export function isResultCode(code: string, nextToken: string | undefined): boolean {
  return (
    code.length === 3 &&
    CODE.test(code) &&
    SPORT_CODES[code] !== undefined &&
    nextToken !== undefined &&
    startsWithDigit(nextToken)
  );
}
