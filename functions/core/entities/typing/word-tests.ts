// Tests of a word asked chunk after chunk, answered once per word form: WORD_BITS (W_*) and CORE_SHAPES
// (S_*) bits with their patterns (acronyms, initials, ratings, model codes), and the title tests.
import { letterPattern } from '../../text/letters.js';
import type { Word } from '../chunk.js';
import {
  FUNCTION_WORDS,
  NAMED_DAYS,
  ORG_HEADS,
  PARTY_LABELS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_LEADS,
} from '../lexicon.js';
import { CORE_SHAPES, WORD_BITS } from '../word-bits.js';
import { norm, stripDot } from './context.js';
import {
  BROADCAST_LEADS,
  COMPASS_WORDS,
  CRYPTOCURRENCIES,
  DISEASES,
  EVENT_HEADS,
  FOREIGN_ORG_LEADS,
  INSTITUTIONS,
  MATCH_NAMES,
  NAME_DESCRIPTORS,
  PARTY_MEMBERS,
  PARTY_WORDS,
  TITLE_MODIFIERS,
  WEATHER_SYSTEMS,
  WEB_ADDRESS,
} from './cue-words.js';

/**
 * Spellings that mark a surname across languages: Mc/Mac/O' prefixes, Slavic, Greek, Romanian, Turkish,
 * Georgian, Armenian, Spanish and Italian endings, Arabic and South Asian connectives ("Inzamam-ul-Haq").
 */
export const SURNAME_SHAPE = letterPattern(
  String.raw`^(?:Mc|Mac|O['\u2019])\p{Lu}|\p{Ll}(?:ov|ova|ev|eva|ski|ska|sky|vic|vich|i\u0107|enko|shvili|dze|opoulos|idis|ides|escu|oglu|ez|ini|elli|etti|ian|yan|ek|uk|czyk)$|-(?:ul|ur|ud|al|el|ad|ud)-`,
);
export const ACRONYM = letterPattern(String.raw`^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$`);
const ROMAN_NUMERAL = /^[IVXL]+$/;
export const INITIALS = letterPattern(String.raw`^(?:\p{Lu}\.){1,3}$`);
export const TWO_CAPITALS = letterPattern(String.raw`^\p{Lu}{2}$`);
// Tests of a word's core asked chunk after chunk, answered once per word form (word-bits.ts `CORE_SHAPES`).
export const shapeIs = (w: Word, bit: number) => (w.shapes & bit) !== 0;
export const S_ACRONYM = CORE_SHAPES.bit((core) => ACRONYM.test(core));
export const S_ROMAN_NUMERAL = CORE_SHAPES.bit((core) => ROMAN_NUMERAL.test(core));
export const S_INITIALS = CORE_SHAPES.bit((core) => INITIALS.test(core));
export const S_FISCAL_PERIOD = CORE_SHAPES.bit((core) => FISCAL_PERIOD.test(core));
export const S_UNIT_INITIAL = CORE_SHAPES.bit((core) => UNIT_INITIAL.test(core));
export const S_PARTY_STATE_TAG = CORE_SHAPES.bit((core) => PARTY_STATE_TAG.test(core));
export const S_PLURAL_ABBREVIATION = CORE_SHAPES.bit((core) => PLURAL_ABBREVIATION.test(core));
export const S_TIME_ZONE = CORE_SHAPES.bit((core) => TIME_ZONE.test(core));
export const S_CURRENCY_AMOUNT = CORE_SHAPES.bit((core) => CURRENCY_AMOUNT.test(core));
export const S_CURRENCY_AMOUNT_SCALED = CORE_SHAPES.bit((core) => CURRENCY_AMOUNT_SCALED.test(core));
export const S_EXIT_BLEND = CORE_SHAPES.bit((core) => EXIT_BLEND.test(core));
export const S_MODEL_CODE = CORE_SHAPES.bit((core) => MODEL_CODE.test(core));
export const S_RATING_GRADE = CORE_SHAPES.bit((core) => RATING_GRADE.test(core));
export const S_RATING_LIKE = CORE_SHAPES.bit((core) => RATING_LIKE.test(core));
export const S_BARE_ACRONYM = CORE_SHAPES.bit((core) => BARE_ACRONYM.test(core));
/**
 * Titles of German-language news, which compounds them ("Bundeskanzler", "Außenministerin", "CSU-Chef"),
 * Irish offices ("Taoiseach Micheál Martin") and members of parliaments ("Labour MP Jess Phillips").
 */
const GERMAN_TITLES = new Set(
  `kanzler kanzlerin präsident präsidentin präsidenten herr frau ministerin chef chefin sprecher sprecherin
  taoiseach tánaiste tanaiste td mp mep msp mla`
    .split(/\s+/)
    .filter(Boolean),
);
const GERMAN_TITLE_COMPOUND = letterPattern(
  String.raw`\p{Ll}(?:minister|ministerin|kanzler|kanzlerin|pr\u00e4sident|pr\u00e4sidentin|pr\u00e4sidenten|chef|chefin|sprecher|sprecherin|vorsitzende|vorsitzender|b\u00fcrgermeister|b\u00fcrgermeisterin|botschafter|botschafterin)$`,
);
export const isTitleLower = (lower: string) =>
  PERSON_TITLES.has(lower) ||
  PERSON_TITLES.has(stripDot(lower)) ||
  GERMAN_TITLES.has(lower) ||
  (lower.length > 8 && GERMAN_TITLE_COMPOUND.test(lower)) ||
  // "CSU-Chef", "director-general", "vice-president": a compound ending in a title.
  (lower.includes('-') &&
    (GERMAN_TITLES.has(lower.slice(lower.lastIndexOf('-') + 1)) ||
      PERSON_TITLES.has(lower.slice(lower.lastIndexOf('-') + 1))));

/** A possessive, then the word after it; the word after a possessive a name's span holds. */
const POSSESSIVE_THEN = /^['\u2019]s\s+([A-Za-z-]+)/;
const WORD_THEN = /^\s+([A-Za-z-]+)/;
const POSSESSIVE_END = /['\u2019]s$/;

/**
 * "Jordan's King Abdullah", "Kenya's President Ruto": whether a possessive ends at `end` of `text` (in a name's span
 * or right after it) and a person's title comes next.
 */
export function possessiveBeforeTitle(text: string, end: number): boolean {
  const after = text.slice(end, end + 24);
  const title = (
    POSSESSIVE_END.test(text.slice(Math.max(0, end - 2), end)) ? WORD_THEN : POSSESSIVE_THEN
  ).exec(after)?.[1];
  return title !== undefined && isTitleLower(norm(title));
}
export const isTitle = (s: string) => isTitleLower(norm(s));

/**
 * What typing asks of a word's own lower-case form (`Word.lower`), as bits filled once per distinct token
 * text (`WordBits`) instead of a Set probe per list per question; the same answers.
 */
export const W_TITLE = WORD_BITS.bit(isTitleLower);
export const W_FUNCTION = WORD_BITS.bit((lower) => FUNCTION_WORDS.has(lower));
export const W_NAMED_DAY = WORD_BITS.bit((lower) => NAMED_DAYS.has(lower));
export const W_WEATHER = WORD_BITS.bit((lower) => WEATHER_SYSTEMS.has(lower));
export const W_PARTY_WORD = WORD_BITS.bit((lower) => PARTY_WORDS.has(lower));
export const W_PARTY_MEMBERS = WORD_BITS.bit((lower) => PARTY_MEMBERS.has(lower));
export const W_ORG_HEAD = WORD_BITS.bit((lower) => ORG_HEADS.has(lower));
export const W_PLACE_HEAD = WORD_BITS.bit((lower) => PLACE_HEADS.has(lower));
export const W_NAME_DESCRIPTOR = WORD_BITS.bit((lower) => NAME_DESCRIPTORS.has(lower));
export const W_PARTY_LABEL = WORD_BITS.bit((lower) => PARTY_LABELS.has(lower));
export const W_TITLE_MODIFIER = WORD_BITS.bit((lower) => TITLE_MODIFIERS.has(lower));
export const W_DISEASE = WORD_BITS.bit((lower) => DISEASES.has(lower));
export const W_CRYPTO = WORD_BITS.bit((lower) => CRYPTOCURRENCIES.has(lower));
export const W_INSTITUTION = WORD_BITS.bit((lower) => INSTITUTIONS.has(lower));
export const W_EVENT_HEAD = WORD_BITS.bit((lower) => EVENT_HEADS.has(lower));
export const W_PLACE_LEAD = WORD_BITS.bit((lower) => PLACE_LEADS.has(lower));
export const W_COMPASS = WORD_BITS.bit((lower) => COMPASS_WORDS.has(lower));
export const W_FOREIGN_ORG_LEAD = WORD_BITS.bit((lower) => FOREIGN_ORG_LEADS.has(lower));
export const W_BROADCAST_LEAD = WORD_BITS.bit((lower) => BROADCAST_LEADS.has(lower));
export const W_WEB_ADDRESS = WORD_BITS.bit((lower) => WEB_ADDRESS.test(lower));
export const W_MATCH_NAME = WORD_BITS.bit((lower) => MATCH_NAMES.has(lower));
export const W_CELESTIAL = WORD_BITS.bit((lower) => lower === 'moon' || lower === 'earth');
export const wordIs = (w: Word, bit: number) => (w.bits & bit) !== 0;
/** "R-La.", "D-Conn.", "I-Vt.", "D-N.Y.": an American party's initial and a state after a lawmaker's name. */
const PARTY_STATE_TAG = /^[RDI]-(?!Day$)[A-Z][a-z]*$/;
/** A currency's letters written onto a sum: Kenyan "Sh", Nigerian "N", South African "R", Philippine "P". */
const CURRENCY_AMOUNT = /^(?:K?Sh|N|R|P)\d+$/;
const CURRENCY_AMOUNT_SCALED = /^(?:K?Sh|N|R|P)\d+(?:bn|mn|m|tn|trn)$/;
/** Time zones written after a clock time: "10:15 ET", "9 p.m. PT", "08:00 GMT". */
const TIME_ZONE = /^[A-Z]{1,4}T$/;

/** "MPs", "MEPs", "TDs", "CEOs", "GPUs", "NGOs": an abbreviation with a plural "s". */
const PLURAL_ABBREVIATION = letterPattern(String.raw`^\p{Lu}{2,5}s$`);
const BARE_ACRONYM = letterPattern(String.raw`^\p{Lu}{2,6}$`);
const EXIT_BLEND = letterPattern(String.raw`^\p{Lu}\p{Ll}*xit$`);

/** Quarters, halves and fiscal years as Indian and other business news writes them: "Q2", "FY26", "Q2FY26". */
const FISCAL_PERIOD = /^(?:Q[1-4]|H[12]|[QH][1-4]FY\d{2,4}|FY\d{2,4}|FY)$/;
const UNIT_INITIAL = /^[CF]\.$/;
/** Grades of Moody's and of S&P or Fitch that name nothing else: "Baa2", "Aa1", "AA-minus", "BBB-plus". */
const RATING_GRADE = /^(?:Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3]|(?:AAA|AA|BBB|BB|CCC|CC)-(?:minus|plus))$/;
/** Grades that are also acronyms or codes ("AAA", "BB", "A1"): a grade only beside a word of ratings. */
const RATING_LIKE = /^(?:AAA|AA|BBB|BB|CCC|A[1-3]|B[1-3])$/;
const MODEL_CODE = letterPattern(String.raw`^\p{Lu}[\p{L}]{0,3}-\d{1,3}[a-z]?s?$`);
