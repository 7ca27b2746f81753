import { isGivenName, isLowerWord } from '../entities/lexicon.js';
import { letterPattern } from '../text/letters.js';
import { MONTH_WORD } from '../text/months.js';
import { TextMemo } from '../text/text-memo.js';
import { repairedDatelineCountry } from './dateline-repairs.js';
import {
  localPhraseRoot,
  lookupPhrase,
  lookupPlace,
  nextPhraseNode,
  type PhraseEntry,
  type PhraseNode,
  placeWords,
} from './gazetteer.js';
import { keyOf } from './normalize.js';
import { cityKeepsCountry, stateCode, withFinalPeriod } from './state-codes.js';

const TRAILING_DATE = new RegExp(`[,\\s]+${MONTH_WORD}\\.?\\s+\\d{1,2}\\b.*$`, 'i');

/**
 * The country a dateline place is in: the most specific part that names a country wins from the end
 * ("ROCHESTER, N.Y." → US, "TAIPEI, Taiwan" → TW, "Scarborough, Ontario" → CA), else the city
 * ("TOKYO" → JP, "WASHINGTON" → US). Datelines resolve even cities that running text leaves alone
 * because they are also common words ("MOBILE, Ala.", "READING, England").
 */
export function datelineCountry(place: string, language = 'en'): string | undefined {
  // Datelines repeat ("NEW YORK", "LONDON"): remember recent answers; the function stays pure.
  // An article in another language may name the city its own way ("MÜNCHEN (dpa)", "ROMA -").
  const local = language === 'en' || language === 'und' ? undefined : localPhraseRoot(language.slice(0, 2));
  const memoKey = local ? `${language.slice(0, 2)}|${place}` : place;
  const known = memo.get(memoKey);
  if (known !== undefined) return known || undefined;
  let code = resolveDateline(place, local);
  // "МОСКВА, 5 декабря —" in a short Russian story the language guess took for Ukrainian: a city is written
  // alike in the languages of one script, so a dateline the article's own names leave unread is tried in theirs.
  if (code === undefined && local)
    for (const other of SAME_SCRIPT[language.slice(0, 2)] ?? []) {
      const root = localPhraseRoot(other);
      code = root ? resolveDateline(place, root) : undefined;
      if (code !== undefined) break;
    }
  memo.set(memoKey, code ?? '');
  return code;
}

/** Languages whose datelines a language of the same script may be guessed for (script-city-names.ts). */
const SAME_SCRIPT: Readonly<Record<string, readonly string[]>> = {
  ru: ['uk'],
  uk: ['ru'],
  be: ['ru', 'uk'],
  bg: ['ru', 'uk'],
  mk: ['ru', 'uk'],
  sr: ['ru', 'uk'],
  kk: ['ru'],
  ar: ['fa'],
  fa: ['ar'],
  zh: ['ja'],
  ja: ['zh'],
};

const memo = new TextMemo<string>(2048);

/**
 * Whether capitals that open a story before a colon name a place ("KARACHI:", "NEW DELHI:"): a town, a
 * region or a country in the gazetteer, not a name that only stands for a country ("BIDEN:" in a transcript).
 * `inText` (a place in title case, "Dubai:"): only a city, region or country running text reads as one, so not
 * "Reading:" or "Nice:" (CITY_STOPWORDS), nor a country word that is often a person ("Jordan:"), nor a given name
 * other than a capital's ("Florence:", a hurricane's; "Paris:" stays) unless `story`, the words after the colon,
 * open as local news does (`opensLocalNews`).
 */
export function namesPlace(place: string, inText = false, story?: string): boolean {
  if (!inText) return lookupPlace(place) !== undefined;
  const entry = lookupPhrase(keyOf(place));
  return (
    entry !== undefined &&
    !entry.ambiguous &&
    !entry.capitalsOnly &&
    (entry.kind === 'city' || entry.kind === 'region' || entry.kind === 'name') &&
    // "Florence: The hurricane strengthened …": a storm's or a speaker's given name, unless the city is a capital.
    (entry.capital === true ||
      !isGivenName(place.split(' ')[0]!) ||
      (story !== undefined && opensLocalNews(story)))
  );
}

/** A desk's or a role's name in a byline: "Staff Reporter", "Express News Service", "HT Correspondent". */
const WRITER_ROLE =
  /\b(?:Correspondents?|Reporters?|Writers?|Bureau|News Service|Staff|Desk|CORRESPONDENTS?|REPORTERS?|BUREAU|NEWS SERVICE|STAFF)\b/;

/**
 * Whether "NAME, Town" opening a body is a writer's byline ("PRIYA NAIR, Mumbai", "Staff Reporter, Chennai"): the
 * town a city the lists know, the name no place and a person's (a given name, then no English word or place) or a
 * desk's. A dateline names
 * its region or country after its town ("KYIV, Ukraine", "SMALLVILLE, Kansas"), never a second town.
 */
export function namesWriterAndTown(name: string, town: string): boolean {
  const entry = lookupPhrase(keyOf(town));
  if (entry === undefined || entry.kind !== 'city' || entry.ambiguous) return false;
  if (lookupPlace(name) !== undefined) return false;
  if (WRITER_ROLE.test(name)) return true;
  // A person's name: a given name first, then words that are neither English words nor places ("PRIYA NAIR"). Unknown
  // words are as often a neighbourhood's dateline ("SABON GARI, Kano", "Victoria Island, Lagos": review63), which
  // keeps the town's country.
  const [first, ...rest] = name.split(' ');
  return (
    isGivenName(first!) &&
    rest.every((word) => !isLowerWord(word.toLowerCase()) && lookupPlace(word) === undefined)
  );
}

/**
 * The town's own authorities as the subject that opens a story: "Florence: Police arrested two men near the Uffizi",
 * "Charlotte: Officials said …". A speaker's label opens with what the speaker says ("Madison: The senator said he
 * would vote no", "Austin: The thing is …"), a storm's with the storm (STORM_WORDS).
 */
const LOCAL_NEWS_OPENING =
  /^(?:Police|Officials|Authorities|Firefighters|Rescuers|Prosecutors|Investigators|Residents|City officials|Local officials)\b/;
/** A storm's words, in the sentence the colon opens: "Florence: Authorities ordered evacuations as the hurricane …". */
const STORM_WORDS = /\b(?:hurricane|storm|typhoon|cyclone|landfall|tropical depression)s?\b/i;
/** The first sentence of a text. */
const FIRST_SENTENCE = /^[^.!?\n]*/;

/** Whether a story after a given name and a colon opens as local news of a place, not of a storm (`namesPlace`). */
function opensLocalNews(story: string): boolean {
  const sentence = FIRST_SENTENCE.exec(story)?.[0] ?? '';
  return LOCAL_NEWS_OPENING.test(sentence) && !STORM_WORDS.test(sentence);
}

const WIRE_NOISE = letterPattern(String.raw`[^\p{L}\p{M}\s.,'\u2019-]`, 'gu');

/**
 * "WASHINGTON/OTTAWA": a story filed from two bureaus is placed where the first, its lead bureau, is; so is
 * a joint press release of two firms ("BOSTON and OSAKA, Japan"), but not a country named with "and" after
 * its city ("SARAJEVO, Bosnia and Herzegovina").
 */
function firstSeat(place: string): string {
  const lead = place.split('/')[0] ?? place;
  const and = lead.indexOf(' and ');
  const comma = lead.indexOf(',');
  return and > 0 && (comma < 0 || and < comma) ? lead.slice(0, and) : lead;
}

function resolveDateline(place: string, local: PhraseNode | undefined): string | undefined {
  const parts = firstSeat(place)
    .replace(TRAILING_DATE, '')
    // Wire noise: "****SANTO DOMINGO", "ME}LBOURNE".
    .replace(WIRE_NOISE, '')
    .replace(/\s*\(.*$/, '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const code = resolveParts(parts, local);
  // "ALTANTA", "c CHICAGO", "SOUTH SAN FRANCISCO": a garbled or suburban dateline (dateline-repairs.ts).
  if (code === undefined && !local && parts.length === 1) return repairedDatelineCountry(parts[0]!);
  return code;
}

/**
 * The country of a dateline's parts, read from the most specific (the last) back. `stateCountry` is the country
 * of a state code read after them ("NEW CASTLE, DE"), which a city joined from spaced words must be in.
 */
function resolveParts(
  parts: readonly string[],
  local: PhraseNode | undefined,
  stateCountry?: string,
): string | undefined {
  for (let i = parts.length - 1; i >= 0; i--) {
    // "MANCHESTER, N.H": the abbreviation with its final period restored.
    const part = i > 0 ? withFinalPeriod(parts[i]!) : parts[i]!;
    const entry = lookupPhrase(placeWords(part).join(' '));
    // "AMSTERDAM, 2 March": a town named by an ordinary word is no dateline's place (the date's month here).
    if (entry && entry.kind !== 'none' && entry.kind !== 'demonym' && !entry.placeContext) return entry.code;
    const found = lookupPlace(part) ?? joinedCity(part, stateCountry);
    if (found) return found.countryCode;
    const named = local ? localEntry(placeWords(part), local) : undefined;
    if (named) return named.code;
    // "OAK LAWN, Il.", "CLARINDA, Ia.": a state's postal code after a comma that no AP abbreviation spells.
    const state = i > 0 ? stateCode(part) : undefined;
    if (state) {
      const city = state.yieldsToCity ? resolveParts(parts.slice(0, i), local, state.code) : undefined;
      if (city !== undefined && cityKeepsCountry(state, city)) return city;
      return state.needsCity ? city : state.code;
    }
  }
  return undefined;
}

/**
 * "PALANGKA RAYA": a city the gazetteer spells as one word (GeoNames "Palangkaraya"), written with a space as local
 * papers and agencies do (review32 C6: the dateline gave no country). Cities only, whole, and in the country of
 * the state code after them: "NEW CASTLE, DE" is Delaware's town, not Newcastle, England (read33 F16).
 */
function joinedCity(part: string, state: string | undefined): ReturnType<typeof lookupPlace> {
  if (!part.includes(' ')) return undefined;
  const joined = lookupPlace(part.replace(/\s+/g, ''));
  return joined?.kind === 'city' && (state === undefined || joined.countryCode === state)
    ? joined
    : undefined;
}

/** The country or city of another language's names that the words make, whole. */
function localEntry(words: readonly string[], root: PhraseNode): PhraseEntry | undefined {
  let node: PhraseNode | undefined = root;
  for (const word of words) {
    node = nextPhraseNode(word, node);
    if (!node) return undefined;
  }
  return node.entry;
}
