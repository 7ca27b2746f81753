import { lookupPlace } from '../countries/gazetteer.js';
import type { Field } from '../schema.js';
import { codeUnitAt, endsWithText, lowerCased, startsWithDigit } from '../text/chars.js';
import type { FieldText } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { hasLower, letterPattern, startsUpper } from '../text/letters.js';
import { joinParts, PART_LENGTH } from '../text/long-lists.js';
import { lowerCaseAt } from '../text/lower-case.js';
import { SENTENCE_OPENERS } from '../text/sentence-openers.js';
import type { Token } from '../text/tokens.js';
import { WordMemo } from '../text/vocabulary.js';
import { CAPITAL_ENDED_ACRONYM } from './acronym-shapes.js';
import { countryAfterParticle } from './country-after-particle.js';
import { isHyphenedGivenName } from './hyphened-given-name.js';
import { indexNumberAt, isIndexName } from './index-names.js';
import { knownBodyNamed, mayNameKnownBodyWith } from './known-bodies.js';
import { isLegalFormWord } from './legal-form.js';
import {
  CALENDAR_WORDS,
  FAMILY_NAMES_FIRST,
  FUNCTION_WORDS,
  GAZETTEER,
  isLowerWord,
  LEADERS_BODIES,
  MAX_NAME_WORDS,
  NAME_PARTICLES,
  NAMED_DAYS,
  NOBLE_TITLES,
  ORG_HEADS,
  ORG_LEADS,
  PARTY_LABELS,
  PERSON_TITLES,
  PLACE_HEADS,
} from './lexicon.js';
import { joinListSpelledByAcronym } from './listed-names-spelled.js';
import { newsmakerNamed } from './newsmakers.js';
import { ownsStateBody, ownsWhatFollows } from './possessive-owner.js';
import { isResultCode } from './sport-codes.js';
import { stageNameEndsInLetter } from './stage-names.js';
import { CORE_SHAPES, WORD_BITS } from './word-bits.js';
import { wordWith } from './word-copy.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  WordFacts,
} from './word-facts.js';

/** A word token with what the recogniser needs to know about its spelling and position. */
export interface Word {
  readonly index: number;
  /** The word without a possessive "'s" or trailing "'". */
  readonly core: string;
  /** `core` in lower case, computed once: the lexicon is asked about it many times. */
  readonly lower: string;
  /** Answers about `lower` (`WORD_BITS`, word-bits.ts), filled once per distinct token text. */
  readonly bits: number;
  /** The bits of `CORE_SHAPES`' tests that `core` passes (word-bits.ts). */
  readonly shapes: number;
  /** The lists' answers about `core` and `lower`, asked lazily, shared by the text's occurrences (word-facts.ts). */
  readonly facts: WordFacts;
  readonly start: number;
  /** End of `core`. */
  readonly end: number;
  readonly possessive: boolean;
  readonly capitalised: boolean;
  /** On a line written in capitals only, where case carries no information. */
  readonly caseless: boolean;
  /** First word of a sentence or of a quotation, capitalised by convention. */
  readonly initial: boolean;
  readonly line: number;
  /** Offset where the word's line starts. */
  readonly lineStart: number;
  /** The field is prose that may be wrapped, not one sentence a line with spaced punctuation. */
  readonly wrapped: boolean;
  /** On a line of a table: numbers make up much of it. */
  readonly tabular: boolean;
}

/**
 * Whether some line of `text` ends in a space and a mark of punctuation (" .\n"), as `/ [.,;:!?]\n/`
 * finds, looked for at the line breaks only: the expression scanned every character of every field.
 */
export function hasSpacedLineEnd(text: string): boolean {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i < 2 || codeUnitAt(text, i - 2) !== 32) continue;
    const mark = codeUnitAt(text, i - 1);
    if (mark === 46 || mark === 44 || mark === 59 || mark === 58 || mark === 33 || mark === 63) return true;
  }
  return false;
}

/** A run of words that may name something, before it is typed. */
export interface Chunk {
  readonly field: Field;
  readonly words: readonly Word[];
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the token before the chunk, for context cues. */
  readonly before: number;
  readonly after: number;
  readonly caseless: boolean;
  readonly initial: boolean;
  /** The whole of a quotation in title case: a work's title ('"Annie Hall"', '“Father of the Bride”'). */
  readonly work: boolean;
}

const HAS_LETTER = lazyPattern(() => /\p{L}/u);

// Case flags of a token: 1 has a letter, 2 has a lower-case letter. ASCII is decided without a regex,
// which matters on megabyte articles.
function caseFlags(text: string): number {
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
/** An organisation's lead in the plural ("courts", "councils", "churches"; not "parties", "nations"). */
function pluralOrgLead(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('s') || ORG_LEADS.has(lower)) return false;
  return ORG_LEADS.has(lower.slice(0, -1)) || (lower.endsWith('hes') && ORG_LEADS.has(lower.slice(0, -2)));
}
/**
 * "the Liberation Tigers of Tamil Eelam", "the Popular Guards of Kurdistan": an ordinary word and a plural
 * noun, both capitalised, before "of" and a name that is no person, country or known place name a body
 * of fighters or members ("Foreign Ministers of France" holds a title; "Revolutionary Guards of Iran" a
 * country).
 */
/** Events named after their place through "of" ("Battle of Britain"). */
export const EVENT_OF_LEADS: ReadonlySet<string> = new Set(['battle', 'siege', 'treaty']);
/** The gazetteer's kinds of a place (classify.ts reads them too). */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'place']);
function pluralBodyOf(run: readonly Word[], last: Word, after: Word): boolean {
  let first = 0;
  while (first < run.length - 1 && FUNCTION_WORDS.has(run[first]!.lower)) first++;
  if (run.length - first !== 2) return false;
  const lead = run[first]!;
  const lower = last.lower;
  return (
    lower.length > 4 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    !last.possessive &&
    !lead.possessive &&
    isLowerWordWord(lead) &&
    isLowerWordWord(last) &&
    !isGivenNameWord(lead) &&
    gazetteerOfWord(lead) === undefined &&
    !PERSON_TITLES.has(lower) &&
    !PERSON_TITLES.has(lower.slice(0, -1)) &&
    !isGivenNameWord(after) &&
    !PLACE_KINDS.has(gazetteerOfWord(after)?.kind ?? '') &&
    lookupPlace(after.core) === undefined
  );
}
/** "Erik ten Hag": English numbers and words elsewhere ("Arsenal ten points clear"), particles after a given name only. */
const DUTCH_ONLY_PARTICLES = new Set(['ten', 'ter']);
const SAINT_LEADS = new Set(['st', 'st.', 'saint']);
/** "Hall of Famer": the holder of a place in a hall of fame. */
const FAMER = new Set(['famer', 'famers']);
/** A given name or a name no list knows before "St.": "Jordan St. Cyr", not "Main St." or "Oxford St.". */
export function saintSurnameAfter(w: Word): boolean {
  return isGivenNameWord(w) || (!isLowerWordWord(w) && gazetteerOfWord(w) === undefined);
}
const ROYAL_POSSESSIVES = new Set(['king', 'queen', 'prince', 'princess']);
/** Abbreviated first words of place names whose period the tokenizer splits off before a capital. */
// ("Sault Ste. Marie", "Ste. Genevieve": "Ste." is the French "Sainte".)
const ABBREVIATED_LEADS = new Set(['st', 'ste', 'mt', 'ft']);
const STATE_LEADS = new Set(['republic', 'kingdom']);

/**
 * Set in a token's spelling flags: it starts with a capital, or joins names or opens one although in
 * lower case ("de", "of", "al-Ansari").
 */
const STARTS_UPPER_FLAG = 4;
const JOINING_FLAG = 8;
/** Marks a computed entry: 0 in the memo means not yet computed. */
const KNOWN_FLAG = 16;
/** Set per occurrence (never in the memo): capitals shouted inside a mixed-case line (`markShouted`). */
const SHOUTED_FLAG = 32;

/** Case flags of each token text, plus the two bits above, by vocabulary number. */
const spellingFlags = new WordMemo<number>();

function spellingOf(memo: WordMemo<number>, id: number, text: string): number {
  const known = memo.get(id);
  if (known !== undefined) return known;
  let flags = caseFlags(text) | KNOWN_FLAG;
  if (startsUpper(text) || isLowerOpenedName(text)) flags |= STARTS_UPPER_FLAG;
  if (JOINING_WORDS.has(text) || PARTICLE_NAME.test(text)) flags |= JOINING_FLAG;
  return memo.set(id, flags);
}
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':', '--', '«']);

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

function formOf(text: string): WordForm {
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
const wordForms = new WordMemo<WordForm>();

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

// Per-token and per-line working arrays, reused by every call (tagging is synchronous, one field at a
// time, and the words keep copies of what they need): allocating typed arrays per field cost more than
// clearing them.
// Classes, not object literals: a literal's second run makes V8 build its boilerplate, which widens the type V8
// knows of each field and throws away analyseWords' optimised code — once, at the first field longer than every
// field before it (the 1 MB article, mid-way through its ~230,000 tokens). A constructor's fields keep their type.
class TokenScratch {
  readonly lineOf: Int32Array;
  readonly lineStartOf: Int32Array;
  readonly flags: Uint8Array;
  readonly initial: Uint8Array;
  constructor(size: number) {
    this.lineOf = new Int32Array(size);
    this.lineStartOf = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.initial = new Uint8Array(size);
  }
}
class LineScratch {
  readonly lineHasLower: Uint8Array;
  readonly lineHasUpper: Uint8Array;
  readonly lineNumbers: Int32Array;
  readonly lineTokens: Int32Array;
  /** Gaps of two spaces or more between a line's tokens, not after punctuation: a table's columns. */
  readonly lineGaps: Int32Array;
  /** Tokens of the line that start with a lower-case letter (prose has many, a table's row few). */
  readonly lineLower: Int32Array;
  constructor(size: number) {
    this.lineHasLower = new Uint8Array(size);
    this.lineHasUpper = new Uint8Array(size);
    this.lineNumbers = new Int32Array(size);
    this.lineTokens = new Int32Array(size);
    this.lineGaps = new Int32Array(size);
    this.lineLower = new Int32Array(size);
  }
}
let tokenScratch: TokenScratch | undefined;
let lineScratch: LineScratch | undefined;

/** Room for `n` items: at least double the current, so a long article grows the arrays a few times. */
const capacityFor = (n: number, current: number) => Math.max(n, current * 2, 1024);

function scratchFor(tokens: number): TokenScratch {
  if (!tokenScratch || tokenScratch.lineOf.length < tokens)
    tokenScratch = new TokenScratch(capacityFor(tokens, tokenScratch?.lineOf.length ?? 0));
  return tokenScratch;
}

function linesScratchFor(lines: number): LineScratch {
  if (!lineScratch || lineScratch.lineTokens.length < lines)
    lineScratch = new LineScratch(capacityFor(lines, lineScratch?.lineTokens.length ?? 0));
  return lineScratch;
}

/**
 * Whether two or more spaces part a token from the one before it on its line, as a table's columns are
 * parted; not after punctuation ("said.  The" is a typist's sentence gap).
 */
function columnGapBefore(text: string, before: Token, token: Token): boolean {
  if (token.start - before.end < 2) return false;
  for (let c = before.end; c < token.start; c++) if (codeUnitAt(text, c) !== 32) return false;
  const last = codeUnitAt(before.text, before.text.length - 1);
  // . , : ; ! ? and quotation marks
  return (
    last !== 46 && last !== 44 && last !== 58 && last !== 59 && last !== 33 && last !== 63 && last !== 34
  );
}

/**
 * Per vocabulary number, the `analyseWords` call that last listed the text in its `lowerTokens`: a text
 * is listed once per call, not once per occurrence ("the", "and" and "of" make up much of a story).
 */
const listedBy = new WordMemo<number>();
let analyseCalls = 0;

/**
 * Words of a field with their line, case and sentence-position flags; null for non-word tokens. The
 * text of each word token left out for starting in lower case is pushed onto `lowerTokens`, in lower case,
 * once per distinct text.
 */
export function analyseWords(
  field: FieldText,
  forceCaseless: boolean,
  lowerTokens?: string[],
  storyStart = 0,
): (Word | null)[] {
  const { tokens, text, sentences, wordIds } = field;
  const spelling = spellingFlags.current();
  const forms = wordForms.current();
  const listed = listedBy.current();
  const call = ++analyseCalls;
  const { lineOf, lineStartOf, flags, initial } = scratchFor(tokens.length);
  initial.fill(0, 0, tokens.length);
  let lineStart = 0;
  let line = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0) {
      const prevEnd = tokens[i - 1]!.end;
      const start = tokens[i]!.start;
      for (let c = prevEnd; c < start; c++)
        if (codeUnitAt(text, c) === 10) {
          line++;
          lineStart = c + 1;
        }
    }
    lineOf[i] = line;
    lineStartOf[i] = lineStart;
  }
  // A line is caseless when it has capitalised words and no word with a lower-case letter.
  const { lineHasLower, lineHasUpper, lineNumbers, lineTokens, lineGaps, lineLower } = linesScratchFor(
    line + 1,
  );
  lineHasLower.fill(0, 0, line + 1);
  lineHasUpper.fill(0, 0, line + 1);
  lineNumbers.fill(0, 0, line + 1);
  lineTokens.fill(0, 0, line + 1);
  lineGaps.fill(0, 0, line + 1);
  lineLower.fill(0, 0, line + 1);
  for (let i = 0; i < tokens.length; i++) {
    const spelled = spellingOf(spelling, wordIds[i] ?? 0, tokens[i]!.text);
    const f = spelled & 3;
    flags[i] = spelled;
    const code = codeUnitAt(tokens[i]!.text, 0);
    const l = lineOf[i]!;
    lineTokens[l] = lineTokens[l]! + 1;
    if (i > 0 && lineOf[i - 1] === l && columnGapBefore(text, tokens[i - 1]!, tokens[i]!))
      lineGaps[l] = lineGaps[l]! + 1;
    if (code >= 48 && code <= 57) lineNumbers[l] = lineNumbers[l]! + 1;
    else if (code >= 97 && code <= 122) lineLower[l] = lineLower[l]! + 1;
    if (f === 3) lineHasLower[lineOf[i]!] = 1;
    else if (f === 1) lineHasUpper[lineOf[i]!] = 1;
  }
  markShouted(tokens, flags, lineOf, lineHasLower);
  // Pre-tokenised text (" .\n" line ends, CoNLL style) puts one sentence or list item on a line.
  const wrapped = !hasSpacedLineEnd(text);
  for (const s of sentences) initial[s.firstToken] = 1;
  if (tokens.length > 0) initial[0] = 1;
  // "PORTO ALEGRE, Brazil - Torrential rain…": the story's first word after an inline dateline opens a sentence.
  if (storyStart > 0) {
    let first = 0;
    while (first < tokens.length && tokens[first]!.start < storyStart) first++;
    if (first < tokens.length) initial[first] = 1;
  }
  // "ADRE, Chad - More than 20,000 refugees…": a dateline no list knows, capitalised words and commas before a
  // spaced dash opening the body, is followed by the story's first word all the same.
  if (storyStart === 0) {
    const dash = datelineDashAt(tokens, text);
    if (dash > 0 && dash + 1 < tokens.length) initial[dash + 1] = 1;
  }
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!.text;
    if (initial[i - 1] && OPENERS.has(prev)) initial[i] = 1;
    // A straight quote written against the word before it closes a quotation ('Sean "Diddy" Combs'): the
    // word after it opens nothing.
    else if (prev === ':' || prev === '“' || (prev === '"' && tokens[i - 2]?.end !== tokens[i - 1]!.start))
      initial[i] = 1;
    else if (lineOf[i] !== lineOf[i - 1] && (!wrapped || /^[.!?"\u201d]$/.test(prev))) initial[i] = 1;
  }
  // A row of a table set in columns: a figure and a gap of spaces, few lower-case words.
  const columnsOfFigures = (l: number) => lineGaps[l]! >= 1 && lineNumbers[l]! >= 1 && lineLower[l]! <= 2;
  // In parts of PART_LENGTH words, joined once (long-lists.ts).
  const parts: (Word | null)[][] = [];
  let i = 0;
  do {
    const words: (Word | null)[] = [];
    for (; i < tokens.length && words.length < PART_LENGTH; i++) {
      const token = tokens[i]!;
      const spelled = flags[i]!;
      if ((spelled & 3) === 0) {
        words.push(null);
        continue;
      }
      const l = lineOf[i]!;
      const caseless =
        forceCaseless || (lineHasUpper[l] === 1 && lineHasLower[l] === 0) || (spelled & SHOUTED_FLAG) !== 0;
      // Lower-case words are only evidence about the article's vocabulary, except the particles that
      // join names; skipping their objects keeps megabyte articles cheap.
      if (!caseless && !(spelled & (STARTS_UPPER_FLAG | JOINING_FLAG))) {
        const id = wordIds[i] ?? 0;
        if (lowerTokens && listed.get(id) !== call) {
          listed.set(id, call);
          lowerTokens.push(lowerCaseAt(field, i));
        }
        words.push(null);
        continue;
      }
      // "Brent ($/bbl) 63.20      -1.1%": a figure and a column's gap make a table's row too, and a row of
      // headings in columns over such a row ("Commodity     Price      Change") is the table's.
      const tabular =
        (lineNumbers[l]! >= 2 && lineNumbers[l]! * 3 >= lineTokens[l]!) ||
        columnsOfFigures(l) ||
        (lineGaps[l]! >= 2 &&
          lineNumbers[l]! === 0 &&
          lineLower[l]! === 0 &&
          l < line &&
          columnsOfFigures(l + 1));
      const id = wordIds[i] ?? 0;
      const form = forms.get(id) ?? forms.set(id, formOf(token.text));
      words.push(
        toWord(token, i, l, lineStartOf[i]!, caseless, initial[i] === 1, wrapped, tabular, form, id),
      );
    }
    parts.push(words);
  } while (i < tokens.length);
  return joinParts(parts);
}

/**
 * "WHO WILL PAY FOR THE DAMAGE?", "STOP THE WAR": a run of two or more capitalised words inside a line
 * that also has lower-case words, holding a word that only sentences have ("will", "for", a "the" after
 * the first word), is shouted, not named: its words are read as on an all-capitals line (a name only if
 * known or not an English word). Names in capitals keep their case reading: "NEW YORK TIMES",
 * "PRESIDENT TRUMP", "BANK OF AMERICA", "CENTERS FOR DISEASE CONTROL", "THE ECONOMIST", "U.S. FDA".
 */
/** Function words that also sit inside names and titles. */
const NAME_JOINERS = new Set(
  'of and for without on in at against to us mr mrs ms dr sir madam dear'.split(' '),
);

function markShouted(
  tokens: readonly Token[],
  flags: Uint8Array,
  lineOf: Int32Array,
  lineHasLower: Uint8Array,
): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isShoutedCandidate(tokens, flags, lineOf, lineHasLower, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      lineOf[j] === lineOf[i] &&
      isShoutedCandidate(tokens, flags, lineOf, lineHasLower, j)
    )
      j++;
    if (j - i >= 2) {
      let sentenceWord = false;
      for (let k = i; k < j && !sentenceWord; k++) {
        const lower = lowerCased(tokens[k]!.text);
        sentenceWord = FUNCTION_WORDS.has(lower) && !NAME_JOINERS.has(lower) && (k > i || lower !== 'the');
      }
      if (sentenceWord) for (let k = i; k < j; k++) flags[k] = flags[k]! | SHOUTED_FLAG;
    }
    i = j;
  }
}

function isShoutedCandidate(
  tokens: readonly Token[],
  flags: Uint8Array,
  lineOf: Int32Array,
  lineHasLower: Uint8Array,
  i: number,
): boolean {
  return (flags[i]! & 3) === 1 && lineHasLower[lineOf[i]!] === 1 && tokens[i]!.end - tokens[i]!.start >= 2;
}

// "Tripoli-based", "Amman-bound": a name turned into a modifier is not a name. ("a Taylor Swift-themed class",
// "Grammy Award-winning composer": "Taylor" and "Grammy" alone were people: read34.)
const MODIFIER_SUFFIX =
  /-(?:based|born|bound|controlled|registered|origin|led|backed|owned|run|made|style|era|related|speaking|sponsored|funded|linked|dominated|listed|area|flagged|aligned|allied|held|occupied|administered|affiliated|themed|inspired|branded|esque|like|winning|ordered)$/;

/**
 * "Anti-fraud", "UK-issued": a hyphened word ending in an ordinary lower-case word is a modifier; so is
 * an acronym before a lower-case word of any language ("PVV-leider", "AI-powered").
 */
function ordinaryLastPart(core: string): boolean {
  const dash = core.lastIndexOf('-');
  const last = core.slice(dash + 1);
  if (last.length === 0 || startsUpper(last)) return false;
  return (
    isLowerWord(last) || (dash >= 2 && ACRONYM_LEAD.test(core.slice(0, dash)) && LOWER_LETTERS.test(last))
  );
}
const ACRONYM_LEAD = /^[A-Z][A-Z0-9]+$/;
const LOWER_LETTERS = /^[a-z\u00df-\u00ff]{3,}$/;

const PRONOUN_CONTRACTION = /^i['\u2019](?:m|ve|d|ll)$/;
// What chunking asks of a word's lower-case form (see word-bits.ts).
const C_CALENDAR = WORD_BITS.bit((lower) => CALENDAR_WORDS.has(lower));
/**
 * "open on Mondays and Fridays", "Saturdays at the store": a plural weekday opens no name; after a name word it
 * stays in the name ("Happy Mondays", "TGI Fridays").
 */
const PLURAL_WEEKDAYS = new Set('mondays tuesdays wednesdays thursdays fridays saturdays sundays'.split(' '));
const C_PLURAL_WEEKDAY = WORD_BITS.bit((lower) => PLURAL_WEEKDAYS.has(lower));
const C_ABBREVIATED_LEAD = WORD_BITS.bit((lower) => ABBREVIATED_LEADS.has(lower));
const C_ORG_OR_STATE_LEAD = WORD_BITS.bit((lower) => ORG_LEADS.has(lower) || STATE_LEADS.has(lower));
/**
 * "General Agreement | on Tariffs and Trade", "Intergovernmental Panel | on Climate Change", "Convention | on
 * Biological Diversity": a pact or panel named by its subject after "on" (not after one word alone: "Agreement on
 * Trade" may open a headline's sentence).
 */
const PACT_LEADS = new Set(['agreement', 'treaty', 'convention', 'panel', 'protocol', 'forum', 'dialogue']);
const C_PACT_LEAD = WORD_BITS.bit((lower) => PACT_LEADS.has(lower));
/** A name word before the run's last ("General Agreement"; not "An Agreement", "The Treaty"). */
const nameBefore = (run: readonly Word[]) =>
  run.length > 2 || (run.length === 2 && !FUNCTION_WORDS.has(run[0]!.lower));
const C_FUNCTION = WORD_BITS.bit((lower) => FUNCTION_WORDS.has(lower));
/** "the hardest Ryder Cup I've played": the pronoun "I" with a verb's contraction is no name word. */
const C_PRONOUN_CONTRACTION = WORD_BITS.bit((lower) => PRONOUN_CONTRACTION.test(lower));

/** Vietnamese family names and middle names, before which "Thu" is a name ("Nguyen Thu Hang", "Le Thi Thu Ha"). */
const VIETNAMESE_NAME_OPENERS = new Set(
  'nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly thi van'.split(' '),
);
/** Months that are given names too: "Theresa May", "Judge April Perry". */
const MONTH_GIVEN_NAMES = new Set(['may', 'april', 'june']);

/** Last words of a competition's name after a plural's apostrophe: "Cup Winners' Cup", "Players' Championship". */
const COMPETITION_HEADS = new Set(['cup', 'championship', 'championships', 'trophy']);

/** The run and a calendar word after it are a name the lists know: "Sheffield Wednesday". */
function listedWithCalendarWord(run: readonly Word[], next: Word): boolean {
  let key = '';
  for (const w of run) key += `${w.lower} `;
  return GAZETTEER.get(key + next.lower)?.kind === 'organization';
}

/** Compound titles the title list lacks: "Undersecretary", "Vice-Chancellor". */
const TITLE_ENDING = /(?:secretary|minister|president|chancellor|commissioner|director|governor|general)$/;
/**
 * A word of a game's or a work's title joined by "of" ("Call of Duty"): an ordinary word that no name list knows
 * and that heads no title, body or place.
 */
export function workTitleWord(w: Word): boolean {
  const lower = w.lower;
  // ("Departments of Agriculture", "Undersecretary of Commerce": a body's plural head, a compound title.)
  const singular = endsWithText(lower, 's') ? lower.slice(0, -1) : lower;
  return (
    !w.caseless &&
    !w.tabular &&
    !ORG_LEADS.has(singular) &&
    !ORG_HEADS.has(singular) &&
    !TITLE_ENDING.test(lower) &&
    isLowerWordWord(w) &&
    !FUNCTION_WORDS.has(lower) &&
    !PERSON_TITLES.has(lower) &&
    !ORG_LEADS.has(lower) &&
    !ORG_HEADS.has(lower) &&
    !PLACE_HEADS.has(lower) &&
    !CALENDAR_WORDS.has(lower) &&
    !isGivenNameWord(w) &&
    !isKnownSurnameWord(w) &&
    gazetteerOfWord(w) === undefined
  );
}

/** `continuing`: the caller read a calendar word here as part of the name ("Theresa May", "Sheffield Wednesday"). */
function isNameWord(w: Word | null | undefined, continuing = false): w is Word {
  if (!w?.capitalised || w.caseless) return false;
  const lower = w.lower;
  if (w.bits & C_CALENDAR && !continuing) return false;
  if (w.bits & C_PRONOUN_CONTRACTION) return false;
  if (lower.includes('-') && (MODIFIER_SUFFIX.test(lower) || ordinaryLastPart(w.core))) return false;
  // The core's length from the offsets (end - start): `.length` of strings is a megamorphic load.
  // Single letters are initials or labels, except X (the platform) and the Irish "Ó" of a surname.
  if (w.end - w.start === 1 && w.core !== 'X' && w.core !== 'Ó') return false;
  return true;
}

/**
 * A particle that stands between two names rather than inside one: Spanish "y" before a given name or
 * between two people's full names ("Mbappé y Jude Bellingham", "Claudia Sheinbaum y Gustavo Petro": two
 * people; "Ramón y Cajal", "José Ortega y Gasset", "Minas de Almadén y Arrayanes S.A." stay one name), the
 * Portuguese "e" of two surnames likewise in English copy ("Henrique Gouveia e Melo" is one name; "e" is "and" in an
 * article in Portuguese or Italian, so it joins only in English),
 * and "van", "de", "von" after an acronym before a given name ("de PVV van Geert Wilders": the party of
 * Geert Wilders).
 */
function opensSecondName(
  run: readonly Word[],
  last: Word,
  particle: Word,
  after: Word,
  following: Word | undefined,
): boolean {
  if (particle.core === 'y' || particle.core === 'e')
    return isGivenNameWord(after) || (run.length >= 2 && isGivenNameWord(run[0]!) && isNameWord(following));
  return isAcronymWord(last) && isGivenNameWord(after);
}

/**
 * Italian and Spanish "al" ("to the", "at the"): after a full name in an article of another language it
 * opens a place, not a surname ("Sergio Mattarella al Quirinale", "Pedro S\u00e1nchez al Congreso",
 * "Ahmed Aboul Gheit al Cairo": a place the gazetteer knows always). Otherwise an Arabic name goes on: one
 * that opens with an Arabic given name ("Abdel Fattah al Sisi", "Abu Bakr al Bagdadi"), holds a "bin"/"ibn"
 * lineage, or whose word after "al" is a known surname ("Bashar al Asad" has one given name only).
 */
/**
 * Languages whose "di" is the preposition "in", never a surname particle as Italian's: "kata Menteri Keuangan Budi
 * Santoso di Jakarta" (Indonesian, Malay) is a name, then a place.
 */
const PLACE_PREPOSITION_LANGUAGES: ReadonlySet<string> = new Set(['id', 'ms']);

function prepositionAfterFullName(run: readonly Word[], particle: Word, after: Word): boolean {
  if (particle.core !== 'al' || run.length < 2) return false;
  if (isPlaceName(after.core)) return true;
  if (isKnownSurnameWord(after) || newsmakerNamed(after.core) !== undefined) return false;
  let given = false;
  for (let k = 0; k < run.length; k++) {
    const w = run[k]!;
    if (NAME_PARTICLES.has(w.core) || ARABIC_GIVEN_NAMES.has(w.lower)) return false;
    if (k < run.length - 1 && isGivenNameWord(w)) given = true;
  }
  return given;
}
const ARABIC_GIVEN_NAMES = new Set(
  'abd abdel abdul abdullah abdallah abu mohammed mohamed muhammad mohammad ahmed ahmad ali hassan hussein khalid khaled omar umar ibrahim mahmoud mustafa mostafa youssef yusuf saad saud faisal hamad tamim salman zayed khalifa'.split(
    ' ',
  ),
);

/**
 * "GroenLinks-PvdA": a hyphened word with a capital inside a part (not "McCain", "MacLeod")
 * is a party's or firm's name, so "van", "von" before it after a full name means "of" ("Frans
 * Timmermans van GroenLinks-PvdA").
 */
function isPartyShaped(core: string): boolean {
  if (!core.includes('-')) return false;
  for (const part of core.split('-')) if (INNER_CAPITAL.test(part)) return true;
  return false;
}
const INNER_CAPITAL = lazyPattern(() => /^(?!Ma?c)\p{L}+?\p{Ll}\p{Lu}/u);

/** "SPD", "CDU": all capitals, two letters or more. */
function isAcronymWord(w: Word): boolean {
  return w.end - w.start >= 2 && (caseFlags(w.core) & 2) === 0;
}

/** Company-name abbreviations whose period the tokenizer may have split off ("Inc", "."). */
const ABBREVIATED_HEADS = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'plc', 'llc']);

/** "Norwest Corp." keeps its period: the abbreviation's, even when it also ends the sentence. */
/**
 * "Musk announced it in a post on X. The company …": the one letter a name is written alone by (`isNameWord`: X,
 * the platform) keeps no sentence's full stop the tokeniser read as an initial's period (the name was "X.").
 */
function withoutSentenceStop(words: readonly Word[]): readonly Word[] {
  if (words.length !== 1) return words;
  const only = words[0]!;
  if (only.core !== 'X.') return words;
  return [
    wordWith(only, {
      core: 'X',
      lower: 'x',
      bits: WORD_BITS.of('x', -1),
      shapes: CORE_SHAPES.of('X'),
      end: only.end - 1,
    }),
  ];
}

function withAbbreviationPeriod(field: FieldText, words: readonly Word[]): readonly Word[] {
  const last = words[words.length - 1]!;
  if (words.length < 2 || last.possessive || !ABBREVIATED_HEADS.has(last.lower)) return words;
  const next = field.tokens[last.index + 1];
  if (next?.text !== '.' || next.start !== last.end) return words;
  const extended: Word = wordWith(last, {
    core: `${last.core}.`,
    lower: `${last.lower}.`,
    bits: WORD_BITS.of(`${last.lower}.`, -1),
    shapes: CORE_SHAPES.of(`${last.core}.`),
    end: next.end,
  });
  return [...words.slice(0, -1), extended];
}

/**
 * A copy of `chunk` with other words (and, when given, another initial flag, text and offsets), spelled out
 * field by field in `makeChunk`'s order instead of `{ ...chunk, words }`: V8 gives every spread site a hidden
 * class of its own, and with ~30 such sites the typing functions' reads of `chunk.words`, `chunk.field` and
 * `chunk.caseless` had gone megamorphic. Every chunk now has one hidden class. A copy keeps the chunk's text
 * and offsets unless they are given.
 */
export function chunkWith(
  chunk: Chunk,
  words: readonly Word[],
  initial = chunk.initial,
  text = chunk.text,
  start = chunk.start,
  end = chunk.end,
  before = chunk.before,
): Chunk {
  return {
    field: chunk.field,
    words,
    text,
    start,
    end,
    before,
    after: chunk.after,
    caseless: chunk.caseless,
    initial,
    work: chunk.work,
  };
}

function makeChunk(field: FieldText, chunkWords: readonly Word[], caseless: boolean, work = false): Chunk {
  const words = caseless ? chunkWords : withoutSentenceStop(withAbbreviationPeriod(field, chunkWords));
  const first = words[0]!;
  const last = words[words.length - 1]!;
  return {
    field: field.field,
    words,
    text: field.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    before: first.index - 1,
    after: last.index + 1,
    caseless,
    initial: first.initial,
    work,
  };
}

/** A model's designation after "Model": a capital letter or a number ("Model Y", "Model 3"). */
export const MODEL_DESIGNATION = lazyPattern(() => /^(?:\p{Lu}|\d{1,3})$/u);

/** Nouns after "the Trump-Lee summit", "US-China talks", "the Sinner-Alcaraz final": two sides meet or relate. */
const PAIR_NOUNS = new Set(
  'summit summits talks meeting meetings call calls deal pact accord agreement relations relationship ties rivalry match final semifinal semi-final clash fight bout duel debate dialogue negotiations alliance partnership showdown handshake feud encounter border détente rapprochement'.split(
    ' ',
  ),
);
const NAME_PAIR = letterPattern(String.raw`^(\p{Lu}[\p{L}.]*)-(\p{Lu}[\p{L}.]*)$`);
/**
 * Nouns of a way between two places: "the Warsaw-Lublin line", "the Beijing-Shanghai railway", "the
 * Lagos-Ibadan expressway". The two ends are places of their own when the lists know both as places.
 */
const ROUTE_NOUNS = new Set(
  'line route railway railroad rail highway motorway expressway road pipeline corridor flight flights ferry link'.split(
    ' ',
  ),
);

/**
 * "the Trump-Lee summit", "US-China talks", "the Sinner-Alcaraz final": two names hyphened before a noun
 * of a meeting, a relation or a match are the two sides, each a name of its own, when each is a name the
 * lists or the article know alone (not "Nagorno-Karabakh"), and the lists know no name of the whole
 * ("Rolls-Royce"). `isName` says which parts are names, `isListed` which wholes the lists know.
 * "a Russian-American dancer", "a German-Russian citizen": two peoples' words hyphened are the two
 * nationalities, before any noun (`isDemonym`); the whole is no body or person.
 */
export function splitNamePairs(
  field: FieldText,
  chunks: readonly Chunk[],
  isName: (part: string) => boolean,
  isListed: (name: string) => boolean,
  isDemonym: (part: string) => boolean = () => false,
  isPlace: (part: string) => boolean = () => false,
  isCountry: (part: string) => boolean = () => false,
): Chunk[] {
  const out: Chunk[] = [];
  for (const chunk of chunks) {
    const w = chunk.words[chunk.words.length - 1]!;
    // "The Trump-Lee summit": a sentence's capitalised article opens the chunk.
    const alone = chunk.words.every((x) => x === w || FUNCTION_WORDS.has(x.lower));
    const next = alone && !w.caseless ? field.tokens[chunk.after]?.text : undefined;
    const pair = alone && !w.caseless ? NAME_PAIR.exec(w.core) : null;
    const sides =
      pair !== null &&
      ((next !== undefined && PAIR_NOUNS.has(lowerCased(next)) && isName(pair[1]!) && isName(pair[2]!)) ||
        (next !== undefined && ROUTE_NOUNS.has(lowerCased(next)) && isPlace(pair[1]!) && isPlace(pair[2]!)) ||
        (isDemonym(pair[1]!) && isDemonym(pair[2]!)) ||
        // "US-China trade talks", "the India-Pakistan cricket match": two countries, whatever noun follows.
        (isCountry(pair[1]!) && isCountry(pair[2]!)));
    if (!pair || !sides || isListed(w.core)) {
      out.push(chunk);
      continue;
    }
    const a = pair[1]!;
    const b = pair[2]!;
    const first: Word = wordWith(w, {
      core: a,
      lower: lowerCased(a),
      shapes: CORE_SHAPES.of(a),
      end: w.start + a.length,
      possessive: false,
    });
    const second: Word = wordWith(w, {
      core: b,
      lower: lowerCased(b),
      shapes: CORE_SHAPES.of(b),
      start: first.end + 1,
      initial: false,
    });
    out.push(
      chunkWith(chunk, [first], chunk.initial, a, first.start, first.end, w.index - 1),
      chunkWith(chunk, [second], false, b, second.start),
    );
  }
  return out;
}

/**
 * A line broken by wrapping runs long; a short line ending in a name is a heading or a list item, whose
 * next line starts something else.
 */
function isWrappedLine(a: Word): boolean {
  return a.wrapped && a.end - a.lineStart >= 50;
}

/** Wrapped copy keeps its lines to a terminal's width; a longer line is a paragraph written on one line. */
const MAX_WRAP_WIDTH = 100;
/** Wire copy is wrapped ragged: a line may stop this much short of the longest before a word that fits. */
const WRAP_SLACK = 15;

/** Each field's longest line: the width its lines were wrapped at, if they were. */
const lineWidths = new WeakMap<FieldText, number>();

function longestLine(field: FieldText): number {
  let width = lineWidths.get(field);
  if (width === undefined) {
    width = 0;
    const text = field.text;
    for (let start = 0; start <= text.length; ) {
      const end = text.indexOf('\n', start);
      const stop = end < 0 ? text.length : end;
      if (stop - start > width) width = stop - start;
      start = stop + 1;
    }
    lineWidths.set(field, width);
  }
  return width;
}

/**
 * Whether the line break before `b` was made by wrapping: the field's lines are kept to a width, and the
 * word `b` opens would not have fitted on the line before. "…released by Hamas\nDonald Trump has
 * addressed…" in a live page whose paragraphs run on one line is two items, not one name.
 */
function brokenByWrapping(field: FieldText, a: Word, b: Word): boolean {
  const text = field.text;
  // A word carried over from an earlier line ("Savings\nand Loan": "and" keeps its run's line) may stand
  // on the same line as `b`: only a break between the two is judged.
  const lineBreak = text.indexOf('\n', a.end);
  if (lineBreak < 0 || lineBreak >= b.start) return true;
  // "…access to China\nThe big picture:", "…the U.S.\nIt said": a line opened by a capitalised article or
  // pronoun starts a sentence or an item, whatever the line before ends with.
  if (SENTENCE_OPENERS.has(b.core)) return false;
  let wordEnd = b.end;
  while (wordEnd < text.length) {
    const code = codeUnitAt(text, wordEnd);
    if (code === 32 || code === 10 || code === 13 || code === 9) break;
    wordEnd++;
  }
  const lineEnd = codeUnitAt(text, lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
  // The line as written, its indent included (wire copy indents paragraphs).
  const lineStart = text.lastIndexOf('\n', a.start) + 1;
  const width = longestLine(field);
  return width <= MAX_WRAP_WIDTH && lineEnd - lineStart + 1 + (wordEnd - b.start) > width - WRAP_SLACK;
}

/** Whether two adjacent tokens may belong to one name: same sentence, only spaces or one line break. */
function joinable(field: FieldText, a: Word, b: Word): boolean {
  if (b.index !== a.index + 1 || a.possessive) return false;
  // "Modi wrote on X. The U.S. had …": the platform's name ends the sentence, no initial of a name.
  if (a.core === 'X.' && field.tokens[a.index - 1]?.text === 'on') return false;
  // "in the U.S. The company", "Washington, D.C. The talks": a stop, then a word that opens sentences.
  if (SENTENCE_OPENERS.has(b.core) && codeUnitAt(field.text, a.end - 1) === 46) return false;

  if (
    b.line !== a.line &&
    (b.line - a.line > 1 || a.caseless || b.caseless || !isWrappedLine(a) || !brokenByWrapping(field, a, b))
  )
    return false;
  const text = field.text;
  // "José Antonio Kast    Republican Party", "Rob Jetten\tD66": on one line, a tab or three spaces are a
  // table's column gap, which no name holds (a wrapped line's indent after its line break is no gap;
  // justified wire copy puts two spaces inside names: "Dresdner  Bank AG").
  let spaces = 0;
  let lineBreak = false;
  for (let c = a.end; c < b.start; c++) {
    const code = codeUnitAt(text, c);
    if (code === 32 || code === 0xa0) spaces++;
    else if (code === 10 || code === 13) lineBreak = true;
    else if (code === 9) spaces += 3;
    else return false;
  }
  return a.end < b.start && (lineBreak || spaces < 3);
}

const DASHES = new Set(['-', '–', '—', '--']);
/**
 * The index of a spaced dash among a body's first eight tokens when only capitalised words and commas come
 * before it ("ADRE, Chad -", "KOUROU, French Guiana —"); -1 otherwise.
 */
function datelineDashAt(
  tokens: readonly { text: string; start: number; end: number }[],
  text: string,
): number {
  for (let i = 1; i < tokens.length && i < 8; i++) {
    const t = tokens[i]!.text;
    if (DASHES.has(t))
      return codeUnitAt(text, tokens[i]!.start - 1) === 32 && codeUnitAt(text, tokens[i]!.end) === 32
        ? i
        : -1;
    if (t !== ',' && !startsUpper(t)) return -1;
  }
  return -1;
}

/** A capital letter, maybe with a period, that closes a listed stage name ("Cardi B", "Lil Nas X."). */
function stageLetterAt(field: FieldText, w: Word): boolean {
  const code = codeUnitAt(field.text, w.start);
  if (code < 65 || code > 90 || (w.end - w.start === 2 && codeUnitAt(field.text, w.start + 1) !== 46))
    return false;
  return stageNameEndsInLetter(w.core.charAt(0).toLowerCase(), (k) =>
    lowerCased(field.tokens[w.index - k]?.text ?? ''),
  );
}

/**
 * Capitalised runs on mixed-case lines: "Phil Simmons", "Bank of England", "Han\nZheng". A particle
 * ("de", "van") or "of" after an organisation or place lead joins the run when a capital follows.
 */
/** Whether the word at `k` is a results line's committee code right after a name word on its line. */
function resultCodeAfterName(field: FieldText, words: readonly (Word | null)[], k: number): boolean {
  const code = words[k];
  const name = words[k - 1];
  return (
    code != null &&
    name != null &&
    name.line === code.line &&
    isResultCode(code.core, field.tokens[k + 1]?.text) &&
    isNameWord(name)
  );
}

export function mixedCaseChunks(
  field: FieldText,
  words: readonly (Word | null)[],
  english = true,
  language = 'en',
): Chunk[] {
  const placeParticles = PLACE_PREPOSITION_LANGUAGES.has(language);
  const chunks: Chunk[] = [];
  let i = 0;
  const n = words.length;
  while (i < n) {
    const w = words[i];
    // "R v Letby", "R v Thames Water": the Crown's initial opens a criminal case's name.
    if (w?.core === 'R' && field.tokens[i + 1]?.text === 'v' && isNameWord(words[i + 2])) {
      const caseEnd = caseNameEnd(field, words, i + 2);
      chunks.push(makeChunk(field, words.slice(i, caseEnd + 1).filter(isWord), false, true));
      i = caseEnd + 1;
      continue;
    }
    if (
      !w ||
      !(
        (isNameWord(w) && !(w.bits & C_PLURAL_WEEKDAY)) ||
        calendarNameStart(field, words, i) ||
        calendarPaperAt(field, words, i)
      ) ||
      (resultCodeAfterName(field, words, i) && hasLower(words[i - 1]!.core))
    ) {
      // "the Hamas-run health ministry", "Hezbollah-linked groups": a listed body before the hyphen is named.
      const body = w ? bodyBeforeParticiple(w) : undefined;
      if (body) chunks.push(makeChunk(field, [body], false));
      i++;
      continue;
    }
    // '"Annie Hall"', '“Father of the Bride”': a title in quotation marks is one name, small words and all.
    const titleEnd = quotedTitleEnd(field, words, i);
    if (titleEnd > i) {
      const title: Word[] = [];
      for (let k = i; k <= titleEnd; k++) if (words[k]) title.push(words[k]!);
      chunks.push(makeChunk(field, title, false, true));
      i = titleEnd + 1;
      continue;
    }
    // "Hall of Famer Joe Montana", "Fellow Hall of Famers Pedro Martinez": the honour's roll before a name is
    // its holder's title, no hall's name ("Famer" then opens the run as a title would).
    if (w.lower === 'hall' && field.tokens[i + 1]?.text === 'of' && FAMER.has(words[i + 2]?.lower ?? '')) {
      i += 2;
      continue;
    }
    const run: Word[] = [w];
    // "linked to al Qaeda", "fighters of al Shabaab": in English copy the Arabic article written apart, in
    // lower case, opens the name it precedes (Spanish "al Congreso" is "to the"; an English word after it
    // is no Arabic name).
    const article = english && i > 1 ? words[i - 1] : null;
    if (
      article?.core === 'al' &&
      !isNameWord(words[i - 2]) &&
      !isLowerWordWord(w) &&
      joinable(field, article, w)
    )
      run.unshift(article);
    let j = i;
    let caseName = false;
    while (j + 1 < n) {
      const last = run[run.length - 1]!;
      const next = words[j + 1];
      // "Guns N' Roses", "Guns N\u2019 Roses": a band's "N'" (for "and") between two capitalised words joins them.
      const afterLetter = field.tokens[j + 2]?.text;
      if (
        field.tokens[j + 1]?.text === 'N' &&
        (afterLetter === "'" || afterLetter === '\u2019') &&
        field.tokens[j + 1]!.start === last.end + 1 &&
        field.tokens[j + 2]!.start === field.tokens[j + 1]!.end &&
        isNameWord(words[j + 3])
      ) {
        if (next) run.push(next);
        run.push(words[j + 3]!);
        j += 3;
        continue;
      }
      // "Queen Elizabeth I", "Pedro I of Brazil": a monarch's first numeral (no pronoun after a title and a
      // given name, or before "of"). A lower-case word after it makes it the pronoun ('"When I met King
      // Charles I was shaking"'), save a few of a reign's words ("born", "died"): read22 F7.
      if (
        next?.core === 'I' &&
        last.end + 1 === next.start &&
        ((run.length >= 2 && MONARCH_TITLES.has(run[run.length - 2]!.lower) && !lowerWordAt(field, j + 2)) ||
          (isGivenNameWord(last) && field.tokens[j + 2]?.text === 'of'))
      ) {
        run.push(next);
        j++;
        break;
      }
      // "Cardi B said", "hosted by Cardi B. Taylor Swift": a listed stage name's closing letter ends the
      // name (without a period after it, which ends the sentence).
      // "Serie A", "in Serie B.": Italy's leagues by a letter (the letter ends the name, as a stage name's).
      if (
        next &&
        next.end - next.start <= 2 &&
        last.end + 1 === next.start &&
        (stageLetterAt(field, next) || (last.lower === 'serie' && LEAGUE_LETTER.test(next.core)))
      ) {
        const letter = next.core.charAt(0);
        run.push(
          next.end - next.start === 1
            ? next
            : wordWith(next, {
                core: letter,
                lower: letter.toLowerCase(),
                bits: WORD_BITS.of(letter.toLowerCase(), -1),
                shapes: CORE_SHAPES.of(letter),
                end: next.start + 1,
              }),
        );
        j++;
        break;
      }
      // "Beatrice Chebet KEN 28:54.14": a results line's code after the name ends it.
      if (next && hasLower(last.core) && resultCodeAfterName(field, words, j + 1)) break;
      // "Japanese PM Ishiba", "South Korean PM Kim": a demonym ends before the prime minister's abbreviation, and
      // "PM Ishiba" is read as a title and a name (classify.ts), as after a country ("Japan PM Ishiba").
      if (next?.core === 'PM' && run.length <= 2 && isNameWord(words[j + 2]) && demonymRun(run)) break;
      // Only "May" after a given name needs the given-name test ("Theresa May"); skip it for other words.
      // "Judge April Perry", "Governor June Walker": a month that is a given name, between a person's title
      // and a name word, opens the holder's name.
      if (
        isNameWord(
          next,
          (next?.lower === 'may' && isGivenNameWord(last)) ||
            // "Sheffield Wednesday 2 Aston Villa 1": a weekday ending a name the lists know (wild39b ★7).
            (next != null && (next.bits & C_CALENDAR) !== 0 && listedWithCalendarWord(run, next)) ||
            (next != null &&
              MONTH_GIVEN_NAMES.has(next.lower) &&
              PERSON_TITLES.has(last.lower) &&
              isNameWord(words[j + 2]) &&
              joinable(field, next, words[j + 2]!)) ||
            // "Xiaomi founder Lei Jun", "Wang Jun said": a month's short form after a family name that comes
            // first (no date's number after it) is the given name, no June (wild49 E13).
            (next != null &&
              (next.bits & C_CALENDAR) !== 0 &&
              MONTH_SHORT_FORMS.has(next.lower) &&
              FAMILY_NAMES_FIRST.has(last.core) &&
              !startsWithDigit(field.tokens[j + 2]?.text ?? '')) ||
            // "HSBC economist Nguyen Thu Hang": "Thu" inside a Vietnamese name is no Thursday.
            (next?.lower === 'thu' &&
              VIETNAMESE_NAME_OPENERS.has(last.lower) &&
              isNameWord(words[j + 2]) &&
              joinable(field, next, words[j + 2]!)),
        ) &&
        joinable(field, last, next)
      ) {
        run.push(next);
        j++;
        continue;
      }
      // "Park Ji-young", "Kim Min-jun": a hyphened given name whose last syllable is an English word.
      if (
        next?.capitalised &&
        !next.caseless &&
        // ("South Korean President Moon Jae-in": a title right before the family name.)
        (run.length <= 3 || PERSON_TITLES.has(run[run.length - 2]!.lower)) &&
        isHyphenedGivenName(last, next) &&
        // ("Hong Kong-based")
        !MODIFIER_SUFFIX.test(next.lower) &&
        joinable(field, last, next)
      ) {
        run.push(next);
        j++;
        continue;
      }
      // "St. Louis", "Mt. Everest", "Ft. Worth": the tokenizer splits the abbreviation's period off before a
      // capital; the saint or the mountain opens the name that follows.
      // "Amon-Ra St. Brown", "Jordan St. Cyr": "St." inside a run is a saint's surname's first word.
      if (
        !next &&
        (run.length === 1 ||
          // "The St. Louis Fed said", "In Ft. Worth": a sentence's capitalised function word before it.
          (run.length === 2 && run[0]!.bits & C_FUNCTION) ||
          ((last.lower === 'st' || last.lower === 'ste') &&
            run.length === 2 &&
            saintSurnameAfter(run[0]!))) &&
        last.bits & C_ABBREVIATED_LEAD
      ) {
        const period = field.tokens[j + 1];
        const after = words[j + 2];
        if (
          period?.text === '.' &&
          period.start === last.end &&
          isNameWord(after) &&
          !(after.bits & C_FUNCTION) &&
          joinable(field, wordWith(last, { end: period.end, index: j + 1 }), after)
        ) {
          run[run.length - 1] = wordWith(last, {
            core: `${last.core}.`,
            lower: `${last.lower}.`,
            bits: WORD_BITS.of(`${last.lower}.`, -1),
            shapes: CORE_SHAPES.of(`${last.core}.`),
            end: period.end,
          });
          run.push(after);
          j += 2;
          continue;
        }
      }
      // 'Ramesh "Sunny" Balwani', 'Joaquín "El Chapo" Guzmán': a quoted nickname between a given name
      // and the surname belongs to the mention, not to the name. Also after two given names and before a
      // surname's particles ('Luiz Inácio "Lula" da Silva') and after a title ('President Jorge "Tuto" Quiroga').
      if (!next && beforeNickname(run)) {
        const rest = nicknameThenSurname(field, words, j);
        if (rest) {
          // A nickname in brackets ends the name at its surname: "Jonathan (Jon) Rahm Spain 66" is a results line.
          const bracketed = field.tokens[j + 1]!.text === '(';
          run.push(...rest);
          j = rest[rest.length - 1]!.index;
          if (bracketed) break;
          continue;
        }
      }
      // "SK hynix", "LG display": a firm's initials and a word it writes in lower case, when a list names
      // the two words as one firm.
      if (!next && run.length === 1 && isAcronymWord(last)) {
        const token = field.tokens[j + 1];
        const c = token === undefined ? 0 : codeUnitAt(token.text, 0);
        if (
          c >= 97 &&
          c <= 122 &&
          token!.start === last.end + 1 &&
          GAZETTEER.get(`${last.lower} ${lowerCased(token!.text)}`)?.kind === 'organization'
        ) {
          run.push(toWord(token!, j + 1, last.line, last.lineStart, false, false));
          j++;
          continue;
        }
      }
      // "United Nations Interim Force in Lebanon (UNIFIL)": the acronym in brackets spells the name through "in"
      // (which is no joining word: "Interim Force" would end at it).
      if (!next && run.length >= 2 && field.tokens[j + 1]?.text === 'in' && isNameWord(words[j + 2])) {
        const tail =
          acronymSpelledTail(field, words, run, j + 2, 'I') ?? groupInCountryTail(field, words, run, j + 2);
        if (tail) {
          run.push(toWord(field.tokens[j + 1]!, j + 1, last.line, last.lineStart, false, false), ...tail);
          j = tail[tail.length - 1]!.index;
          continue;
        }
      }
      // "van der", "de la": particles in a row before the capitalised surname.
      if (next && NAME_PARTICLES.has(next.core) && NAME_PARTICLES.has(words[j + 2]?.core ?? '')) {
        const third = words[j + 3];
        const second = words[j + 2]!;
        if (
          isNameWord(third) &&
          !isAcronymWord(third) &&
          joinable(field, last, next) &&
          joinable(field, next, second) &&
          joinable(field, second, third)
        ) {
          run.push(next, second, third);
          j += 3;
          continue;
        }
      }
      // "Tesla Model Y", "the Model 3": a model's letter or number after "Model" ends the product's name.
      if (last.lower === 'model' && run.length > 1 && !last.caseless) {
        const code = field.tokens[j + 1];
        if (
          code &&
          code.start === last.end + 1 &&
          MODEL_DESIGNATION.test(code.text) &&
          !startsWithDigit(field.tokens[j + 2]?.text ?? '')
        ) {
          run.push(
            wordWith(last, {
              index: j + 1,
              core: code.text,
              lower: lowerCased(code.text),
              shapes: CORE_SHAPES.of(code.text),
              start: code.start,
              end: code.end,
              possessive: false,
              initial: false,
            }),
          );
          j++;
          break;
        }
      }
      // "the S&P 500", "France's CAC 40", "the FTSE 100 index": a stock index's number is part of its name.
      if (!next && isIndexName(last)) {
        const number = indexNumberAt(field, j + 1, last);
        if (number) {
          run.push(number);
          j++;
          break;
        }
      }
      // "Democratic Republic of the Congo", "Kingdom of Saudi Arabia": states named like institutions.
      let expansion =
        last.bits & C_ORG_OR_STATE_LEAD ||
        (field.tokens[j + 1]?.text === 'on' && last.bits & C_PACT_LEAD && nameBefore(run)) ||
        (field.tokens[j + 1]?.text === 'to' && last.lower === 'campaign') ||
        // "U.S. Court of Appeals for the Federal Circuit", "Court of Appeal for Ontario": the circuit a court
        // of appeals sits for goes on with its name.
        // Not an aid appeal ("a Flash Appeal for Sudan"): only a court's.
        (field.tokens[j + 1]?.text === 'for' &&
          (last.lower === 'appeals' || last.lower === 'appeal') &&
          run.some((w) => w.lower === 'court'))
          ? orgNameTail(field, words, j)
          : null;
      // "Monetary Authority of Singapore": an authority goes on through "of" to its place only, not to the office
      // holder or body it answers to ("the Palestinian Authority of President Mahmoud Abbas").
      if (expansion && PLACE_ONLY_LEADS.has(last.lower) && !authorityOfPlace(expansion)) expansion = null;
      // "the Eastern Economic Forum on Russky Island", "a hearing on Capitol Hill": "on" before a place is where the
      // body meets, not its subject (read25 F13).
      if (
        expansion &&
        field.tokens[j + 1]?.text === 'on' &&
        PLACE_HEADS.has(expansion[expansion.length - 1]!.lower)
      )
        expansion = null;
      if (expansion) {
        for (const x of expansion) run.push(x);
        j = expansion[expansion.length - 1]!.index;
        continue;
      }
      // "of", "de", "&" between two capitalised words.
      const after = words[j + 2];
      if (next && isNameWord(after) && joinable(field, last, next) && joinable(field, next, after)) {
        const lowerNext = next.lower;
        const lowerLast = last.lower;
        // "Lars Klingbeil von der SPD": a particle opens a surname, not an acronym.
        const particle =
          (NAME_PARTICLES.has(next.core) || (english && next.core === 'e')) &&
          (!DUTCH_ONLY_PARTICLES.has(next.core) || isGivenNameWord(last)) &&
          !last.possessive &&
          !isAcronymWord(after) &&
          !opensSecondName(run, last, next, after, words[j + 3] ?? undefined) &&
          (english || !prepositionAfterFullName(run, next, after)) &&
          !(placeParticles && next.core === 'di') &&
          !(run.length >= 2 && isPartyShaped(after.core)) &&
          !(run.length >= 2 && countryAfterParticle(after.core, language));
        // "the Duke of York", "Prince of Wales": a title of nobility and its place, as a run's first name word.
        const nobleOf =
          NOBLE_TITLES.has(lowerLast) && run.every((x) => x === last || FUNCTION_WORDS.has(x.lower));
        // "the Government of National Unity": a government named by what it is, not by its country's name.
        const governmentOf = lowerLast === 'government' && !isPlaceName(after.core);
        // "the Line of Actual Control", "the Line of Contact": a boundary named by ordinary words after "of".
        const lineOf = lowerLast === 'line' && isLowerWordWord(after);
        // "the Directorate General of Health Services", "Directorate General of Civil Aviation": a directorate's
        // "General" is no title there (wild49 E14).
        const directorateOf =
          lowerLast === 'general' && run.length >= 2 && run[run.length - 2]!.lower.startsWith('directorate');
        // "the Africa Cup of Nations", "the Gulf Cup of Nations", "the World Cup of Hockey": a named cup goes on
        // through "of" to the word that says whose cup it is (not to a place or a person: "the Davis Cup of Spain").
        const cupOf =
          lowerLast === 'cup' &&
          run.length >= 2 &&
          isLowerWordWord(after) &&
          !isGivenNameWord(after) &&
          !isPlaceName(after.core);
        const ofName =
          lowerNext === 'of' &&
          (ORG_LEADS.has(lowerLast) ||
            // "the Royal Courts of Justice", "the Inns of Court": an organisation's lead in the plural.
            (run.length >= 2 && pluralOrgLead(lowerLast)) ||
            pluralBodyOf(run, last, after) ||
            // "the Battle of Britain", "the Treaty of Rome", "the Siege of Leningrad": an event and its place.
            (EVENT_OF_LEADS.has(lowerLast) && run.every((x) => x === last || FUNCTION_WORDS.has(x.lower))) ||
            PLACE_HEADS.has(lowerLast) ||
            nobleOf ||
            governmentOf ||
            lineOf ||
            directorateOf ||
            cupOf ||
            (lowerLast === 'congress' && congressOfName(words, j + 2))) &&
          !(LEADERS_BODIES.has(lowerLast) && leaderAfterOf(words, j + 2)) &&
          // "Monetary Authority of Singapore", not "the Palestinian Authority of President Mahmoud Abbas".
          !(PLACE_ONLY_LEADS.has(lowerLast) && !placeAfterOf(words, j + 2));
        // "sales of Call of Duty", "Age of Empires", "Clash of Clans": two capitalised ordinary words joined by
        // "of" inside a sentence name a game or a work ("Minister of Defence": a title; "Bank of England": above).
        const workOf =
          lowerNext === 'of' &&
          run.length === 1 &&
          !last.initial &&
          !last.possessive &&
          workTitleWord(last) &&
          workTitleWord(after) &&
          !isNameWord(words[j + 3]);
        // "the Line of Actual Control (LAC)", "Joint Chiefs of Staff (JCS)": the acronym the text gives in
        // brackets spells the name through "of".
        const spelledOf =
          !particle && !ofName && lowerNext === 'of'
            ? acronymSpelledTail(field, words, run, j + 2, 'O')
            : null;
        if (spelledOf) {
          run.push(next, ...spelledOf);
          j = spelledOf[spelledOf.length - 1]!.index;
          continue;
        }
        // "Bangko Sentral ng Pilipinas", "Komisyon ng Wikang Filipino": Filipino "ng" (of) inside a body's name.
        const filipinoOf = next.core === 'ng' && !last.possessive;
        if (particle || ofName || workOf || filipinoOf) {
          run.push(next, after);
          j += 2;
          continue;
        }
      }
      // "Law and Justice (PiS)", "Alternative for Germany (AfD)": two words joined by "and" or "for" before a
      // bracketed acronym are one body's name, whatever language the acronym spells.
      if (!next && run.length === 1 && isNameWord(after) && bracketedAcronymAfter(field, last, after)) {
        run.push(after);
        j += 2;
        break;
      }
      const coordinated =
        !next && field.tokens[j + 1]?.text === 'and' ? coordinatedOrgTail(field, words, run, j) : null;
      if (coordinated) {
        for (const x of coordinated) run.push(x);
        j = coordinated[coordinated.length - 1]!.index;
        continue;
      }
      // "Standard and Poor's", "Ernst and Young": a firm the lists know by a name joined with "and".
      const knownAnd =
        !next && field.tokens[j + 1]?.text === 'and'
          ? (knownNameWithAnd(field, words, run, j) ??
            pairBodyTail(field, words, run, j, true) ??
            pairBodyTail(field, words, run, j, false))
          : null;
      if (knownAnd) {
        run.push(...knownAnd);
        j = knownAnd[knownAnd.length - 1]!.index;
        continue;
      }
      // "Save the Children", "Friends of the Earth": a listed body whose name goes on through "the".
      const knownThe = knownNameWithThe(field, words, run, j);
      if (knownThe) {
        run.push(...knownThe);
        j = knownThe[knownThe.length - 1]!.index;
        continue;
      }
      // "the Jamm ak Njariñ coalition", "Fichtel und Sachs AG", "Dar es Salaam": in English copy another
      // language's "and" or article between two capitalised words joins them in one name.
      if (!next && english && isNameWord(after) && foreignParticleAt(field, j + 1)) {
        const particle = andAfter(field, last, j + 1);
        if (joinable(field, last, particle) && joinable(field, particle, after)) {
          run.push(particle, after);
          j += 2;
          continue;
        }
      }
      // "The Mail on Sunday", "the Independent on Sunday": two papers named with their day; "on Sunday"
      // after any other name, or after these without "the", is a date ("Independent on Sunday said").
      if (
        (last.lower === 'mail' || last.lower === 'independent') &&
        field.tokens[j + 1]?.text === 'on' &&
        words[j + 2]?.core === 'Sunday' &&
        lowerCased(run.length === 1 ? (field.tokens[j - 1]?.text ?? '') : run[run.length - 2]!.core) === 'the'
      ) {
        if (words[j + 1]) run.push(words[j + 1]!);
        run.push(words[j + 2]!);
        j += 2;
        break;
      }
      if (!next && field.tokens[j + 1]?.text === '&' && isNameWord(after)) {
        run.push(after);
        j += 2;
        continue;
      }
      // "Trump v. Slaughter", "Learning Resources v. Trump": the parties of a case joined by "v." (a
      // fixture's "v" has no period) are the case's name, a work's.
      // "cited Smith v Jones", "the court's ruling in Donoghue v Stevenson": without the period, a legal
      // word in the sentence tells the case from a fixture ("Manchester City v Chelsea").
      const plainVersus =
        !next &&
        field.tokens[j + 1]?.text === 'v' &&
        isNameWord(words[j + 2]) &&
        field.tokens[j + 1]!.start === last.end + 1 &&
        legalWordNear(field, run[0]!.index, j + 2);
      if (plainVersus || (!next && versusWithPeriod(field, j + 1) && isNameWord(words[j + 3]))) {
        const caseEnd = caseNameEnd(field, words, plainVersus ? j + 2 : j + 3);
        for (let k = j + 1; k <= caseEnd; k++) if (words[k]) run.push(words[k]!);
        // "In Learning Resources v. Trump": a sentence's opening function word is no party's.
        let first = 0;
        while (run[first]!.bits & C_FUNCTION) first++;
        // "Humphrey's Executor v. United States": a party named in the possessive was read as a name of its own.
        const owner = first === 0 ? chunks[chunks.length - 1] : undefined;
        const ownerWord = owner?.words.length === 1 ? owner.words[0]! : undefined;
        // Not an owner the text names by itself: a known person or place ("Musk's X Corp v. Media Matters",
        // "Britain's Prince Harry v. Associated Newspapers") keeps its own entity (read38).
        if (
          ownerWord?.possessive &&
          ownerWord.index === run[0]!.index - 1 &&
          newsmakerNamed(ownerWord.core) === undefined &&
          lookupPlace(ownerWord.core) === undefined
        ) {
          chunks.pop();
          run.unshift(wordWith(ownerWord, { possessive: false, end: field.tokens[ownerWord.index]!.end }));
        }
        chunks.push(makeChunk(field, run.slice(first), false, true));
        j = caseEnd;
        caseName = true;
        break;
      }
      // "Moody's Investors Service Inc": a possessive inside a company name that ends in Inc, Corp...
      // "Pakistan People 's Party", "Boatmen 's Bancshares Inc.": pre-tokenised text spaces the "'s" off.
      // The tokenizer splits the spaced "'s" into the apostrophe and "s".
      const spaced = next ? undefined : field.tokens[j + 2];
      const spacedPossessive =
        spaced !== undefined &&
        spaced.text === 's' &&
        !last.possessive &&
        codeUnitAt(field.text, last.end) === 32 &&
        (field.tokens[j + 1]!.text === "'" || field.tokens[j + 1]!.text === '’') &&
        field.tokens[j + 1]!.start === last.end + 1 &&
        spaced.start === last.end + 2;
      if ((last.possessive || spacedPossessive) && run.length <= 3) {
        let k = spacedPossessive ? j + 3 : j + 1;
        let previous: Word = spacedPossessive
          ? wordWith(last, { index: j + 2, end: spaced!.end })
          : wordWith(last, { possessive: false, end: field.tokens[last.index]!.end });
        const tail: Word[] = [];
        while (k < n && tail.length < 4) {
          const wk = words[k];
          if (!isNameWord(wk, false) || !joinable(field, previous, wk)) break;
          tail.push(wk);
          previous = wk;
          k++;
          if (wk.possessive) break;
        }
        const end = tail[tail.length - 1];
        // "Lloyd's of London": no possessive stands before "of"; the "'s" is the name's, and so is the town.
        const ofAt = spacedPossessive ? j + 3 : j + 1;
        const of = tail.length === 0 && run.length <= 2 ? words[ofAt] : null;
        if (of?.lower === 'of') {
          const town = words[ofAt + 1];
          if (
            isNameWord(town) &&
            !isNameWord(words[ofAt + 2]) &&
            isPlaceName(town.core) &&
            joinable(field, previous, of) &&
            joinable(field, of, town)
          ) {
            run.push(of, town);
            j = ofAt + 1;
            continue;
          }
        }
        // "St Peter's Square", "St Thomas' Hospital": a saint's name is a place or a body with what follows;
        // "New Year's Eve", "Valentine's Day": a day named after someone or something.
        const saints = SAINT_LEADS.has(run[0]!.lower) && tail.length <= 2;
        const namedDay = tail.length === 1 && NAMED_DAYS.has(end?.lower ?? '');
        // "King's Cross", "Queen's Park", "Prince's Trust": a place or a body named after a royal.
        const royal = run.length === 1 && ROYAL_POSSESSIVES.has(last.lower) && tail.length === 1;
        // "Trump's Republican Party", "Sunak's Conservative government": a party or a government is its
        // leader's, not a firm named with a possessive.
        // "European People's Party" is named so.
        // "Hasina's Awami League": so is a league (a political one; a club's league is no firm's name either).
        const leaders =
          end !== undefined &&
          (LEADERS_BODIES.has(end.lower) ||
            // (not "Chelsea's Champions League", "Arsenal's Premier League": a sports league's ordinary word)
            (end.lower === 'league' &&
              tail.length >= 2 &&
              // "Suu Kyi's National League for Democracy": a league for a cause is a political one.
              (!isLowerWordWord(tail[0]!) || field.tokens[k]?.text === 'for'))) &&
          !isLowerWordWord(last);
        // "Brazil's Supreme Court", "Russia's Defence Ministry": a country's possessive says whose body it
        // is; the country is a name of its own, not the first words of the body's.
        // "Turkey's Turkish Airlines": a country the word lists read as another thing (a bird) too.
        const runKey = run.map((w) => w.lower).join(' ');
        // "Moscow's Central Clinical Hospital": so does a town's (the place gazetteer's cities).
        const country =
          GAZETTEER.get(runKey)?.kind === 'country' ||
          (end !== undefined && lookupPlace(run.map((w) => w.core).join(' '))?.kind === 'country') ||
          (end !== undefined && run.length === 1 && lookupPlace(last.core)?.kind === 'city');
        if (
          end &&
          (ORG_HEADS.has(end.lower) || saints || namedDay || royal) &&
          !end.possessive &&
          // "First Chicago Corp's First National Bank": a legal form closes the owner's name.
          !isLegalFormWord(last.core) &&
          !leaders &&
          !country &&
          // "the Bank's Monetary Policy Committee", "the IMF's Executive Board": the owner's body.
          // (A sentence's "The" opens the run there.)
          !(
            (run.length === 1 || (run.length === 2 && run[0]!.lower === 'the')) &&
            ownsWhatFollows(field, words, last, tail[0]!)
          ) &&
          // "Trump's Justice Department", "Biden's White House": a state's body is its owner's.
          !(run.length === 1 && !saints && !royal && ownsStateBody(last, tail)) &&
          // "Khalifa Haftar's Libyan National Army", "Mukesh Ambani's Reliance Industries": a person named in
          // full owns the body after it (review31 ★10); "Trader Joe's Co" opens with no given name.
          // "Jack Ma's Ant Group", "Bill Gates's foundation": a surname that is also an ordinary word still owns.
          !(
            run.length === 2 &&
            isGivenNameWord(run[0]!) &&
            !isLowerWordWord(run[0]!) &&
            (!isLowerWordWord(last) || isKnownSurnameWord(last) || FAMILY_NAMES_FIRST.has(last.core))
          )
        ) {
          run.push(...tail);
          j = k - 1;
          continue;
        }
        // "National People's Power (NPP)": the acronym the text gives in brackets spells the name.
        // "Dissanayake's National People's Power alliance": an ordinary word's possessive inside a name
        // that a party's or alliance's noun follows.
        if (
          !country &&
          tail.length > 0 &&
          !end!.possessive &&
          (spellsInitials(field, run, tail) ||
            (isLowerWordWord(last) &&
              !last.caseless &&
              // Inside a name that began before it, not a title's ("the Prime Minister's Conservative
              // party", "The Premier's Liberal party", "Labour's Green New Deal movement": read19).
              run.length >= 2 &&
              !PERSON_TITLES.has(last.lower) &&
              !PERSON_TITLES.has(run[0]!.lower) &&
              BODY_NOUNS_AFTER.has(field.tokens[end!.index + 1]?.text ?? '')))
        ) {
          run.push(...tail);
          j = k - 1;
          continue;
        }
        // "Cox's Bazar": a town the place gazetteer names with the possessive.
        const placeEnd = country ? 0 : possessivePlaceLength(field, run[0]!, tail);
        if (placeEnd > 0) {
          run.push(...tail.slice(0, placeEnd));
          j = tail[placeEnd - 1]!.index;
          continue;
        }
      }
      // "St Thomas' Hospital", "Workers' Party": a bare apostrophe after an "s" is a possessive the
      // tokenizer split off; a saint's name or a body's head word runs the name on over it.
      // Pre-tokenised text spaces it off ("Toronto Bond Traders ' Association").
      const apostrophe = field.tokens[j + 1];
      if (
        !next &&
        run.length <= 3 &&
        (apostrophe?.text === "'" || apostrophe?.text === '’') &&
        (apostrophe.start === last.end ||
          (apostrophe.start === last.end + 1 && field.text[last.end] === ' ')) &&
        (last.core.endsWith('s') || last.core.endsWith('S'))
      ) {
        const tail: Word[] = [];
        let previous: Word = wordWith(last, { index: j + 1, end: apostrophe.end });
        for (let k = j + 2; k < n && tail.length < 3; k++) {
          const wk = words[k];
          if (!isNameWord(wk, false) || wk.possessive || !joinable(field, previous, wk)) break;
          tail.push(wk);
          previous = wk;
        }
        // Up to the body's head word ("Lay Volunteers ' International Organisation") or a competition's
        // right after the apostrophe ("European Cup Winners' Cup", "the Players' Championship": wild39b ★7;
        // "the Londoners' FA Cup run" is a club's possessive before a name of its own).
        while (
          tail.length > 0 &&
          !ORG_HEADS.has(tail[tail.length - 1]!.lower) &&
          !(tail.length === 1 && COMPETITION_HEADS.has(tail[0]!.lower))
        ) {
          // ("At St James' Park": a sentence's capitalised function word may open the run before the saint.)
          if (tail.length === 1 && (SAINT_LEADS.has(run[0]!.lower) || saintAfterOpening(run))) break;
          tail.pop();
        }
        // "the Philippines' Coast Guard": a country's possessive says whose body it is, as with "'s" above.
        if (tail.length > 0 && !isCountryRun(run)) {
          for (const x of tail) run.push(x);
          j = tail[tail.length - 1]!.index;
          continue;
        }
      }
      // "U.S.-China Business Council": an abbreviation hyphened to a name, when the name goes on.
      const hyphen = field.tokens[j + 1];
      const beyond = words[j + 3];
      if (
        !next &&
        hyphen?.text === '-' &&
        endsWithText(last.core, '.') &&
        hyphen.start === last.end &&
        isNameWord(after) &&
        after.start === hyphen.end &&
        isNameWord(beyond) &&
        joinable(field, after, beyond)
      ) {
        run.push(after, beyond);
        j += 3;
        continue;
      }
      break;
    }
    // "The Michael Stoute-trained colt", "the Gordon Brown-led government": the surname before the hyphen ends
    // the person's name.
    const surname = caseName ? undefined : surnameBeforeParticiple(field, words, run[run.length - 1]!);
    if (surname) run.push(surname);
    // "San Francisco-based", "New York-born": the run opens a modifier the hyphen ended, not a name.
    if (!caseName && !opensModifier(field, words, run[run.length - 1]!))
      chunks.push(makeChunk(field, run, false));
    i = j + 1;
  }
  return joinListSpelledByAcronym(field, words, chunks, (joined) => makeChunk(field, joined, false));
}

/** Whether a run is a country's name, after any function word opening it ("the Philippines"). */
function isCountryRun(run: readonly Word[]): boolean {
  let first = 0;
  while (first < run.length - 1 && run[first]!.bits & C_FUNCTION) first++;
  let name = run[first]!.lower;
  for (let k = first + 1; k < run.length; k++) name += ` ${run[k]!.lower}`;
  return GAZETTEER.get(name)?.kind === 'country';
}

/** Nouns of parties and alliances after their name, in lower case: "the National People's Power alliance". */
const BODY_NOUNS_AFTER = new Set(['party', 'alliance', 'coalition', 'movement', 'front', 'bloc']);

/** An acronym in brackets: "(LAC)", "(NPP)", "(Busa)". */
const BRACKETED_ACRONYM = lazyPattern(() => /^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u);

/** The one token between "(" and ")" right after the token at `index` ("Busa" of "… South Africa (Busa)"). */
export function wordInBracketsAfter(tokens: readonly Token[], index: number): string | undefined {
  if (tokens[index + 1]?.text !== '(' || tokens[index + 3]?.text !== ')') return undefined;
  return tokens[index + 2]!.text;
}

/**
 * Whether the words `run` and `tail`, read as one name, are followed by "(" an acronym ")" that spells the
 * initials of their capitalised words (all of `tail`'s and at least one of `run`'s: "Line of Actual
 * Control (LAC)", "National People's Power (NPP)"). Cheap first: the token after the tail is "(".
 */
function spellsInitials(
  field: FieldText,
  run: readonly Word[],
  tail: readonly Word[],
  /**
   * "Congress of South African Trade Unions (Cosatu)", "Interim Force in Lebanon (UNIFIL)": the "of" or "in"
   * between them may give its letter too ('O', 'I'; '' for none).
   */
  joinerLetter = '',
): boolean {
  const acronym = wordInBracketsAfter(field.tokens, tail[tail.length - 1]!.index);
  if (acronym === undefined || !BRACKETED_ACRONYM.test(acronym)) return false;
  let head = '';
  // "U.N. Interim Force in Lebanon (UNIFIL)": initials with periods give all their letters.
  for (const w of run) if (w.capitalised) head += acronymLetters(w);
  let rest = '';
  for (const w of tail) rest += w.core.charAt(0);
  const upper = acronym.toUpperCase();
  if (upper.length <= tail.length) return false;
  return (
    `${head}${rest}`.toUpperCase().endsWith(upper) ||
    (joinerLetter !== '' && `${head}${joinerLetter}${rest}`.toUpperCase().endsWith(upper))
  );
}

/** Nouns of a body before its name: "the New York-based group Human Rights in China said". */
export const GROUP_NOUNS = new Set([
  'group',
  'organisation',
  'organization',
  'charity',
  'watchdog',
  'movement',
]);
/** What may follow a body's name that ends in its country: the clause's end or its verb of speech. */
const AFTER_GROUP_NAME = new Set([',', '.', 'said', 'says', 'urged', 'called', 'reported']);
/**
 * "the pressure group Human Rights in China said": after a body's noun, two or three capitalised words no
 * list joins, "in" and a country's one-word name ending the clause are one body's name ("the group Amnesty
 * International in China" is a listed body's branch: chunk.ts never reaches here for a listed name); the
 * country's word at `at` as a tail, or null.
 */
function groupInCountryTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const country = words[at];
  if (!country || run.length > 3 || !GROUP_NOUNS.has(lowerCased(field.tokens[run[0]!.index - 1]?.text ?? '')))
    return null;
  if (!AFTER_GROUP_NAME.has(lowerCased(field.tokens[at + 1]?.text ?? ''))) return null;
  if (lookupPlace(country.core)?.kind !== 'country') return null;
  if (
    run.some((w) => !w.capitalised || isGivenNameWord(w)) ||
    knownBodyNamed(field.text.slice(run[0]!.start, run[run.length - 1]!.end)) !== undefined
  )
    return null;
  return [country];
}
/** "U.N.", "U.S.": capital initials, each with its period. */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,}$/;
/** The letters a capitalised word gives an acronym that spells a name: all of "U.N.", else its first. */
export function acronymLetters(w: Word): string {
  return DOTTED_INITIALS.test(w.core) ? w.core.replaceAll('.', '') : w.core.charAt(0);
}
/**
 * The capitalised words from `at` up to a bracketed acronym that spells them with the run before "of" or
 * "in" ("Line of Actual Control (LAC)", "United Nations Interim Force in Lebanon (UNIFIL)"); null when no such
 * acronym follows.
 */
function acronymSpelledTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
  joinerLetter: string,
): Word[] | null {
  const tail: Word[] = [];
  let previous = words[at - 1];
  for (let k = at; k < words.length && tail.length < 4; k++) {
    const w = words[k];
    if (!isNameWord(w) || (previous && tail.length > 0 && !joinable(field, previous, w))) break;
    tail.push(w);
    previous = w;
    if (w.possessive) break;
  }
  return tail.length > 0 &&
    !tail[tail.length - 1]!.possessive &&
    spellsInitials(field, run, tail, joinerLetter)
    ? tail
    : null;
}

/**
 * Whether `first`, "and" or "for", and `second` (capitalised, in a row) stand right before "(" an acronym ")",
 * `first` opening the name.
 */
function bracketedAcronymAfter(field: FieldText, first: Word, second: Word): boolean {
  const tokens = field.tokens;
  const joiner = tokens[first.index + 1]?.text;
  if ((joiner !== 'and' && joiner !== 'for') || second.index !== first.index + 2 || second.possessive)
    return false;
  // "Administration of Radio, Film and Television (SARFT)", "Welsh, Carson, Anderson and Stowe (WCAS)": the end
  // of a longer name or list, not a name of its own.
  const before = tokens[first.index - 1]?.text;
  if (before === ',' || before === 'of' || before === 'on' || before === 'and') return false;
  const acronym = tokens[second.index + 2]?.text ?? '';
  return (
    tokens[second.index + 1]?.text === '(' &&
    CAPITAL_ENDED_ACRONYM.test(acronym) &&
    tokens[second.index + 3]?.text === ')'
  );
}

/**
 * How many words of `tail` complete, with the run from `first` up to a possessive, a place whose name the
 * place gazetteer writes with an apostrophe ("Cox's Bazar", "St. John's"); 0 if none.
 */
function possessivePlaceLength(field: FieldText, first: Word, tail: readonly Word[]): number {
  for (let k = tail.length; k > 0; k--) {
    const placeName = lookupPlace(field.text.slice(first.start, tail[k - 1]!.end))?.name;
    if (placeName !== undefined && (placeName.includes("'") || placeName.includes('’'))) return k;
  }
  return 0;
}

/**
 * "and" in other languages (French, German, Dutch, Danish and Norwegian, Swedish, Turkish, Finnish,
 * Hungarian, Romanian, Wolof), written inside names English copy quotes: "Fichtel und Sachs",
 * "Lazard Freres et Cie", "Yapi ve Kredi Bankasi", "Jamm ak Njariñ".
 */
export const FOREIGN_CONJUNCTIONS = new Set('et und en og och ve ja és si ak'.split(' '));
/** Lower-case particles between two names: those conjunctions and the Arabic article "es" ("Dar es Salaam"). */
const INNER_PARTICLES = new Set([...FOREIGN_CONJUNCTIONS, 'es']);

/**
 * "ak" of "Jamm ak Njariñ", "es" of "Dar es Salaam": a particle of another language inside a name ("et"
 * before "al", "Al" is the Latin "et al.").
 */
function foreignParticleAt(field: FieldText, at: number): boolean {
  const text = field.tokens[at]?.text;
  return (
    text !== undefined &&
    INNER_PARTICLES.has(text) &&
    !(text === 'et' && field.tokens[at + 1]?.text.toLowerCase() === 'al')
  );
}

/** Whether the tokens at `at` are "v" and a period right after it: "Trump v. Slaughter". */
function versusWithPeriod(field: FieldText, at: number): boolean {
  const v = field.tokens[at];
  const period = field.tokens[at + 1];
  return v?.text === 'v' && period?.text === '.' && period.start === v.end;
}

/** Lower-case words of courts and their cases. */
const LEGAL_WORDS = new Set(
  'case cases court courts ruling ruled judgment judgement judge precedent lawyers lawyer cited overturned overturn appeal lawsuit tribunal litigation claimant defendant'.split(
    ' ',
  ),
);

/** A legal word within twelve tokens before `from` or three after `to` (", the case that"), in the same sentence. */
function legalWordNear(field: FieldText, from: number, to: number): boolean {
  const tokens = field.tokens;
  for (let i = from - 1; i >= 0 && i >= from - 12; i--) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') break;
    if (LEGAL_WORDS.has(text)) return true;
  }
  for (let i = to + 1; i < tokens.length && i <= to + 3; i++) {
    const text = tokens[i]!.text;
    if (text === '.' || text === '!' || text === '?') break;
    if (LEGAL_WORDS.has(text)) return true;
  }
  return false;
}

/** The last word of a case's second party, from its first word at `at`: up to three joined name words. */
function caseNameEnd(field: FieldText, words: readonly (Word | null)[], at: number): number {
  let end = at;
  while (end < at + 2 && isNameWord(words[end + 1]) && joinable(field, words[end]!, words[end + 1]!)) end++;
  return end;
}

const isWord = (w: Word | null): w is Word => w !== null;

function opensModifier(field: FieldText, words: readonly (Word | null)[], last: Word): boolean {
  const next = words[last.index + 1];
  if (!next?.capitalised || last.possessive || !next.lower.includes('-')) return false;
  return (
    MODIFIER_SUFFIX.test(next.lower) && codeUnitAt(field.text, last.end) === 32 && next.start === last.end + 1
  );
}

/** Participles hyphened to a person's surname: "Michael Stoute-trained", "Gordon Brown-led", "George Bush-style". */
const PERSON_PARTICIPLE =
  /^(?:trained|led|owned|backed|run|controlled|sponsored|funded|founded|coached|managed|ridden|produced|directed|chaired|fronted|brokered|era|style|themed|inspired|appointed)$/;

/**
 * "The Michael Stoute-trained colt", "the Aidan O'Brien-trained filly", "the Gordon Brown-led government": after a
 * run ending in a given name, a capitalised word hyphened to a participle of what a person does to a thing
 * (trains, leads, owns, backs) is that person's surname, as after a title, a word of its own up to the hyphen (wild47 star 7: the
 * given name alone was the person, or the modifier took the whole name). "Bear Stearns-led", "World Bank-funded":
 * no given name before, no person.
 */
function surnameBeforeParticiple(
  field: FieldText,
  words: readonly (Word | null)[],
  last: Word,
): Word | undefined {
  const next = words[last.index + 1];
  if (!next?.capitalised || next.caseless || last.possessive) return undefined;
  // ("The Sheikh Mohammed-owned colt": a title before the name too.)
  if (!isGivenNameWord(last) && !PERSON_TITLES.has(last.lower)) return undefined;
  if (next.start !== last.end + 1 || codeUnitAt(field.text, last.end) !== 32) return undefined;
  const core = next.core;
  const dash = core.lastIndexOf('-');
  if (dash < 2 || !PERSON_PARTICIPLE.test(next.lower.slice(dash + 1))) return undefined;
  const head = core.slice(0, dash);
  if (!startsUpper(head)) return undefined;
  const token: Token = { text: head, start: next.start, end: next.start + head.length };
  return toWord(token, next.index, next.line, next.lineStart, false, false, next.wrapped, next.tabular);
}

/** Participles of what a group does to a body or a place it holds: "Hamas-run", "Hezbollah-backed", "Taliban-led". */
const BODY_PARTICIPLE =
  /^(?:run|led|backed|owned|controlled|sponsored|funded|linked|dominated|aligned|allied|held|occupied|administered|affiliated|ordered|supported|appointed|installed)$/;

/**
 * "the Hamas-run health ministry", "Hezbollah-linked groups", "Taliban-led government": a capitalised word hyphened
 * to a participle of control or backing, before the hyphen a body the lists know as an organisation, names that
 * body (the modifier as a whole is no name; the story often names the group only so). Places and countries
 * ("Iran-backed", "London-based") are left to the countries' readings.
 */
function bodyBeforeParticiple(w: Word): Word | undefined {
  if (!w.capitalised || w.caseless || w.possessive) return undefined;
  const core = w.core;
  const dash = core.lastIndexOf('-');
  if (dash < 2 || !BODY_PARTICIPLE.test(w.lower.slice(dash + 1))) return undefined;
  const head = core.slice(0, dash);
  if (!startsUpper(head)) return undefined;
  if (GAZETTEER.get(lowerCased(head))?.kind !== 'organization' && knownBodyNamed(head) === undefined)
    return undefined;
  const token: Token = { text: head, start: w.start, end: w.start + head.length };
  return toWord(token, w.index, w.line, w.lineStart, false, false, w.wrapped, w.tabular);
}

/** Closing quote by opening quote. A Map: an object indexed by every token text turns the look-up megamorphic. */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
  ['‘', '’'],
  ['(', ')'],
]);

/** Short forms of months and weekdays ("Jan", "Sun"), not the month names "May", "June", "July". */
/** The months' short forms ("Jun", "Sept"), which are Chinese given names too ("Lei Jun"). */
const MONTH_SHORT_FORMS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** A dateline's date, as CoNLL's wires write it: "1996-09-14". */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const CALENDAR_SHORT_FORMS = new Set(
  'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/**
 * "Sun Pharma", "Jan Suraaj", "Jan Egeland": a month's or weekday's short form right before a name word
 * that is no date word (a date goes on with a number or another calendar word: "Jan 5", "Fri Jan 9") opens
 * a name.
 */
function calendarNameStart(field: FieldText, words: readonly (Word | null)[], i: number): boolean {
  const w = words[i];
  if (!w?.capitalised || w.caseless || !(w.bits & C_CALENDAR) || !CALENDAR_SHORT_FORMS.has(w.lower))
    return false;
  const next = words[i + 1];
  if (!isNameWord(next) || next.bits & C_FUNCTION || !joinable(field, w, next)) return false;
  // "Jan Brent crude rose 20 cents", "Sept WTI": a month's form before a crude's benchmark is its delivery month
  // ("won by Jan Brent" may still be a rider's name).
  if (CRUDE_GRADES.has(next.lower) && field.tokens[i - 1]?.text !== 'by') return false;
  // "on Wed Trump said", "by Fri Jan 9", "2 Jan", "Oct/Nov MidMississippi": after a date's preposition, a
  // number or a range's slash or dash written close it is the date ("Faroe Islands - Jan Allan Mueller" is not).
  const token = field.tokens[i - 1];
  const before = token?.text ?? '';
  // "In Tears of the Sun Willis plays": after "the", a weekday's form and a person's name alone are a title's
  // last word and a surname ("the Sun Life Assurance Society", "the Sun Pharma plant" are firms).
  if (
    WEEKDAY_SHORT_FORMS.has(w.lower) &&
    before.toLowerCase() === 'the' &&
    (isGivenNameWord(next) || isKnownSurnameWord(next)) &&
    !isNameWord(words[i + 2])
  )
    return false;
  // "LONDON 1996-09-14\nJan Ullrich won the stage": a dateline's date on the line before is no date the month's
  // form goes on ("2 Jan"); the line opens a sentence (wild51 W23). Only "Jan" of the months' forms is a given name
  // news often writes (Dutch, Czech, Polish, Scandinavian): "Sept Brent crude rose" opens a price's line.
  if (
    w.lower === 'jan' &&
    token !== undefined &&
    token.end >= 10 &&
    ISO_DATE.test(field.text.slice(token.end - 10, token.end)) &&
    field.text.slice(token.end, w.start).includes('\n')
  )
    return true;
  const preposition = before.toLowerCase();
  return (
    // "won by Jan Ullrich", "beaten by Jan Siemerink": "Jan" after "by" and before a name word is a given name ("by
    // Jan 31" goes on with its day).
    !(DATE_PREPOSITIONS.has(preposition) && !(preposition === 'by' && w.lower === 'jan')) &&
    !startsWithDigit(before) &&
    !((before === '/' || before === '-') && token!.end === w.start) &&
    // "350.29 ) Sept Brent zinc": a price's bracketed change, then the delivery month of a price table.
    !(before === ')' && startsWithDigit(field.tokens[i - 2]?.text ?? ''))
  );
}
/** "At St James' Park", "In St Mary's": a function word that opens the run, then a saint's lead word. */
const saintAfterOpening = (run: readonly Word[]) =>
  run.length >= 2 && run[0]!.bits & C_FUNCTION && SAINT_LEADS.has(run[1]!.lower);
/** The letter of one of Italy's football leagues after "Serie", with a sentence's period or without. */
const LEAGUE_LETTER = /^[A-D]\.?$/;
const WEEKDAY_SHORT_FORMS = new Set('mon tue tues wed thu thur thurs fri sat sun'.split(' '));
/** Benchmarks of crude oil that a price line names after its delivery month: "Jan Brent", "Sept WTI". */
const CRUDE_GRADES = new Set(['brent', 'wti', 'urals']);

/**
 * Newspapers named by a calendar word: "Britain's Sun newspaper", "told the Sun:", "the Sun reported";
 * "The Sunday Telegraph", "the Sunday Times" (a weekday before a paper's own word, not after "on" or "last").
 */
function calendarPaperAt(field: FieldText, words: readonly (Word | null)[], i: number): boolean {
  const w = words[i];
  if (!w?.capitalised || w.caseless || !(w.bits & C_CALENDAR)) return false;
  const before = field.tokens[i - 1]?.text ?? '';
  if (w.lower === 'sunday') {
    const next = words[i + 1];
    return (
      isNameWord(next) &&
      SUNDAY_PAPERS.has(next.lower) &&
      !DATE_PREPOSITIONS.has(before.toLowerCase()) &&
      joinable(field, w, next)
    );
  }
  if (w.lower !== 'sun') return false;
  const after = field.tokens[i + 1]?.text ?? '';
  if (PAPER_NOUNS.has(after)) return true;
  return (before === 'the' || before === 'The') && PAPER_VERBS.has(after);
}
const SUNDAY_PAPERS = new Set(
  'times telegraph express mirror mail post herald tribune independent world'.split(' '),
);
const PAPER_NOUNS = new Set(['newspaper', 'tabloid', 'daily', 'newspaper.']);
/** What follows "the Sun" the paper, not the star: a colon before a quote, a verb of reporting. */
const PAPER_VERBS = new Set(
  ':,reported,said,says,reports,quoted,quotes,claimed,revealed,published,newspaper,tabloid'.split(','),
);
const DATE_PREPOSITIONS = new Set(
  'on by until till since last next this every each before after through late early mid'.split(' '),
);

/**
 * Whether a run may go on past a quoted nickname: it ends in a given name ('Ramesh', 'President Jorge') or initials,
 * is one word no lexicon knows, or ends in such a word after a given name ('President Luiz Inácio').
 */
function beforeNickname(run: readonly Word[]): boolean {
  const last = run[run.length - 1]!;
  // ('Sheriff J.E. "Eddie" Guerra', 'C.L. "Butch" Otter': initials stand for the given names.)
  if (isGivenNameWord(last) || INITIALS_WORD.test(last.core)) return true;
  if (isLowerWordWord(last)) return false;
  return run.length === 1 || isGivenNameWord(run[run.length - 2]!);
}

const NICKNAME_SMALL_WORDS = new Set(['of', 'the']);
/** "J.E.", "C.", "H.W.": one to three initials. */
const INITIALS_WORD = /^(?:[A-Z]\.){1,3}$/;

/** Titles of monarchs and popes, whose numerals follow their given names. */
const MONARCH_TITLES = new Set(
  'king queen emperor empress pope tsar czar tsarina sultan kaiser shah pharaoh'.split(' '),
);

/**
 * The words after a given name at `at` and a quoted nickname of one to three capitalised words: the
 * surname, with up to two particles before it ('"Lula" da Silva').
 */
function nicknameThenSurname(field: FieldText, words: readonly (Word | null)[], at: number): Word[] | null {
  const tokens = field.tokens;
  const open = tokens[at + 1];
  const close = open ? NICKNAME_QUOTES.get(open.text) : undefined;
  if (!open || !close || open.start !== tokens[at]!.end + 1) return null;
  // 'Hector " Macho " Camacho': pre-tokenised text spaces the quotes off on both sides.
  const spaced = tokens[at + 2] !== undefined && tokens[at + 2]!.start === open.end + 1 ? 1 : 0;
  for (let k = at + 2; k <= at + 4; k++) {
    const inner = words[k];
    // 'Roberto "Hands of Stone" Duran': "of" or "the" between two capitalised words of the nickname.
    if (
      k > at + 2 &&
      !isNameWord(inner) &&
      NICKNAME_SMALL_WORDS.has(tokens[k]?.text ?? '') &&
      isNameWord(words[k + 1])
    )
      continue;
    if (!isNameWord(inner)) return null;
    const after = tokens[k + 1];
    if (after?.text !== close) continue;
    if (after.start !== inner.end + spaced) return null;
    // 'James Leander (Leo) Nichols', 'Alan John Percivale (A.J.P.) Taylor': in brackets only one given
    // name or initials ("Tim Henman (Britain)" names a country).
    if (
      close === ')' &&
      (k !== at + 2 ||
        !(isGivenNameWord(inner) || spellsInitialsOf(words, at, inner.core)) ||
        lookupPlace(inner.core)?.kind === 'country')
    )
      return null;
    const rest: Word[] = [];
    let s = k + 2;
    let gapFrom = after.end;
    while (rest.length < 2 && words[s] && NAME_PARTICLES.has(words[s]!.core)) {
      if (words[s]!.start !== gapFrom + 1) return null;
      gapFrom = words[s]!.end;
      rest.push(words[s]!);
      s++;
    }
    const surname = words[s];
    // 'Sean "Diddy" Combs': after a listed given name a surname may be spelled like an ordinary word.
    if (!isNameWord(surname) || (isLowerWordWord(surname) && !isGivenNameWord(words[at]!))) return null;
    if (surname.start !== gapFrom + 1) return null;
    rest.push(surname);
    return rest;
  }
  return null;
}

/** Words after a monarch's numeral that the pronoun "I" seldom takes: "King Baudouin I born", "Pedro I of Brazil". */
const AFTER_NUMERAL = new Set('of born died reigned ruled crowned'.split(' '));
/** What befell a monarch, after "was": "King Charles I was beheaded" (the pronoun seldom is). */
const REIGN_FATES = new Set(
  'beheaded executed crowned deposed overthrown exiled imprisoned succeeded buried born'.split(' '),
);
/** Whether the token at `at` is a lower-case word after which "I" is the pronoun ("Charles I was shaking"). */
function lowerWordAt(field: FieldText, at: number): boolean {
  const token = field.tokens[at];
  if (token === undefined) return false;
  const c = codeUnitAt(token.text, 0);
  if (c < 97 || c > 122 || AFTER_NUMERAL.has(token.text)) return false;
  return !(token.text === 'was' && REIGN_FATES.has(field.tokens[at + 1]?.text ?? ''));
}

/**
 * Whether `text` ("A.J.P.") spells with periods the initials of the name words ending at `at` ('Alan John
 * Percivale (A.J.P.) Taylor'); "Jack Reed (R.I.)" names a state and "(Swe.)" a country.
 */
function spellsInitialsOf(words: readonly (Word | null)[], at: number, text: string): boolean {
  const letters = text.split('.');
  const count = letters.length - 1;
  if (count < 2 || letters[count] !== '' || at - count + 1 < 0) return false;
  for (let k = 0; k < count; k++) {
    const word = words[at - count + 1 + k];
    if (!word || letters[k] !== word.core.charAt(0)) return false;
  }
  return true;
}

/** Closing quotation mark of each opening one a title is quoted in. */
const TITLE_QUOTES = new Map([
  ['"', '"'],
  ['“', '”'],
  // Headlines quote titles in single quotes: "'One Battle After Another' wins best picture".
  ["'", "'"],
  ['‘', '’'],
]);
/** Words a title in title case writes in lower case: "Father of the Bride", "Ice Cold in Alex". */
const TITLE_SMALL_WORDS = new Set(
  'of the a an and or nor but in on at to for from with by into as'.split(' '),
);
/**
 * Punctuation American style puts inside the closing quote ('"Annie Hall," she said'); an exclamation
 * mark ends a chant or a cry ('"Freedom for Chechnya!"'), no title.
 */
const INNER_STOPS = new Set([',', '.', '?']);
const SENTENCE_STOPS = new Set(['.', '?', '!', ':']);
const TITLE_MAX_TOKENS = 10;

/**
 * '"Annie Hall"', '“Father of the Bride”', '"Something's Gotta Give"': a quotation of two or more words,
 * each capitalised or a small word of titles, ending in a capitalised word, is the title of a work (a film,
 * a book, a song, a show) or a slogan; one name, not a person's. A nickname between two names ('Joaquín
 * "El Chapo" Guzmán') is none. Returns the index of the title's last word, or -1.
 */
function quotedTitleEnd(field: FieldText, words: readonly (Word | null)[], at: number): number {
  const tokens = field.tokens;
  const open = at > 0 ? tokens[at - 1] : undefined;
  const close = open ? TITLE_QUOTES.get(open.text) : undefined;
  if (!open || close === undefined) return -1;
  const before = at > 1 ? tokens[at - 2] : undefined;
  // A straight quote written against the word before it closes a quotation; it opens none.
  if ((open.text === '"' || open.text === "'") && before !== undefined && before.end === open.start)
    return -1;
  const limit = Math.min(tokens.length, at + TITLE_MAX_TOKENS);
  // A title has a word of the language ("Annie Hall", "Father of the Bride"); two names no list knows as
  // words ('"Allahu Akbar"', 'known as "Abu Bakr"') are a phrase or a person's alias.
  let worded = isLowerWordWord(words[at]!);
  for (let k = at + 1; k < limit; k++) {
    const text = tokens[k]!.text;
    const closes = text === close || (INNER_STOPS.has(text) && tokens[k + 1]?.text === close);
    if (closes) {
      const last = words[k - 1];
      if (k - 1 === at || !isNameWord(last) || !worded) return -1;
      // '"Thank You," Smith said': a quotation opening a sentence that a comma or a stop ends is speech.
      if (text !== close && (before === undefined || SENTENCE_STOPS.has(before.text))) return -1;
      const after = words[text === close ? k + 1 : k + 2];
      // 'Joaquín "El Chapo" Guzmán': names on both sides of the quotation.
      if (isNameWord(words[at - 2]) && isNameWord(after)) return -1;
      // '"Michael Collins" … Michael Collins was shot': a name the text also writes unquoted is read as
      // names are (the film's subject, or a person quoted once).
      const name = field.text.slice(words[at]!.start, last.end);
      const elsewhere = field.text.indexOf(name);
      if (elsewhere !== words[at]!.start || field.text.indexOf(name, last.end) >= 0) return -1;
      return k - 1;
    }
    if (TITLE_SMALL_WORDS.has(text)) worded = true;
    // '"Freedom for Chechnya"', '"Make America Great Again"': a slogan naming a country names it.
    else if (!isNameWord(words[k]) || gazetteerOfWord(words[k]!)?.kind === 'country') return -1;
    else worded ||= isLowerWordWord(words[k]!);
  }
  return -1;
}

const ORG_CONNECTORS = new Set(['for', 'on', 'of', 'to']);
/** Words a state calls itself by after "of the" in a body's name ("of the Nation"; "Republic" heads places). */
const STATE_SELF_WORDS = new Set(['nation', 'union', 'federation', 'commonwealth', 'realm']);
/** Bodies named for what they campaign "to" do ("Committee to Protect Journalists"). */
const TO_LEADS = new Set([
  'committee',
  'campaign',
  'coalition',
  'alliance',
  'movement',
  'league',
  'fund',
  'foundation',
]);

/** A capitalised word inside a name, hyphened compounds of ordinary words included ("Co-operation"). */
function isInnerNameWord(w: Word | null | undefined): w is Word {
  return w?.capitalised === true && !w.caseless && !w.possessive && !CALENDAR_WORDS.has(w.lower);
}

/** A science's name the compact lexicon may lack: "Volcanology", "Seismology", "Meteorology". */
const SCIENCE = /.{4}olog(?:y|ies)$/;

/** "Security", "Co-operation", "Human": a common noun or adjective written with a capital in a name. */
function isOrdinaryInName(core: string): boolean {
  return (
    isLowerWord(core) || (core.includes('-') && isLowerWord(core.replace(/-/g, ''))) || SCIENCE.test(core)
  );
}

/**
 * The rest of an organisation's name after its lead word: "Organization | for Security and
 * Co-operation in Europe", "Committee | to Protect Journalists" (in the body), "Department | of Health
 * and Human Services", "Union | for the Mediterranean". Only ordinary words are coordinated by "and"
 * ("Bank of England and Barclays" stays two names), and "in" + a region closes a coordinated name only.
 * Returns the words to add after index `at`, or null.
 */
/** Whether the name an authority goes on with after "of" (the) is a place's ("of Singapore", "of the Maldives"). */
/**
 * Bodies that go on through "of" to their place only ("Monetary Authority of Singapore", "National Energy Regulator
 * of South Africa"), not to the office holder they answer to.
 */
const PLACE_ONLY_LEADS = new Set(['authority', 'regulator']);
function authorityOfPlace(tail: readonly Word[]): boolean {
  const named = tail.filter((w) => w.lower !== 'of' && w.lower !== 'the');
  return named.length > 0 && lookupPlace(named.map((w) => w.core).join(' ')) !== undefined;
}

function orgNameTail(field: FieldText, words: readonly (Word | null)[], at: number): Word[] | null {
  const tokens = field.tokens;
  const last = words[at]!;
  const connector = tokens[at + 1]?.text;
  if (connector === undefined || !ORG_CONNECTORS.has(connector)) return null;
  // "the Committee to Protect Journalists", "the Campaign to End Loneliness": in the body only (a title-case
  // headline writes "Committee to Decide Rates").
  // Not a firm or centre sold "to" a buyer ("Newport Beach Art Supply Center to Standard Brands Paint Co").
  if (connector === 'to' && (field.field !== 'body' || !TO_LEADS.has(last.lower))) return null;
  const wordAt = (k: number, like: Word): Word =>
    words[k] ??
    toWord(
      tokens[k]!,
      k,
      like.line,
      like.lineStart,
      false,
      false,
      like.wrapped,
      like.tabular,
      undefined,
      field.wordIds[k] ?? -1,
    );
  const tail: Word[] = [];
  let previous = last;
  let k = at + 1;
  const take = (count: number) => {
    for (let c = 0; c < count; c++) {
      const w = wordAt(k + c, previous);
      if (!joinable(field, previous, w)) return false;
      tail.push(w);
      previous = w;
    }
    k += count;
    return true;
  };
  // Connector, optional "the", then at least one capitalised word.
  const skip = tokens[k + 1]?.text === 'the' ? 2 : 1;
  if (!isInnerNameWord(words[k + skip]) || !take(skip)) return null;
  let coordinated = false;
  let secondOf = false;
  // A second "of" or "for" after the first name word ("Board of Control for Cricket").
  let chained = false;
  while (tail.length < 12) {
    const w = words[k];
    if (isInnerNameWord(w)) {
      if (!take(1)) break;
      continue;
    }
    const text = tokens[k]?.text;
    const beyond = words[k + 1];
    if (
      text === 'and' &&
      isInnerNameWord(beyond) &&
      // "London School of Hygiene and Tropical Medicine": a domain word the compact lexicon lacks, no name.
      (isOrdinaryInName(previous.core) || (unlistedWord(previous) && !isAcronymWord(previous))) &&
      (isOrdinaryInName(beyond.core) ||
        // "International Association of Machinists and Aerospace Workers": a domain word the compact lexicon
        // lacks after "and", when an ordinary word of the name follows it.
        (unlistedWord(beyond) &&
          !isAcronymWord(beyond) &&
          isInnerNameWord(words[k + 2]) &&
          isOrdinaryInName(words[k + 2]!.core))) &&
      // "the Bank of Japan and Bank of England", "Bank of Baroda and Union Bank of India": the lead word again
      // opens a second body.
      !leadWordAgain(words, k + 1, last.lower)
    ) {
      if (!take(1)) break;
      coordinated = true;
      continue;
    }
    // "Communist Party of Bohemia and Moravia": after a party's "of", two regions (no countries: "the
    // Government of Israel and Egypt" are two) joined by "and" that end the run are the party's domain.
    if (
      text === 'and' &&
      connector === 'of' &&
      LEADERS_BODIES.has(last.lower) &&
      isInnerNameWord(beyond) &&
      !isInnerNameWord(words[k + 2]) &&
      GAZETTEER.get(previous.lower)?.kind === 'place' &&
      GAZETTEER.get(beyond.lower)?.kind === 'place' &&
      take(2)
    ) {
      coordinated = true;
      break;
    }
    // "Department for Environment, Food and Rural Affairs", "Ministry of Housing, Communities and Local
    // Government": a ministry's portfolio list of ordinary words, closed by "and", is its name.
    if (
      text === ',' &&
      (connector === 'of' || connector === 'for') &&
      !coordinated &&
      isOrdinaryInName(previous.core) &&
      isInnerNameWord(beyond)
    ) {
      const list = portfolioList(field, words, k, previous);
      if (list !== null) {
        for (const x of list) tail.push(x);
        coordinated = true;
        break;
      }
    }
    if (
      (text === 'of' || text === 'for') &&
      isInnerNameWord(beyond) &&
      // "Association for the Advancement of Science": a domain word the compact lexicon lacks, no name.
      (isOrdinaryInName(previous.core) || (text === 'of' && unlistedWord(previous)))
    ) {
      if (!take(1)) break;
      chained = true;
      continue;
    }
    // "Court of Justice of the European Union", "Ministry of Defence of the Russian Federation": after an
    // ordinary word, a second "of the" goes on to the body's domain, a name the lists know for a place or a
    // people ("European", "Russian", "United"; not for a person: "of the Nation", WordNet's Carry Nation).
    if (
      text === 'of' &&
      tokens[k + 1]?.text === 'the' &&
      isInnerNameWord(words[k + 2]) &&
      isOrdinaryInName(previous.core) &&
      ((gazetteerOfWord(words[k + 2]!)?.kind ?? 'person') !== 'person' ||
        isPlaceName(words[k + 2]!.core) ||
        // "Supreme Court of Justice of the Nation": a word a state calls itself by, ending the run.
        (STATE_SELF_WORDS.has(words[k + 2]!.lower) && !isInnerNameWord(words[k + 3])))
    ) {
      if (!take(2)) break;
      secondOf = true;
      continue;
    }
    // "Organisation for Security and Cooperation in Europe", "Board of Control for Cricket in India": after a
    // list of domains or a second connector's, "in" and a country or a region that ends the run is the body's.
    if (
      text === 'in' &&
      ((coordinated && connector !== 'of') || (chained && isOrdinaryInName(previous.core))) &&
      isInnerNameWord(beyond)
    ) {
      const kind = gazetteerOfWord(beyond)?.kind;
      const end = words[k + 2];
      if ((kind === 'place' || kind === 'country') && !isInnerNameWord(end) && take(2)) break;
    }
    break;
  }
  // Drop a trailing connector that found no capitalised word.
  while (tail.length > 0 && !tail[tail.length - 1]!.capitalised) tail.pop();
  if (tail.length < 2) return null;
  // "of" + one name is the ordinary join; this is for longer names.
  if (connector === 'of' && !coordinated && !secondOf && !chained && skip === 1) return null;
  // "to" and a verb need the verb's object too ("Committee to Protect Journalists", not "Committee to Meet").
  if (
    connector === 'to' &&
    (tail.length < 3 || skip !== 1 || ORG_HEADS.has(previous.lower) || isLegalFormWord(previous.core))
  )
    return null;
  return tail;
}

/** Whether the run of name words from `from` (up to four) holds the lead word `lead` again. */
function leadWordAgain(words: readonly (Word | null)[], from: number, lead: string): boolean {
  for (let i = from; i < from + 4 && isInnerNameWord(words[i]); i++)
    if (words[i]!.lower === lead) return true;
  return false;
}

/** Words that open an organisation's name: after "and" they start a second one. */
/** ("Holiday Inns and New World Pictures") */
const NAME_OPENERS = new Set(['federal', 'national', 'royal', 'central', 'international', 'united', 'new']);

function isPlaceName(core: string): boolean {
  const kind = GAZETTEER.get(lowerCased(core))?.kind;
  return kind === 'place' || kind === 'country' || (kind === undefined && lookupPlace(core) !== undefined);
}

/** Head words that close a body's name (no sector's word such as "Oil", "Energy", "Securities"). */
const BODY_HEADS = new Set(
  `bank banks council court commission committee ministry department agency authority board bureau office administration
  party holdings group company corporation union association federation institute university college
  school hospital church parliament assembly congress senate tribunal league club front movement alliance
  coalition foundation society academy partners division bancorp bancorporation`
    .split(/\s+/)
    .filter(Boolean),
);

/** Ordinary words that name a body on their own: "the Treasury and Federal Reserve" are two. */
const STANDALONE_BODIES = new Set(
  'treasury senate congress parliament army navy pentagon police government cabinet military'.split(' '),
);

/**
 * "Food | and Drug Administration", "Securities | and Exchange Commission": ordinary words coordinated
 * with the start of an organisation's name are part of it. Both sides must be ordinary words ("Ford and
 * General Motors" stays two names) and the name after "and" must end in an organisation head and have
 * more than the head ("Army and Navy" stays two).
 */
/** An adjective's or a science's ending: "Oceanic", "Aeronautics", "Postal" (not "Stearns", "Airlines", "Inco"). */
const ADJECTIVE_ENDING = /(?:ic|ics|al|ous|ive|ary|ory)$/;

function coordinatedOrgTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  // (A sentence's "The" opening the run is no word of the name: "The National Disaster Risk Reduction and
  // Management Council".)
  if (run.length - (FUNCTION_WORDS.has(run[0]!.lower) ? 1 : 0) > 4) return null;
  // "Pohang Iron and Steel Co", "Nigerian Midstream and Downstream Petroleum Regulatory Authority": a word
  // no list knows as a body or a given name may open a name of ordinary words (not "Ford Motor and …").
  let named = false;
  for (let i = 0; i < run.length; i++) {
    const core = run[i]!.core;
    if (STANDALONE_BODIES.has(run[i]!.lower)) return null;
    if (isOrdinaryInName(core)) continue;
    // "Betting and Gaming Council": a gerund the compact lexicon lacks is an ordinary word of the name (ents46).
    if (GERUND.test(run[i]!.lower) && unlistedWord(run[i]!)) continue;
    // "Guangdong Post and Telecommunications Administration": a place may open the name.
    const opening = i === 0 || (i === 1 && FUNCTION_WORDS.has(run[0]!.lower));
    // "National Oceanic and Atmospheric Administration": after ordinary words, a last word no list knows (the
    // compact lexicon lacks "oceanic") is one more domain word.
    if (
      i > 0 &&
      i === run.length - 1 &&
      !named &&
      !FUNCTION_WORDS.has(run[i - 1]!.lower) &&
      ADJECTIVE_ENDING.test(run[i]!.lower) &&
      unlistedWord(run[i]!)
    )
      continue;
    if (!opening || i === run.length - 1) return null;
    if (isPlaceName(core)) continue;
    if (run.length > 3 || isGivenNameWord(run[i]!) || gazetteerOfWord(run[i]!)?.kind === 'organization')
      return null;
    named = true;
  }
  const last = run[run.length - 1]!;
  // "Acme Corp and Widget Tools Inc": a firm's legal form closes its name.
  if (isLegalFormWord(last.core)) return null;
  // "the United States and McLeod Young Weir Ltd": a country is a name of its own.
  const from = FUNCTION_WORDS.has(run[0]!.lower) ? 1 : 0;
  if (run.length - from >= 2 && lookupPlace(lookupKey(run, from, run.length))?.kind === 'country')
    return null;
  // "Standard Chartered and Prudential Plc": a firm the lists know before "and" is a name of its own.
  if (run.length - from >= 2 && GAZETTEER.get(lookupKey(run, from, run.length))?.kind === 'organization')
    return null;
  // "during the Gulf War and White House chief of staff …": a war ends its own name.
  if (last.lower === 'war') return null;
  // "Zenith Bank and Access Holdings", "National Electoral Council and Supreme Court": a run that is a
  // body's whole name, closed by its head word, ends before "and" ("Oil and Gas Corporation",
  // "Securities and Exchange Commission" coordinate a sector's words; "… Bank and Trust Company" goes on
  // with a second head word).
  const secondHead = words[at + 2];
  if (
    run.length >= 2 &&
    BODY_HEADS.has(last.lower) &&
    (!(secondHead && ORG_HEADS.has(secondHead.lower)) ||
      // "Standard Chartered Bank and Union Bancorp": a firm the lists know, closed by its head word.
      GAZETTEER.get(lookupKey(run, from, run.length - 1))?.kind === 'organization')
  )
    return null;
  // The tail below needs two name words right after "and": most runs before "and" are not followed so, and
  // then the "and" is not made a word.
  if (
    !isNameWord(words[at + 2]) ||
    !(isNameWord(words[at + 3]) || lowerNounBeforeBodyHead(field, words, at + 3))
  )
    return null;
  const and = andAfter(field, last, at + 1);
  if (!joinable(field, last, and)) return null;
  const tail: Word[] = [];
  let previous = and;
  for (let k = at + 2; k < words.length && tail.length < 4; k++) {
    // "Medicines and Healthcare products Regulatory Agency": one lower-case plural noun between the name's
    // capitalised words, where two more follow, the last a body's head (ents46).
    const lowerNoun =
      words[k] === null && tail.length > 0 ? lowerNounInBodyName(field, words, k, previous) : null;
    if (lowerNoun) {
      tail.push(lowerNoun);
      previous = lowerNoun;
      continue;
    }
    const w = words[k];
    if (!isNameWord(w) || !joinable(field, previous, w)) break;
    // "… Futures and Options Exchange", "… Leisure Software Publishers Association": a word no list knows
    // (the compact lexicon lacks "software") goes on a run of ordinary words, and so does a head word.
    // A head word such as "Co" or "Inc" closes the name ("First National Bank and Trust Co", "Bell and
    // Howell Co"); an acronym opens a firm of its own ("Piedmont and PSA Inc.").
    if (
      !isOrdinaryInName(w.core) &&
      !ORG_HEADS.has(w.lower) &&
      (named || !unlistedWord(w) || isAcronymWord(w))
    )
      break;
    tail.push(w);
    previous = w;
  }
  let end = tail.length;
  while (
    end > 0 &&
    !ORG_HEADS.has(tail[end - 1]!.lower) &&
    !closesCoordinatedName(field, words, tail[end - 1]!)
  )
    end--;
  if (end < 2 || NAME_OPENERS.has(tail[0]!.lower)) return null;
  // "Dominion Securities and Wood Gundy Inc.": after a name of two or more words, a second one whose
  // words before its head include a name no list knows (a founder's) is a firm of its own ("Futures and
  // Options Exchange", "Iron and Steel Co" coordinate one sector word with another).
  if (run.length - from >= 2 && !named && namedFirmTail(tail)) return null;
  // "AB Investor and Forvaltnings AB Providentia": a name that goes on past its legal form is another's.
  if (end < tail.length && isLegalFormWord(tail[end - 1]!.core)) return null;
  // "… and General Motors Corp": a body the lists know after "and" is a second name.
  if (named && GAZETTEER.get(lookupKey(tail, 0, end - 1))?.kind === 'organization') return null;
  return [and, ...tail.slice(0, end)];
}

/** Laws and pacts named by coordinated ordinary words: "Tax Cuts and Jobs Act", "Trade and Cooperation Agreement". */
const COORDINATED_LAW_HEADS = new Set(['act', 'agreement', 'treaty', 'accord', 'pact']);

/**
 * Whether `w`, ending a name of ordinary words coordinated by "and", closes it as a body's head would: a law's or a
 * pact's head ("African Growth and Opportunity Act"), or a hall before "of Fame" ("Rock and Roll Hall of Fame").
 */
function closesCoordinatedName(field: FieldText, words: readonly (Word | null)[], w: Word): boolean {
  if (COORDINATED_LAW_HEADS.has(w.lower)) return true;
  return (
    w.lower === 'hall' && field.tokens[w.index + 1]?.text === 'of' && words[w.index + 2]?.lower === 'fame'
  );
}

/** A gerund: "Betting", "Gaming", "Boating". */
const GERUND = /^[a-z]{3,}ing$/;

/**
 * The lower-case plural noun at `k` as a word of a body's name ("Healthcare products Regulatory Agency"), where
 * two capitalised words follow it, the second a body's head, or null.
 */
function lowerNounInBodyName(
  field: FieldText,
  words: readonly (Word | null)[],
  k: number,
  previous: Word,
): Word | null {
  if (!lowerNounBeforeBodyHead(field, words, k)) return null;
  const noun = andAfter(field, previous, k);
  return joinable(field, previous, noun) ? noun : null;
}
/** Whether the token at `k` is a lower-case plural noun before a capitalised word and a body's head. */
function lowerNounBeforeBodyHead(field: FieldText, words: readonly (Word | null)[], k: number): boolean {
  const text = field.tokens[k]?.text ?? '';
  const next = words[k + 1];
  const head = words[k + 2];
  if (
    !LOWER_PLURAL.test(text) ||
    !isLowerWord(text) ||
    FUNCTION_WORDS.has(text) ||
    !isNameWord(next) ||
    !isNameWord(head) ||
    !BODY_HEADS.has(head.lower) ||
    next.possessive
  )
    return false;
  return words[k] === null;
}
const LOWER_PLURAL = /^[a-z]{3,}s$/;

/** Ministries' sectors the lower-case word list lacks: "Culture, Sports and Tourism" (read23 F14). */
const PORTFOLIO_NOUNS = new Set(['tourism', 'infrastructure', 'forestry']);

/**
 * ", Food and Rural Affairs" from the comma at `at`: items of one to three capitalised ordinary words after
 * commas (no body's head: "the Ministry of Defence, Foreign Office and Treasury" are three bodies), then "and"
 * and a last item that ends the name. The items' words and the "and", or null.
 */
function portfolioList(
  field: FieldText,
  words: readonly (Word | null)[],
  at: number,
  before: Word,
): Word[] | null {
  const tokens = field.tokens;
  const out: Word[] = [];
  let k = at;
  for (let items = 0; items < 5; items++) {
    const separator = tokens[k]?.text;
    if (separator !== ',' && separator !== 'and') return null;
    if (separator === 'and') {
      const and = andAfter(field, before, k);
      out.push(and);
    }
    k++;
    let size = 0;
    while (size < 3) {
      const w = words[k];
      // ("Culture, Media and Sport": a sector's word; "… and Local Government": the last item's head.)
      if (
        !isInnerNameWord(w) ||
        !(isOrdinaryInName(w.core) || ORG_HEADS.has(w.lower) || PORTFOLIO_NOUNS.has(w.lower))
      )
        break;
      if (separator === ',' && (BODY_HEADS.has(w.lower) || STANDALONE_BODIES.has(w.lower))) return null;
      if (size > 0 && !joinable(field, out[out.length - 1]!, w)) break;
      out.push(w);
      size++;
      k++;
    }
    if (size === 0) return null;
    if (separator === 'and') return isNameWord(words[k]) || tokens[k]?.text === '&' ? null : out;
  }
  return null;
}

/** "Wood Gundy Inc": two or more words before the first head word, one after the first no list knows. */
function namedFirmTail(tail: readonly Word[]): boolean {
  let head = 0;
  while (head < tail.length && !ORG_HEADS.has(tail[head]!.lower)) head++;
  if (head < 2) return false;
  for (let k = 1; k < head; k++) if (unlistedWord(tail[k]!)) return true;
  return false;
}

/**
 * "Congress of South African Trade Unions", "Congress of Racial Equality", "Congress of Deputies": a congress's
 * name goes on through "of" (no organisation's lead alone: "informed Congress of Trump's decision", "Congress of
 * President Lula's party" say what a legislature was told). Not when a name after "of" is a possessive or opens
 * with a person's title or given name.
 */
function congressOfName(words: readonly (Word | null)[], at: number): boolean {
  const first = words[at]!;
  if (PERSON_TITLES.has(first.lower) || isGivenNameWord(first)) return false;
  let end = at;
  for (; end < at + 6; end++) {
    const w = words[end];
    if (!isNameWord(w)) break;
    if (w.possessive) return false;
  }
  // "notified Congress of Taiwan arms sales", "briefed Congress of South Korea's request": a place alone after
  // "of" is what a legislature was told about; one word names a congress only as a plural ("of Deputies").
  if (end === at + 1 && !pluralNounWord(first)) return false;
  return lookupPlace(lookupKey(words as readonly Word[], at, end)) === undefined;
}

/**
 * "the Kurdistan Democratic Party of Massoud Barzani": a person's name after a party's "of" is its leader,
 * no part of its name — a given name and a name word, or two or three words no list knows ending the run
 * ("Party of Regions", "Nation of Islam", "Party of European Socialists" keep their names).
 */
function leaderAfterOf(words: readonly (Word | null)[], at: number): boolean {
  const first = words[at]!;
  const second = words[at + 1];
  if (!isNameWord(second) || second.start > first.end + 1) return false;
  let end = at;
  while (end < at + 3 && isNameWord(words[end + 1]) && words[end + 1]!.start === words[end]!.end + 1) end++;
  // "Alliance of Free Democrats", "Party of European Socialists": a plural noun ends the body's name.
  if (pluralNounWord(words[end]!)) return false;
  // "People's Party of Arunachal Pradesh": a place the gazetteer knows as a whole is the body's.
  if (lookupPlace(lookupKey(words as readonly Word[], at, end + 1)) !== undefined) return false;
  if (isGivenNameWord(first)) return true;
  if (end === at + 3 && isNameWord(words[end + 1])) return false;
  for (let k = at; k <= end; k++) if (!unlistedWord(words[k]!)) return false;
  return true;
}

/** Whether the name words from `at` (up to three) open with a place the gazetteer knows ("of New Zealand"). */
function placeAfterOf(words: readonly (Word | null)[], at: number): boolean {
  let end = at;
  while (end < at + 2 && isNameWord(words[end + 1]) && words[end + 1]!.start === words[end]!.end + 1) end++;
  for (let k = end; k >= at; k--)
    if (lookupPlace(lookupKey(words as readonly Word[], at, k + 1)) !== undefined) return true;
  return false;
}

/**
 * "Democrats", "Socialists", "Deputies": an ordinary word's plural ("-s", or "-ies" of a word in "-y") that no list
 * knows as a surname ("Banks" is one).
 */
function pluralNounWord(w: Word): boolean {
  const lower = w.lower;
  return (
    lower.length > 3 &&
    lower.endsWith('s') &&
    !lower.endsWith('ss') &&
    (isLowerWord(lower.slice(0, -1)) || (lower.endsWith('ies') && isLowerWord(`${lower.slice(0, -3)}y`))) &&
    !isKnownSurnameWord(w)
  );
}

/** A word no list knows: no given name, surname, ordinary word or gazetteer entry. */
function unlistedWord(w: Word): boolean {
  return (
    !isGivenNameWord(w) && !isKnownSurnameWord(w) && !isLowerWordWord(w) && gazetteerOfWord(w) === undefined
  );
}

/**
 * The index of the legal form ("INC", "LTD", "CORP") that ends a capitals title's first two to six words
 * when a ticker in angle brackets follows it, or -1.
 */
function tickerFirmEnd(field: FieldText, words: readonly (Word | null)[]): number {
  if (words[0]?.caseless !== true) return -1;
  for (let k = 1; k < 6 && k < words.length; k++) {
    const w = words[k];
    if (!w?.caseless) return -1;
    if (field.tokens[k + 1]?.text === '<') return isLegalFormWord(w.core) ? k : -1;
  }
  return -1;
}

/** The "and" token at `index` as a word of the line of `last`, the name word it follows. */
function andAfter(field: FieldText, last: Word, index: number): Word {
  return toWord(
    field.tokens[index]!,
    index,
    last.line,
    last.lineStart,
    false,
    false,
    last.wrapped,
    last.tabular,
    undefined,
    field.wordIds[index] ?? -1,
  );
}

/** The words' lower-case forms joined by spaces: the key the entity gazetteer is asked with. */
export function lookupKey(words: readonly Word[], from: number, to: number): string {
  let key = words[from]!.lower;
  for (let i = from + 1; i < to; i++) key += ` ${words[i]!.lower}`;
  return key;
}

/**
 * "the" (or "of the", "of", "for") and the next name word when the run, those words and that word make a body
 * the team's list knows ("Save the Children", "Friends of the Earth", "Brothers of Italy"): lower-case words end a
 * run otherwise (review31 ★9).
 */
function knownNameWithThe(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const tokens = field.tokens;
  const joiner = tokens[at + 1]?.text;
  // "Brothers of Italy", "Alternative for Germany": a listed party's name goes on through "of" or "for" too.
  const between =
    joiner === 'the' || ((joiner === 'of' || joiner === 'for') && tokens[at + 2]?.text !== 'the')
      ? 1
      : joiner === 'of' && tokens[at + 2]?.text === 'the'
        ? 2
        : 0;
  const after = words[at + 1 + between];
  if (between === 0 || run.length > 3 || !isNameWord(after)) return null;
  const middle = between === 1 ? joiner : 'of the';
  if (
    !mayNameKnownBodyWith(between === 1 ? (joiner ?? '') : 'the', after.lower) ||
    knownBodyNamed(`${lookupKey(run, 0, run.length)} ${middle} ${after.lower}`) === undefined
  )
    return null;
  const tail: Word[] = [];
  let previous = run[run.length - 1]!;
  for (let k = at + 1; k <= at + 1 + between; k++) {
    const w = k === at + 1 + between ? after : andAfter(field, previous, k);
    if (!joinable(field, previous, w)) return null;
    tail.push(w);
    previous = w;
  }
  return tail;
}

/** "and" and the next name word when the run, "and" and that word make an organisation the lists know. */
function knownNameWithAnd(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
): Word[] | null {
  const after = words[at + 2];
  if (!isNameWord(after) || run.length > 3) return null;
  const head = lookupKey(run, 0, run.length);
  const tail = after.possessive ? `${after.lower}'s` : after.lower;
  // Most runs before "and" open no listed name with it: the names are then not built and looked up.
  const bodyMay = mayNameKnownBodyWith('and', tail);
  const gazetteerMay = GAZETTEER.continuesWithAnd(head);
  // "U.S. Customs and Border Protection", "Immigration and Customs Enforcement": a listed body whose name
  // goes on for a second word after "and".
  const second = words[at + 3];
  if (
    bodyMay &&
    isNameWord(second) &&
    !after.possessive &&
    knownBodyNamed(`${head} and ${tail} ${second.lower}`) !== undefined
  ) {
    const and = andAfter(field, run[run.length - 1]!, at + 1);
    if (
      joinable(field, run[run.length - 1]!, and) &&
      joinable(field, and, after) &&
      joinable(field, after, second)
    )
      return [and, after, second];
  }
  // "Bosnia and Herzegovina", "Trinidad and Tobago": so are countries named with "and"; "Procter and
  // Gamble": and firms the lists write with "&".
  let kind = gazetteerMay
    ? (GAZETTEER.get(`${head} and ${tail}`) ?? GAZETTEER.get(`${head} & ${tail}`))?.kind
    : undefined;
  // "Pratt and Whitney", "Marks and Spencer": a firm the team's list of bodies names with "and" (review24 ★6).
  if (kind === undefined && bodyMay && knownBodyNamed(`${head} and ${tail}`) !== undefined)
    kind = 'organization';
  // "Trinidad and Tobago's Prime Minister", "Bosnia and Herzegovina's president": a country's possessive.
  if (
    kind === undefined &&
    after.possessive &&
    gazetteerMay &&
    GAZETTEER.get(`${head} and ${after.lower}`)?.kind === 'country'
  )
    kind = 'country';
  // "Marks and Spencer's chairman", "Procter and Gamble's shares": a listed firm's possessive (the lists write the
  // name without it; read51 R1).
  if (
    kind === undefined &&
    after.possessive &&
    ((gazetteerMay &&
      (GAZETTEER.get(`${head} and ${after.lower}`) ?? GAZETTEER.get(`${head} & ${after.lower}`))?.kind ===
        'organization') ||
      (mayNameKnownBodyWith('and', after.lower) &&
        knownBodyNamed(`${head} and ${after.lower}`) !== undefined))
  )
    kind = 'organization';
  // "Poland's Law and Justice party": two words joined by "and" before a party's noun are the party's name.
  // Not two parties' members ("Labour and Conservative party leaders clashed") nor two parties' labels.
  const party =
    run.length <= 2 &&
    !after.possessive &&
    PARTY_NOUNS.has(field.tokens[after.index + 1]?.text ?? '') &&
    !PARTY_MEMBERS.has(field.tokens[after.index + 2]?.text ?? '') &&
    !(isPartyLabel(head) && isPartyLabel(after.lower)) &&
    GAZETTEER.get(head)?.kind !== 'country' &&
    GAZETTEER.get(after.lower)?.kind !== 'country';
  if (kind !== 'organization' && kind !== 'country' && !party) return null;
  const last = run[run.length - 1]!;
  const and = andAfter(field, last, at + 1);
  return joinable(field, last, and) && joinable(field, and, after) ? [and, after] : null;
}

/** Whether the run is a demonym ("Japanese", "South Korean"). */
function demonymRun(run: readonly Word[]): boolean {
  return GAZETTEER.get(lookupKey(run, 0, run.length))?.kind === 'demonym';
}

/**
 * Heads of the bodies and institutions named after two people ("the Bill and Melinda Gates Foundation", "the Victoria
 * and Albert Museum", "Lewis and Clark College").
 */
const PAIR_BODY_HEADS = new Set(
  'museum gallery college foundation institute hospital school university centre center library trust fund initiative'.split(
    ' ',
  ),
);

/**
 * A body named after two people, whose run stopped at "and" (it left "Melinda Gates Foundation", "Albert Museum"): a
 * name word alone (after a sentence's "The" or not), "and", a second name word and a body's head are one body. With
 * `sharedSurname`, the couple's step: two given names and the surname they share before the head ("the Bill and
 * Melinda Gates Foundation", "the Michael and Susan Dell Foundation"). Without, the two are each a given name or a
 * surname, neither a country ("Jordan and Egypt") nor a newsmaker ("the Victoria and Albert Museum", "Lewis and Clark
 * College"; ents46). Returns "and" and the words after it, or null.
 */
function pairBodyTail(
  field: FieldText,
  words: readonly (Word | null)[],
  run: readonly Word[],
  at: number,
  sharedSurname: boolean,
): Word[] | null {
  const last = run[run.length - 1]!;
  if (!(run.length === 1 || (run.length === 2 && run[0]!.lower === 'the')) || last.possessive) return null;
  const second = words[at + 2];
  const surname = sharedSurname ? words[at + 3] : null;
  const head = words[at + (sharedSurname ? 4 : 3)];
  if (!isNameWord(second) || second.possessive || !isNameWord(head) || !PAIR_BODY_HEADS.has(head.lower))
    return null;
  const and = andAfter(field, last, at + 1);
  let tail: Word[];
  if (sharedSurname) {
    if (!isGivenNameWord(last) || !isGivenNameWord(second) || !isNameWord(surname) || surname.possessive)
      return null;
    tail = [and, second, surname, head];
  } else {
    if (!namesake(last) || !namesake(second)) return null;
    tail = [and, second, head];
  }
  let previous = last;
  for (const w of tail) {
    if (!joinable(field, previous, w)) return null;
    previous = w;
  }
  return tail;
}

/** A given name or a surname that names a body after a person: no country, no newsmaker. */
function namesake(w: Word): boolean {
  return (
    (isGivenNameWord(w) || isKnownSurnameWord(w)) &&
    gazetteerOfWord(w)?.kind !== 'country' &&
    newsmakerNamed(w.core) === undefined
  );
}

/** Lower-case nouns after a party's or a bloc's name ("Law and Justice party", "Peace and Unity alliance"). */
const PARTY_NOUNS = new Set(['party', 'movement', 'alliance', 'coalition', 'bloc']);
/** Who a party's noun may be followed by when two parties share it ("Labour and Conservative party leaders"). */
const PARTY_MEMBERS = new Set(
  'leaders members officials lawmakers MPs candidates voters supporters activists politicians figures'.split(
    ' ',
  ),
);
/** Parties' own labels: two of them around "and" are two parties ("Democratic and Republican party"). */
const PARTY_ADJECTIVES = new Set(['democratic', 'liberal', 'green']);
const isPartyLabel = (lower: string) => PARTY_LABELS.has(lower) || PARTY_ADJECTIVES.has(lower);

/** The part of a look-up key before its first space: a longer key can only match a name sharing it. */
function firstSegment(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

function multiWordFirstSegments(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of keys) if (key.includes(' ')) out.add(firstSegment(key));
  return out;
}

/**
 * Names on all-capitals lines (headlines, datelines): the longest run that is a name seen elsewhere in
 * the article or in the gazetteer, else a run of words English does not write in lower case.
 */
export function caselessChunks(
  field: FieldText,
  words: readonly (Word | null)[],
  known: ReadonlyMap<string, unknown>,
): Chunk[] {
  const chunks: Chunk[] = [];
  const n = words.length;
  // Most words open no multi-word name: building and hashing their longer keys is wasted work.
  let knownFirsts: Set<string> | undefined;
  let i = 0;
  // "HOLLOWAY MILLS INC <HML> 1ST QTR NET": an earnings brief's title opens with the firm's whole name,
  // closed by its legal form before its ticker; the body's table never names it again.
  const firm = field.field === 'title' ? tickerFirmEnd(field, words) : -1;
  if (firm > 0) {
    chunks.push(makeChunk(field, (words.slice(0, firm + 1) as Word[]).filter(isWord), true));
    i = firm + 1;
  }
  while (i < n) {
    const w = words[i];
    if (!w?.caseless) {
      i++;
      continue;
    }
    let matched = 0;
    let key = '';
    const keys: string[] = [];
    // Where each key's last word is (a firm's "&" between two words stands outside the words: "MARKS & SPENCER").
    let ampersand = false;
    let p = i;
    for (let k = 0; k < MAX_NAME_WORDS && p < n; k++, p++) {
      let wk = words[p];
      // "MARKS & SPENCER PROFITS UP": a known name's "&" in capitals (the body's "Marks & Spencer" keys its words).
      const joinedByAmpersand =
        k > 0 && wk == null && field.tokens[p]?.text === '&' && words[p + 1]?.caseless === true;
      if (joinedByAmpersand) {
        ampersand = true;
        wk = words[++p];
      }
      if (!wk?.caseless || (k > 0 && !joinedByAmpersand && !joinable(field, words[p - 1]!, wk))) break;
      if (k === 1) {
        const head = firstSegment(key);
        knownFirsts ??= multiWordFirstSegments(known.keys());
        if (!GAZETTEER.startsLongerName(head) && !knownFirsts.has(head)) break;
      }
      key = k === 0 ? wk.lower : `${key} ${wk.lower}`;
      keys.push(key);
      if (wk.possessive) break;
    }
    for (let k = keys.length; k > 0; k--) {
      const candidate = keys[k - 1]!;
      if (known.has(candidate) || GAZETTEER.has(candidate)) {
        if (k === 1 && FUNCTION_WORDS.has(candidate)) continue;
        matched = k;
        break;
      }
    }
    if (matched > 0) {
      // (With an "&" inside, the matched words are the first `matched` words from i, the "&" left out.)
      const matchedWords = ampersand
        ? (words.slice(i, p + 1).filter(isWord) as Word[]).slice(0, matched)
        : (words.slice(i, i + matched) as Word[]);
      chunks.push(makeChunk(field, matchedWords, true));
      i = matchedWords[matchedWords.length - 1]!.index + 1;
      continue;
    }
    const run: Word[] = [];
    let j = i;
    while (j < n) {
      const wj = words[j];
      // "PRESIDENT TRUMP SAYS": a listed newsmaker's one-word form is a name in capitals too, though
      // it is also an ordinary word ("trump", "tusk", "macron").
      if (!wj?.caseless || !(isUnknownWord(wj.core) || newsmakerNamed(wj.core) !== undefined)) break;
      if (run.length > 0 && !joinable(field, run[run.length - 1]!, wj)) break;
      run.push(wj);
      j++;
      if (wj.possessive) break;
    }
    if (run.length > 0) {
      chunks.push(makeChunk(field, run, true));
      i = j;
    } else i++;
  }
  return chunks;
}

// At module level: esbuild compiles a \p{…} literal inside a function on every call.
const WORD_OF_LETTERS = letterPattern(String.raw`^[\p{L}][\p{L}'\u2019.-]*$`);

function isUnknownWord(core: string): boolean {
  if (core.length < 2 || !WORD_OF_LETTERS.test(core)) return false;
  return !isLowerWord(core.replace(/-.*$/, ''));
}
