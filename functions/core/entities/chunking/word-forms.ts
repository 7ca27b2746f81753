// A token's spelling flags and forms (core, lower case, particles, elisions) and the `Word` made of them (`toWord`).
import { codeUnitAt, endsWithText, lowerCased } from '../../text/chars.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import { hasLower, letterPattern, startsUpper } from '../../text/letters.js';
import type { Token } from '../../text/tokens.js';
import { WordMemo } from '../../text/vocabulary.js';
import type { Word } from '../chunk.js';
import { isLowerWord, NAME_PARTICLES } from '../lexicon.js';
import { CORE_SHAPES, WORD_BITS } from '../word-bits.js';
import { WordFacts } from '../word-facts.js';

const HAS_LETTER = lazyPattern(() => /\p{L}/u);

// Case flags of a token: 1 has a letter, 2 has a lower-case letter. ASCII is decided without a regex,
// which matters on megabyte articles.
export function caseFlags(text: string): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = codeUnitAt(text, i);
    if (c >= 97 && c <= 122) return 3;
    if (c >= 65 && c <= 90) flags = 1;
    else if (c > 127) {
      if (hasLower(text)) return 3;
      return flags | (HAS_LETTER.test(text) ? 1 : 0);
    }
  }
  return flags;
}

const JOINING_WORDS = new Set([...NAME_PARTICLES, 'of', 'ng', 'e']);
/**
 * Set in a token's spelling flags: it starts with a capital, or joins names or opens one although in
 * lower case ("de", "of", "al-Ansari").
 */
export const STARTS_UPPER_FLAG = 4;
export const JOINING_FLAG = 8;
/** Marks a computed entry: 0 in the memo means not yet computed. */
const KNOWN_FLAG = 16;
/** Set per occurrence (never in the memo): capitals shouted inside a mixed-case line (`markShouted`). */
export const SHOUTED_FLAG = 32;

export function spellingOf(memo: WordMemo<number>, id: number, text: string): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  let flags = caseFlags(text) | KNOWN_FLAG;
  if (startsUpper(text) || isLowerOpenedName(text)) flags |= STARTS_UPPER_FLAG;
  if (JOINING_WORDS.has(text) || PARTICLE_NAME.test(text)) flags |= JOINING_FLAG;
  return memo.set(id, flags);
}
/**
 * "al-Ansari", "el-Sheikh", "bin-Salman", "d'Ivoire", "d'Estaing": a lower-case particle hyphened or
 * elided into a capitalised name.
 */
const PARTICLE_NAME = letterPattern(
  String.raw`^(?:(?:al|el|ad|ash|as|at|az|ar|an|bin|ibn|abu|abd)-|[dl]['\u2019])\p{Lu}`,
);
/**
 * "xAI", "eBay", "iPhone", "easyJet", "phpBB": a brand written with lower-case letters before a capital is a
 * name all the same. Cheap first: a lower-case ASCII first letter and a capital within its first six letters,
 * with a letter after it. One letter before the capital is e, i or x (the brands' prefixes; "yOrk", "bLife",
 * "dDrinks" are typing slips); two or more are no function word glued to a name ("ofNew"); no unit or molecule
 * ("kWh", "hPa", "mRNA").
 */
export function isLowerOpenedName(text: string): boolean {
  // Every read stays inside the text: one read past the end makes V8 stop inlining codeUnitAt everywhere.
  if (text.length < 3) return false;
  const c = codeUnitAt(text, 0);
  if (c < 97 || c > 122) return false;
  let i = 1;
  while (i < 6 && i < text.length && codeUnitAt(text, i) >= 97 && codeUnitAt(text, i) <= 122) i++;
  if (i + 1 >= text.length) return false;
  const d = codeUnitAt(text, i);
  const e = codeUnitAt(text, i + 1) | 32;
  if (d < 65 || d > 90 || e < 97 || e > 122) return false;
  if (i === 1) return c === 101 || c === 105 || c === 120;
  const prefix = text.slice(0, i);
  if (NOT_LOWER_OPENED_NAMES.has(prefix) || NOT_LOWER_OPENED_NAMES.has(lowerCased(text))) return false;
  // "saidChina", "whenJapan", "aboutTrump": an English word glued to a name by a missing space, unless it is
  // one of the words brands open with ("easyJet", "airBaltic").
  return BRAND_PREFIXES.has(prefix) || !isLowerWord(prefix);
}
/** English words that open lower-case brands: "easyJet", "airBaltic", "myTaxi". */
const BRAND_PREFIXES = new Set([
  'easy',
  'air',
  'my',
  'you',
  'smart',
  'open',
  'net',
  'web',
  'cyber',
  'home',
  'pay',
]);
/** Units, molecules, and function words a typing slip glues to a name. */
const NOT_LOWER_OPENED_NAMES = new Set(
  `kwh mwh gwh twh mah kva hpa kpa mpa khz mhz msv usv mmhg kbq mbq mbar mrna trna sirna mirna cdna mtdna grna
  of as at in on to an by or is it be we he me my no so up us do go if the and for but not nor are was has had his
  her its our you from with into than then that this`
    .split(/\s+/)
    .filter(Boolean),
);
const ARABIC_PARTICLE = lazyPattern(() => /^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\p{Lu})/iu);

/** "al-Ansari" → "Ansari", "Al-Sisi" → "Sisi": the name a later mention may use alone. */
export function withoutArabicParticle(word: string): string {
  // The particle's hyphen is the third or fourth character: most words are returned without a regex.
  const dash = word.length > 3 && (codeUnitAt(word, 2) === 45 || codeUnitAt(word, 3) === 45);
  return dash ? word.replace(ARABIC_PARTICLE, '') : word;
}

/** An apostrophe second to sixth ("L'", "Qu'", "Lorsqu'"): the cheap test before the patterns below. */
function elidedAt(core: string): boolean {
  const at = Math.max(core.indexOf("'"), core.indexOf('\u2019'));
  return at >= 1 && at <= 6 && at < core.length - 1;
}
/** French and Italian elided articles, pronouns and prepositions before a lower-case word. */
const ELIDED_BEFORE_WORD = lazyPattern(
  () => /^(?:[CDJLST]|Qu|Jusqu|Lorsqu|Puisqu|Dell|Nell|All|Sull|Dall)['\u2019]\p{Ll}/u,
);
/** French elided conjunctions before a capital: "Qu'Emmanuel", "Lorsqu'Israël". */
const ELIDED_CONJUNCTION = lazyPattern(() => /^(?:Qu|Jusqu|Lorsqu|Puisqu)['\u2019](?=\p{Lu})/u);

/** What a token's text alone says about it as a word: the same for every occurrence of the text. */
interface WordForm {
  /** Letters cut from the token's start ("Qu'" of "Qu'Emmanuel"). */
  readonly lead: number;
  readonly core: string;
  readonly lower: string;
  readonly possessive: boolean;
  readonly capitalised: boolean;
  readonly facts: WordFacts;
  readonly shapes: number;
}

export function formOf(text: string): WordForm {
  let core = text;
  let possessive = false;
  const n = core.length;
  const apostropheAt = (i: number) => codeUnitAt(core, i) === 39 || codeUnitAt(core, i) === 0x2019;
  if (n > 2 && apostropheAt(n - 2) && (core[n - 1] === 's' || core[n - 1] === 'S')) {
    core = core.slice(0, -2);
    possessive = true;
  } else if (n > 2 && apostropheAt(n - 1) && core[n - 2] === 's') {
    core = core.slice(0, -1);
    possessive = true;
  }
  // "Overall." before a lower-case word: the tokenizer kept a period that belongs to no abbreviation.
  if (!possessive && core.length > 3 && endsWithText(core, '.') && isLowerWord(core.slice(0, -1)))
    core = core.slice(0, -1);
  // "Qu'Emmanuel Macron parle": an elided conjunction glued to a name is no part of it.
  let lead = 0;
  if (core.length > 4 && elidedAt(core)) lead = ELIDED_CONJUNCTION.exec(core)?.[0].length ?? 0;
  if (lead > 0) core = core.slice(lead);
  const lower = lowerCased(core);
  return {
    core,
    lower,
    possessive,
    lead,
    capitalised:
      // "L'opposant Bassirou Diomaye Faye", "L'ancien ministre": an elided article or pronoun before a
      // lower-case word opens a sentence with a common noun, no name (read34).
      (startsUpper(core) && !(elidedAt(core) && ELIDED_BEFORE_WORD.test(core))) ||
      PARTICLE_NAME.test(core) ||
      isLowerOpenedName(core),
    facts: new WordFacts(core, lower),
    shapes: CORE_SHAPES.of(core),
  };
}

/** Each token text's word form, by vocabulary number. */
export const wordForms = new WordMemo<WordForm>();

export function toWord(
  token: Token,
  index: number,
  line: number,
  lineStart: number,
  caseless: boolean,
  initial: boolean,
  wrapped = true,
  tabular = false,
  form: WordForm = formOf(token.text),
  id = -1,
): Word {
  return {
    index,
    core: form.core,
    lower: form.lower,
    bits: WORD_BITS.of(form.lower, id),
    shapes: form.shapes,
    facts: form.facts,
    start: token.start + form.lead,
    end: token.start + form.lead + form.core.length,
    possessive: form.possessive,
    capitalised: form.capitalised,
    caseless,
    initial,
    line,
    lineStart,
    wrapped,
    tabular,
  };
}
