/**
 * Finds the country mentions of one field: country names and press names, capitalised codes
 * ("U.S.", "UK"), demonyms, regions, major cities and metonyms, with longest-match over a phrase table
 * (no scan of the gazetteer per token). Ambiguous words are settled here from local context.
 */

import { CALENDAR_WORDS, isGivenName, isKnownSurname, isLowerWord } from '../entities/lexicon.js';
import type { Field } from '../schema.js';
import { codeUnitAt, isWhiteSpaceUnit, lowerCased } from '../text/chars.js';
import type { FieldText } from '../text/document.js';
import { lazyPattern, lazyPatternOf } from '../text/lazy-pattern.js';
import { hasLower, letterPattern, startsUpperOrDigit } from '../text/letters.js';
import { lengthened } from '../text/long-lists.js';
import type { Token } from '../text/tokens.js';
import { WordMemo } from '../text/vocabulary.js';
import { closesOwnWords, closesReportOfOtherState, speaksAsGovernment } from './capital-speaker.js';
import { namesCityForce } from './city-police.js';
import { isCountyOf } from './county-namesakes.js';
import { namesCrudeGrade } from './crude-grades.js';
import { divisionAt } from './division-names.js';
import {
  cityNamesakes,
  lookupPhrase,
  NEUTRAL_CITY_POPULATION,
  nextPhraseNode,
  normalizeWord,
  type PhraseEntry,
  type PhraseKind,
  type PhraseNode,
} from './gazetteer.js';
import { jointPartner } from './joint-names.js';
import { markedCityAbroad, writtenWithoutItsMarks } from './marked-spellings.js';
import { monarchInLongerName } from './monarch-names.js';
import { regionNameHeldBy } from './shared-region-names.js';
import { namesShopChain } from './shop-chains.js';
import { postalStateAfterTown } from './state-codes.js';
import { tickerAt } from './ticker-codes.js';
import { likensToPlace, namesGatheringFigure } from './town-figures.js';
import { namesTownOffice } from './town-offices.js';
import { namesTradeRound } from './trade-rounds.js';
import { namesUsStateOffice } from './us-georgia.js';
import { inVesselName } from './vessel-names.js';
import { namesWaterBody } from './water-names.js';

/** A word of a field as the scanner reads it, valid until the next `fieldWords` call (see `wordAt`). */
export interface Word {
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** Vocabulary number of the token whose normal form `norm` is, or -1 for part of a hyphenated token. */
  readonly wordId: number;
}

interface PooledWord {
  norm: string;
  start: number;
  end: number;
  wordId: number;
}

/**
 * The word objects of `fieldWords`, reused from field to field: the scanner reads one field's words at a
 * time and keeps none of them (its mentions copy what they need), so reading a field makes no object per
 * word once the pool has grown to the longest field.
 */
let wordPool: PooledWord[] = [];
/**
 * Words the pool keeps after a field: a long news story's field. A longer field (a 1 MB article holds
 * ~180,000 words, ~10 MB of word objects) grows the pool for itself and gives the rest back after it, so a
 * long-running process does not hold that memory until it ends.
 */
export const WORD_POOL_KEPT = 8192;

/** How many word objects the pool holds now (for tests: it never keeps more than WORD_POOL_KEPT). */
export const pooledWordCount = (): number => wordPool.length;

const newPooledWord = (): PooledWord => ({ norm: '', start: 0, end: 0, wordId: 0 });

/** The pool's `k`th word, set to the given values. */
function wordAt(k: number, norm: string, start: number, end: number, wordId: number): PooledWord {
  const word = wordPool[k];
  if (word === undefined) {
    const made = { norm, start, end, wordId };
    wordPool.push(made);
    return made;
  }
  word.norm = norm;
  word.start = start;
  word.end = end;
  word.wordId = wordId;
  return word;
}

export interface CountryMention {
  readonly code: string;
  readonly kind: PhraseKind;
  readonly field: Field;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The phrase is a country word that is also a common word or name (Georgia, Jordan, Turkey). */
  readonly ambiguous: boolean;
  /**
   * Names a currency ("Canadian dollar") or a crude grade priced from the country ("U.S. West Texas
   * Intermediate", crude-grades.ts): either says where money or a benchmark is, little about the country.
   * Result mentions do not carry the flag, so pairs.ts asks crude-grades.ts again of the text.
   */
  readonly currency: boolean;
  /** Counts only if the body names the same country: ambiguous words, and in an all-capitals headline
   * cities, regions and metonyms, which are as often part of a company name ("SDC SYDNEY"). */
  readonly needsConfirmation: boolean;
  /** A town under the cities' size (the gazetteer's `minorTown`; minor-towns.ts). */
  readonly minorTown?: boolean;
  /** A minor town named by an ordinary word that stood in a place's context here (`townInPlaceContext`). */
  readonly placed?: boolean;
}

export interface ScanContext {
  /** The title is all capitals (Reuters), so case tells nothing there. */
  readonly allCaps: boolean;
  /**
   * The title is in title case ("Turkey Raises Interest Rates Again"): a capital after an ambiguous country word
   * makes no name of it there, as in capitals (the word still needs the body or the headline's reading as a state).
   */
  readonly titleCase?: boolean;
  /**
   * Spans of people the entity recogniser found in this field, sorted by start and not overlapping
   * (entity mentions never overlap): a country inside one is a name.
   */
  readonly personSpans: readonly (readonly [number, number])[];
  /**
   * In a title-case headline, the spans of the places the entity recogniser read there (it read the headline
   * against the names of the story and the lists): "Ivanovic Seals Canberra Victory" names Canberra, though a capital
   * follows it, as in a longer name.
   */
  readonly titlePlaceSpans?: readonly (readonly [number, number])[];
  /** Root of the phrase trie for an article not in English (country names in its language). */
  readonly localRoot?: PhraseNode;
  /** The language writes a name's case ending after an apostrophe (Turkish "Almanya'ya", "Türkiye'nin"). */
  readonly caseSuffixes?: boolean;
  /** Chain-of-shops words the body reads as the chain throughout (shop-chains.ts): the title reads them so too. */
  readonly bodyChains?: ReadonlySet<string>;
  /**
   * Filled by the scan: towns a qualifier after a comma places ("Falmouth, Massachusetts"), by their words, true
   * where one places the town in the country its name stands for ("Falmouth, Cornwall"), false where only in
   * another.
   */
  readonly townsPlaced?: Map<string, boolean>;
  /** The body's `townsPlaced`, for the headline: a town the body places only abroad is no namesake at home there. */
  readonly bodyTownsPlaced?: ReadonlyMap<string, boolean>;
}

const LOWER_WORDS = new Set([
  'of',
  'the',
  'and',
  'de',
  'da',
  'del',
  'do',
  'dos',
  'la',
  'las',
  'los',
  'das',
  'le',
  'y',
  'et',
  '-',
  'du',
  'des',
  'di',
  'von',
  'van',
  'der',
  'e',
  'i',
  'und',
  'en',
  // Arabic articles inside a place's name: "Deir al-Balah", "Ras el-Tin".
  'al',
  'el',
  'es',
  'ez',
  // "son of" inside a listed person's name: "Mohammed bin Salman".
  'bin',
  'ibn',
]);
// After an ambiguous country word these capitalised words do not make it a person's or firm's name.
const NEUTRAL_FOLLOWERS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'and',
  'but',
  'or',
  'i',
  // "the Panama Canal": a canal named after the country runs through it (not a firm's or a person's name).
  'canal',
]);
/**
 * "Panama President Jose Raul Mulino", "Chad Foreign Minister …", "Jordan King Abdullah": the country's office —
 * when a capitalised word follows the office. 'King', 'President', 'Prime' are surnames too ("Jordan King scores",
 * "Chad King, a Houston lawyer", "Jordan President, the club's director": read32 F3).
 */
const OFFICE_FOLLOWERS = new Set([
  'president',
  'prime',
  'foreign',
  'finance',
  'defence',
  'defense',
  'interior',
  'king',
  'queen',
  'emir',
]);
// Words that open sentences without being anyone's given name ("Yesterday Washington said").
const SENTENCE_OPENERS = new Set(
  (
    'the a an in on at by for from to of with and but or so as if when while after before since until ' +
    'also still now then yet however meanwhile yesterday today tomorrow last next this that these those ' +
    'its their his her our my your both even only such some many most several all no not other another ' +
    'officials analysts critics experts traders here there where why how what which who earlier later ' +
    'once again instead indeed although though because unlike like under over about against between'
  ).split(' '),
);
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'president',
  'senator',
  'coach',
]);
// "Canadian dollar", "Australian dlr bond": a currency, not the country.
const CURRENCY_WORDS = new Set([
  'dollar',
  'dollars',
  'dlr',
  'dlrs',
  'franc',
  'francs',
  'mark',
  'marks',
  'yen',
  'pound',
  'pounds',
  'crown',
  'crowns',
  'peso',
  'pesos',
  'lira',
  'guilder',
  'guilders',
  'ecu',
  'rand',
  'real',
  'rupee',
  'rupees',
  'riyal',
  'yuan',
  // A price in another country's money: "the Australian dollar fell to 65.80 U.S. cents" (wild57).
  'cent',
  'cents',
]);
// "the Saudi crown prince", "the Dutch crown jewels": the monarchy, not the currency.
const CROWN_TITLES = new Set(['prince', 'princess', 'jewels', 'estate', 'court', 'dependency', 'colony']);

/** Does the word at `j` (right after a country word) make it a currency: "Canadian dollar", "Swedish crown"? */
function namesCurrency(words: readonly Word[], j: number): boolean {
  const word = words[j]?.norm ?? '';
  if (!CURRENCY_WORDS.has(word)) return false;
  return !(word === 'crown' && CROWN_TITLES.has(words[j + 1]?.norm ?? ''));
}

// "Henderson said": a surname, not the town.
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'argued',
  'noted',
  'wrote',
  'asked',
]);
// "Officials in Zanzibar said", "Police near Idlib told": after a preposition of place the town is where the speakers
// are, no speaker's surname (session 46: the town before "said" dropped its country). Not "from" or "of" ("a letter
// from Henderson said", "the wife of Santiago said").
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout']);
/** A first-level division's word after the name of its seat: "Sumy Oblast", "Kagoshima Prefecture". */
const DIVISION_WORDS = new Set(['oblast', 'prefecture', 'province', 'governorate', 'voivodeship', 'region']);
/**
 * Before "of" and a town, its office, its people or the unit it is: "The mayor of Leipzig said", "residents of Sumy
 * told", "the city of Lyon said" name the place, as "in" does, not a speaker of that surname (wild60).
 */
const TOWN_HEADS = new Set([
  'mayor',
  'mayors',
  'governor',
  'governors',
  'residents',
  'people',
  'inhabitants',
  'citizens',
  'city',
  'town',
  'province',
  'region',
  'oblast',
  'district',
  'municipality',
  'county',
  'prefecture',
]);
// The word after a town in its football club's name ("Leicester City", "Bolton Wanderers"); not "County"
// ("Hamilton County" is Ohio's) nor "Wednesday" (a day: "in Boston Wednesday").
const CLUB_WORDS = new Set([
  'united',
  'city',
  'rovers',
  'wanderers',
  'athletic',
  'albion',
  'hotspur',
  'fc',
  'afc',
]);
// "LET US", "FOR US": the pronoun in an all-capitals headline.
const PRONOUN_GOVERNORS = new Set([
  'let',
  'lets',
  'for',
  'to',
  'with',
  'of',
  'by',
  'tell',
  'tells',
  'told',
  'give',
  'gives',
  'help',
  'helps',
  'join',
  'about',
  'among',
  'between',
  'from',
  'against',
  'like',
  'show',
  'shows',
  'send',
  'sends',
  'call',
  'calls',
  'ask',
  'asks',
  'without',
  'behind',
  'save',
  'leave',
  'leaves',
  'pay',
  'make',
  'makes',
  'take',
  'takes',
  'before',
  'after',
  'at',
  'on',
  'upon',
  'into',
  'near',
  'beside',
  'around',
]);

// Letter patterns read ASCII words by their ASCII twins (text/letters.ts): made at import, each `\p{…}`
// pattern cost ~0.8 M instructions of cold start.
/** Asked only of a character beyond ASCII. */
const UPPER_LETTER = lazyPattern(() => /\p{Lu}/u);
const CAPITALISED_WORD = letterPattern(String.raw`^\p{Lu}\p{Ll}`);
const TITLE_CASE_WORD = letterPattern(String.raw`^\p{Lu}\p{Ll}+$`);

/** Words of a field: tokens with a possessive "'s" dropped and hyphenated parts split around "-". */
const PLAIN_ASCII = /^[A-Za-z0-9.,;:!?"()[\]$%&*+/<=>@#_]*$/;

/** normalizeWord without Unicode normalisation for the common plain-ASCII token (most of a text). */
function fastNormalize(text: string): string {
  const c = codeUnitAt(text, 0);
  // Lower-case words and punctuation are already in normal form for every use here.
  // ("d'Ivoire" is not: an elided article before a capital; nor "eSwatini", a capital second; nor "gardaí", whose
  // mark the phrase table folds: "Kerry gardaí".)
  if (
    (c >= 97 &&
      c <= 122 &&
      PLAIN_ASCII.test(text) &&
      !innerCapital(text, 0) &&
      !text.includes('.') &&
      !text.includes("'") &&
      !text.includes('’')) ||
    (c < 65 && text.length === 1)
  )
    return text;
  if (!PLAIN_ASCII.test(text)) return normalizeWord(text);
  const lower = lowerCased(text);
  return lower.length > 1 && lower.includes('.') ? lower.replace(/\./g, '') : lower;
}

function startsUpper(text: string, at: number): boolean {
  const c = codeUnitAt(text, at);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER_LETTER.test(text[at] ?? '');
}

/** The normal form of each unhyphenated token (its possessive dropped), by vocabulary number. */
const normalForms = new WordMemo<string>();

const ELIDED_ARTICLE = lazyPattern(() => /^(?:l|d|dell|all|dall|nell|sull|qu)['\u2019](?=\p{Lu})/iu);
/** Languages that write a name's case ending after an apostrophe: Turkish "Türkiye'nin", "Ankara'da". */
export const CASE_SUFFIX_LANGUAGES: ReadonlySet<string> = new Set(['tr', 'az']);
/** A capitalised name and the case ending written after its apostrophe: "Almanya'nın" → "Almanya". */
const NAME_BEFORE_CASE_ENDING = lazyPattern(() => /^\p{Lu}[^'\u2019]*(?=['\u2019]\p{Ll}+$)/u);

/** "St" as written before a period: the first letter is tested first (most two-letter words are not). */
function isSaintAbbreviation(text: string, start: number, end: number): boolean {
  return (
    end - start === 2 && text.charCodeAt(start) === 83 /* S */ && text.charCodeAt(start + 1) === 116 /* t */
  );
}

/**
 * "Co." of an Irish county ("in Co. Mayo", keyed "co mayo" as "Co Mayo" is): the period stays on "Co" when the next
 * word makes a county's name with it, not on a firm's "Co." ("Ford Motor Co. said").
 */
function opensCountyName(text: string, start: number, end: number, next: string | undefined): boolean {
  return (
    end - start === 2 &&
    text.charCodeAt(start) === 67 /* C */ &&
    text.charCodeAt(start + 1) === 111 /* o */ &&
    next !== undefined &&
    lookupPhrase(`co ${normalizeWord(next)}`) !== undefined
  );
}

/** Whether `at` holds one capital letter twice ("EE", "UU"). */
function doubledCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90 && text.charCodeAt(at + 1) === c;
}

/**
 * Whether `token` ("UU." or "UU") ends a plural's initials that `initials` ("EE") and its `period` open: the
 * period right after the first pair, at most one space before the second ("EE.UU.", "EE. UU.").
 */
function pairedInitials(text: string, initials: Word, period: Word, token: Token): boolean {
  const length = token.end - token.start;
  return (
    period.norm === '.' &&
    period.start === initials.end &&
    initials.end - initials.start === 2 &&
    (token.start === period.end || (token.start === period.end + 1 && text.charCodeAt(period.end) === 32)) &&
    (length === 2 || (length === 3 && text.charCodeAt(token.end - 1) === 46)) &&
    doubledCapital(text, initials.start) &&
    doubledCapital(text, token.start)
  );
}

export function fieldWords(field: FieldText, elision = false, caseSuffixes = false): Word[] {
  // The field's words are the pool's first `count`; the list returned is one copy of exactly that many.
  let count = 0;
  const { tokens, wordIds } = field;
  // A long field's pool: a word a token made at once, in one array, not grown a word at a time (long-lists.ts).
  // Asked of every field (it returns the pool when it is long enough): a call only a long field made would throw
  // away the optimised code of this loop at that field's start, before its ~230,000 tokens.
  wordPool = lengthened(wordPool, tokens.length, newPooledWord);
  const memo = normalForms.current();
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as (typeof tokens)[number];
    let text = token.text;
    // French and Italian elide an article into the name: "l'Allemagne", "d'Italia", "dell'Ucraina".
    // Not inside a name: "Côte d'Ivoire" stays whole.
    const elided =
      elision && !(t > 0 && startsUpper(field.text, tokens[t - 1]!.start)) ? ELIDED_ARTICLE.exec(text) : null;
    if (elided) {
      const name = text.slice(elided[0].length);
      const start = token.start + elided[0].length;
      wordAt(count++, fastNormalize(name), start, start + name.length, -1);
      continue;
    }
    const stem = caseSuffixes ? NAME_BEFORE_CASE_ENDING.exec(text) : null;
    if (stem) {
      wordAt(count++, fastNormalize(stem[0]), token.start, token.start + stem[0].length, -1);
      continue;
    }
    // "S." of "S. Korea" comes as "S" and "."; keep the period on the initial, and on "St." ("St. Kitts and
    // Nevis", "St. Vincent and the Grenadines": the phrase table keys them "st kitts …", as "St Kitts").
    const last = count > 0 ? wordPool[count - 1] : undefined;
    if (
      text === '.' &&
      last &&
      last.end === token.start &&
      (last.end - last.start === 1 ||
        isSaintAbbreviation(field.text, last.start, last.end) ||
        opensCountyName(field.text, last.start, last.end, tokens[t + 1]?.text)) &&
      startsUpper(field.text, last.start)
    ) {
      last.end = token.end;
      continue;
    }
    // Spanish abbreviates a plural by doubling its initials: "EE.UU." and "EE. UU." (Estados Unidos) come as
    // "EE", "." and "UU." (or "UU" and "." before a capital); outside English they are one word again, "eeuu", as
    // "EEUU" is, with their last period.
    if (
      elision &&
      count >= 2 &&
      pairedInitials(field.text, wordPool[count - 2]!, wordPool[count - 1]!, token)
    ) {
      const initials = wordPool[count - 2]!;
      const period = tokens[t + 1];
      const closed = token.end - token.start === 2 && period?.start === token.end && period.text === '.';
      initials.norm = initials.norm + fastNormalize(text);
      initials.end = closed ? period.end : token.end;
      initials.wordId = -1;
      if (closed) t++;
      count--;
      continue;
    }
    // A token's length from its offsets: reading `.length` of token strings of every V8 representation
    // was a megamorphic property load per token.
    let length = token.end - token.start;
    if (length > 2 && codeUnitAt(text, length - 1) === 115 /* s */) {
      const apostrophe = codeUnitAt(text, length - 2);
      if (apostrophe === 39 || apostrophe === 0x2019) {
        text = text.slice(0, -2);
        length -= 2;
      }
    }
    const id = wordIds[t] ?? 0;
    let norm = memo.get(id);
    if (norm === undefined && (!text.includes('-') || length === 1)) norm = memo.set(id, fastNormalize(text));
    if (norm !== undefined) {
      wordAt(count++, norm, token.start, token.start + length, id);
      continue;
    }
    let offset = token.start;
    const parts = text.split('-');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] as string;
      if (i > 0) {
        wordAt(count++, '-', offset, offset + 1, -1);
        offset += 1;
      }
      if (part) wordAt(count++, fastNormalize(part), offset, offset + part.length, -1);
      offset += part.length;
    }
  }
  const words = wordPool.slice(0, count);
  if (wordPool.length > WORD_POOL_KEPT) wordPool.length = WORD_POOL_KEPT;
  return words;
}

const LETTER_OR_HYPHEN_FIRST = lazyPatternOf('^[\\p{L}-]', 'u');

function isCapitalised(surface: string): boolean {
  return startsUpperOrDigit(surface) || innerCapital(surface, 0);
}

/**
 * "eSwatini": the kingdom's own styling, a lower-case prefix before the capital (wild54 Z8). Only a listed name
 * is read so ("eBay", "iPhone" are none).
 */
function innerCapital(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const c = codeUnitAt(text, at);
  const d = codeUnitAt(text, at + 1);
  return c >= 97 && c <= 122 && d >= 65 && d <= 90;
}

function caseFits(text: string, words: readonly Word[], entry: PhraseEntry, allCaps: boolean): boolean {
  const surfaceOf = (w: Word) => text.slice(w.start, w.end);
  if (entry.capitalsOnly) {
    return words.every((w) => !hasLower(surfaceOf(w)));
  }
  // "Xi", never "XI" (a team's eleven) nor a word of an all-capitals headline.
  if (entry.mixedCase) return !allCaps && words.every((w) => hasLower(surfaceOf(w)));
  if (allCaps) return true;
  if (entry.lowerTail) return isCapitalised(surfaceOf(words[0]!));
  // "Côte d'Ivoire": an elided article before a capital is as good as a capital.
  return words.every(
    (w, k) =>
      LOWER_WORDS.has(w.norm) ||
      isPossessivePart(text, w) ||
      isCapitalised(surfaceOf(w)) ||
      ELIDED_ARTICLE.test(surfaceOf(w)) ||
      hyphenatedTail(words, k),
  );
}

/** "Lee Jae-myung", "Lai Ching-te": the second part of a hyphenated given name is written in lower case. */
function hyphenatedTail(words: readonly Word[], k: number): boolean {
  const hyphen = words[k - 1];
  return (
    k >= 2 && hyphen!.norm === '-' && hyphen!.end === words[k]!.start && words[k - 2]!.end === hyphen!.start
  );
}

/** Only spaces and at most one line break between two words (a phrase may wrap, not cross a paragraph). */
/**
 * How many words at `j` spell a possessive written apart: the tokenised "People 's Republic" ("'s" as one word,
 * or "'" and "s"); 0 when none.
 */
function possessiveWordsAt(text: string, words: readonly Word[], j: number): number {
  const w = words[j];
  if (!w) return 0;
  const c = codeUnitAt(text, w.start);
  if (c !== 39 && c !== 0x2019) return 0;
  if (w.end - w.start === 2) return codeUnitAt(text, w.start + 1) === 115 /* s */ ? 1 : 0;
  const s = words[j + 1];
  return w.end - w.start === 1 && s?.start === w.end && s.end === s.start + 1 && s.norm === 's' ? 2 : 0;
}

/** A word of a possessive inside a name ("'s", or its "'" and "s"), which no case test reads. */
function isPossessivePart(text: string, w: Word): boolean {
  const c = codeUnitAt(text, w.start);
  if (c === 39 || c === 0x2019) return w.end - w.start <= 2;
  const before = w.start > 0 ? codeUnitAt(text, w.start - 1) : -1;
  return w.norm === 's' && w.end - w.start === 1 && (before === 39 || before === 0x2019);
}

/** A possessive "'s" right after `a` and then space before `b`: "People's Republic". */
function possessiveGap(text: string, a: Word, b: Word): boolean {
  if (b.start <= a.end + 2) return false;
  const c = codeUnitAt(text, a.end);
  if ((c !== 39 && c !== 0x2019) || codeUnitAt(text, a.end + 1) !== 115 /* s */) return false;
  return spaceBetween(text, a.end + 2, b.start);
}

function gapIsSpace(text: string, a: Word, b: Word): boolean {
  return spaceBetween(text, a.end, b.start);
}

/** Whether a full stop, a question or exclamation mark or a semicolon follows `from` (spaces aside). */
function sentenceEndsAfter(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && codeUnitAt(text, k) === 32) k++;
  const c = codeUnitAt(text, k);
  return c === 46 || c === 33 || c === 63 || c === 59;
}

/** Only spaces between `from` and `to`, and at most one line break. */
function spaceBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = codeUnitAt(text, k);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
  }
  return newlines < 2;
}

/**
 * "Diamond League, Zurich⏎Men's 100m": a place after a comma that ends its line closes a "Name, Place" header (of
 * a schedule, a results table, a caption), and the capitalised word on the next line opens the next line, not a
 * name with the place (wild38b ★6). Only a short line is a header: a wire story wrapped at 65 characters runs a
 * name on ("this year, Kiel⏎University's Institute", "other suitor, Norfolk⏎Southern Corp").
 */
function endsHeaderLine(text: string, prev: Word | undefined, last: Word, next: Word): boolean {
  if (prev?.norm !== ',' || !text.slice(last.end, next.start).includes('\n')) return false;
  return last.end - (text.lastIndexOf('\n', last.start) + 1) <= HEADER_LINE;
}

/** The longest header line "Name, Place" (a wrapped wire line is longer). */
const HEADER_LINE = 40;

/** "Jordan King Abdullah": the office word is followed by the holder's (capitalised) name or the rest of the office. */
function holdsOffice(text: string, after: Word | undefined, office: Word): boolean {
  return (
    after !== undefined &&
    gapIsSpace(text, office, after) &&
    CAPITALISED_WORD.test(text.slice(after.start, after.end))
  );
}

/** A capitalised "Club" right before the word at `i` ("Club America"). */
function clubBefore(text: string, words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  return (
    prev !== undefined &&
    prev.norm === 'club' &&
    text.startsWith('Club', prev.start) &&
    gapIsSpace(text, prev, words[i]!)
  );
}

/** Phrase kinds that name a country or a place. */
const PLACE_PHRASE_KINDS: ReadonlySet<PhraseKind> = new Set<PhraseKind>(['name', 'code', 'city', 'region']);

/**
 * Whether `word` opens a country's or a place's name: "Queen Elizabeth Canada visit postponed", a headline's
 * stacked nouns, keeps the monarch beside the country (read52 R11), as a hospital or a cup after the name does not.
 */
function opensPlaceName(word: Word | undefined): boolean {
  if (word === undefined) return false;
  const kind = nextPhraseNode(word.norm)?.entry?.kind;
  return kind !== undefined && PLACE_PHRASE_KINDS.has(kind);
}

/** "Michael Jordan", "Jordan Spieth", "Mr. Chad", "Washington Post": the country word is part of a name. */
function partOfName(text: string, words: readonly Word[], i: number, j: number, allCaps: boolean): boolean {
  if (allCaps) return false;
  const next = words[j];
  const prev = words[i - 1];
  const first = words[i]!;
  const last = words[j - 1]!;
  if (
    next &&
    gapIsSpace(text, last, next) &&
    CAPITALISED_WORD.test(text.slice(next.start, next.end)) &&
    !endsHeaderLine(text, prev, last, next)
  ) {
    if (!NEUTRAL_FOLLOWERS.has(next.norm) && !OFFICE_FOLLOWERS.has(next.norm)) return true;
    if (OFFICE_FOLLOWERS.has(next.norm) && !holdsOffice(text, words[j + 1], next)) return true;
  }
  if (prev && gapIsSpace(text, prev, first)) {
    const surface = text.slice(prev.start, prev.end);
    if (HONORIFICS.has(prev.norm)) return true;
    // "Air India ordered 30 jets": a carrier named after its country, not a given name's bearer (airlines.ts
    // reads it as the country's firm). "Air Jordan" is the shoe named after Michael Jordan.
    if (prev.norm === 'air' && first.norm !== 'jordan') return false;
    // A capitalised word right before, not at a sentence start: a given name ("Michael Jordan").
    const before = words[i - 2];
    const sentenceStart = !before || /[.!?:;"\u201c]$/.test(text.slice(before.start, before.end));
    const opener = sentenceStart && SENTENCE_OPENERS.has(prev.norm);
    if (
      TITLE_CASE_WORD.test(surface) &&
      !opener &&
      !LOWER_WORDS.has(prev.norm) &&
      !WHEN_WORDS.has(prev.norm)
    ) {
      const phrase = lookupPhrase(prev.norm);
      if (!phrase) return true;
    }
  }
  return false;
}

/**
 * Days and months, capitalised but no given names: "said on Tuesday Israel must withdraw" (read33 leftover: Israel,
 * a given name too, was read as "Tuesday Israel", a person, and the story lost it). Not April, May, June or August.
 */
const WHEN_WORDS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march july september october november december'.split(
    ' ',
  ),
);

/**
 * Whether the words from `k` carry "the States" on into a body's name: a capitalised word, or "of" and one ("the
 * States Assembly" and "the States of Jersey" are Jersey's parliament, "the States General" the Dutch one, "States
 * Parties" a treaty's members): wild56 a/75 read Jersey's parliament as the United States.
 */
function namesBodyAfter(text: string, words: readonly Word[], k: number): boolean {
  const next = words[k];
  if (!next || !gapIsSpace(text, words[k - 1]!, next)) return false;
  const named = next.norm === 'of' ? words[k + 1] : next;
  return named !== undefined && CAPITALISED_WORD.test(text.slice(named.start, named.end));
}

/** Words that carry a place's name on in English, Spanish and Portuguese names ("upon", "del", "de los", "da"). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['upon', 'del', 'de', 'da', 'do', 'dos', 'das']);
/** Articles after a connector: "de los", "de la". */
const NAME_ARTICLES: ReadonlySet<string> = new Set(['la', 'las', 'los', 'el']);

/**
 * Where a longer place's name ends when the words from `j` carry a city's name on into it (the index of the word
 * after it), or 0: "Beach" ("Panama City Beach"), or a connector and a capitalised word ("Kingston upon Thames", "San
 * Jose del Cabo", "Santo Domingo de los Tsachilas"). Not when that word opens a country's or region's name
 * ("Santiago de Chile", "Santiago de Cuba": the country after is read, and the city with it when it is that
 * country's).
 */
function longerPlaceEnd(text: string, words: readonly Word[], j: number): number {
  const next = words[j];
  if (!next || !gapIsSpace(text, words[j - 1]!, next)) return 0;
  if (next.norm === 'beach') return CAPITALISED_WORD.test(text.slice(next.start, next.end)) ? j + 1 : 0;
  if (!NAME_CONNECTORS.has(next.norm) || text.slice(next.start, next.end) !== next.norm) return 0;
  let k = j + 1;
  if (NAME_ARTICLES.has(words[k]?.norm ?? '')) k++;
  const name = words[k];
  if (!name || !CAPITALISED_WORD.test(text.slice(name.start, name.end))) return 0;
  const entry = nextPhraseNode(name.norm)?.entry;
  return entry && (entry.kind === 'name' || entry.kind === 'region') ? 0 : k + 1;
}

/**
 * Whether the word at `j` carries a town's name that other countries' towns share (`cityNamesakes`) on into a longer
 * one: capitalised, right after it, and no word, name or place of ours ("San Luis Obispo"; not "San Luis Stadium").
 */
function sharedNameGoesOn(text: string, words: readonly Word[], j: number, name: string): boolean {
  const next = words[j];
  if (!next || !gapIsSpace(text, words[j - 1]!, next)) return false;
  if (!CAPITALISED_WORD.test(text.slice(next.start, next.end))) return false;
  if (isLowerWord(next.norm) || isGivenName(next.norm) || isKnownSurname(next.norm)) return false;
  return nextPhraseNode(next.norm) === undefined && cityNamesakes(name).length > 0;
}

/** Connectors that carry a Portuguese or Spanish place's name on to a last word ("Mocimboa da Praia"). */
const CLOSING_CONNECTORS: ReadonlySet<string> = new Set(['da', 'do', 'dos', 'das', 'de', 'del']);

/**
 * Whether the city at word `i` closes a longer place's name: a connector in lower case and a capitalised word that
 * is no country's or place's name of ours before it ("Mocimboa da Praia"; not "Ciudad de Panama", whose country is
 * named, nor "Banco de Bogota", read by its firm words).
 */
function closesLongerPlace(text: string, words: readonly Word[], i: number): boolean {
  const connector = words[i - 1];
  const head = words[i - 2];
  if (!connector || !head || !CLOSING_CONNECTORS.has(connector.norm)) return false;
  if (text.slice(connector.start, connector.end) !== connector.norm) return false;
  if (!gapIsSpace(text, head, connector) || !gapIsSpace(text, connector, words[i]!)) return false;
  if (!CAPITALISED_WORD.test(text.slice(head.start, head.end))) return false;
  return nextPhraseNode(head.norm)?.entry === undefined && !FIRM_WORDS_BEFORE.has(head.norm);
}

/** The kind of a town's council named between the town and "Council" ("Horsham District Council"). */
const COUNCIL_KINDS: ReadonlySet<string> = new Set(['district', 'borough', 'city', 'town', 'county']);
/** The subject a person who speaks is taken up by: "Leon said he would appeal". */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
/** After "<English county> County": the bodies England names so ("Lancashire County Council", "Somerset County
 * Cricket Club"); any other word after "County" is an American county's. */
const ENGLISH_COUNTY_BODIES: ReadonlySet<string> = new Set([
  'council',
  'councillor',
  'councillors',
  'cricket',
]);

/** Words of a firm's name that come before the place it is named after ("Banco Galicia", "Caixa Galicia"). */
const FIRM_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'grupo',
  'financiero',
  'financiera',
  'banco',
  'banca',
  'caja',
  'caixa',
  'compania',
  'industrias',
]);

const TROPHY_AFTER = /^(?:['\u2019]s)?\s+Cup\b/i;

/** A word in the possessive: "China's". */
export const POSSESSIVE = /['\u2019]s$/;
const POSSESSIVE_GAP = /^['\u2019]s $/;

/** Head nouns of a building, ground or street a country's name may open: "the Emirates Stadium". */
const VENUE_HEADS = new Set([
  'stadium',
  'arena',
  'park',
  'hall',
  'palace',
  'hotel',
  'tower',
  'square',
  'plaza',
  'house',
  'street',
  'avenue',
  'road',
  'bridge',
  'garden',
  'gardens',
]);

/** Countries that are one city: "Hong Kong Stadium", "Singapore Indoor Stadium" lie in them. */
const CITY_STATES = new Set(['HK', 'SG', 'MO', 'MC', 'VA', 'GI']);

/**
 * "at the Emirates Stadium", "India House", "Canada Square", "the Luxembourg Gardens": a country's name
 * right before the capitalised head noun of a building, ground or street is part of that place's name,
 * which lies wherever it was built (a sponsor's or a community's name). Cities and city-states are left
 * alone: their grounds lie in them.
 */
function namesVenue(text: string, words: readonly Word[], j: number): boolean {
  const next = words[j];
  return (
    next !== undefined &&
    VENUE_HEADS.has(next.norm) &&
    startsUpper(text, next.start) &&
    gapIsSpace(text, words[j - 1]!, next)
  );
}

/**
 * "the Toyota Center", "Honda Centre", "Toyota Field", "the Heineken Cup": a sponsor's arena or
 * tournament (with VENUE_HEADS), held wherever it is.
 */
const ARENA_HEADS = new Set([
  'center',
  'centre',
  'field',
  'cup',
  'trophy',
  'open',
  'classic',
  'championship',
]);

function namesArena(text: string, words: readonly Word[], j: number): boolean {
  const next = words[j];
  return next !== undefined && ARENA_HEADS.has(next.norm) && startsUpper(text, next.start);
}

/** First words of a place named after a saint: "St George's", "Santa Marta", "São Tomé". */
const SAINT_WORDS = new Set(['st', 'saint', 'ste', 'sainte', 'san', 'santa', 'santo', 'sao']);

/**
 * A town named after a saint shares its name with the churches, parks, hospitals and clubs named after
 * the same saint: "Casa Santa Marta" (the Vatican guesthouse, not Colombia's Santa Marta), "St George's
 * Park" (England's training ground, not Grenada's capital), "St John Ambulance", "St George Illawarra".
 * Such a town under a million people is part of a name after a capitalised word that is no sentence
 * opener, and one under 100,000 (a small capital: St George's, St John's) also before a capitalised
 * word; a big city's own bodies lie in it ("San Francisco Bay Area", "St Petersburg International
 * Economic Forum").
 */
function saintsNamesake(
  text: string,
  words: readonly Word[],
  i: number,
  n: number,
  entry: PhraseEntry,
  allCaps: boolean,
): boolean {
  if (n < 2 || allCaps || !SAINT_WORDS.has(words[i]!.norm)) return false;
  const population = entry.place?.population ?? 0;
  if (population >= 1_000_000) return false;
  // The word before: the name the town's words follow ("Casa Santa Marta").
  if (partOfName(text, words.slice(0, i + n), i, i + n, allCaps)) return true;
  if (population >= 100_000) return false;
  // The word after, past a possessive: "St George's Park", "St John Ambulance".
  const last = words[i + n - 1]!;
  const next = words[i + n];
  return (
    next !== undefined &&
    SAINTS_NAME_GAP.test(text.slice(last.end, next.start)) &&
    CAPITALISED_WORD.test(text.slice(next.start, next.end)) &&
    !NEUTRAL_FOLLOWERS.has(next.norm) &&
    !OFFICE_FOLLOWERS.has(next.norm)
  );
}
const SAINTS_NAME_GAP = /^(?:['\u2019]s?)? $/;

/**
 * "Pakistan's Punjab", "Pakistani Kashmir": a region whose name two countries share, right after another
 * country's possessive or demonym, is that country's half, which its own mention already counts.
 */
function ownedByPrevious(
  text: string,
  mentions: readonly CountryMention[],
  code: string,
  start: number,
): boolean {
  const prev = mentions[mentions.length - 1];
  if (!prev || prev.code === code || start - prev.end > 3) return false;
  const gap = text.slice(prev.end, start);
  if (prev.kind === 'demonym') return gap === ' ';
  if (prev.kind !== 'name' && prev.kind !== 'code') return false;
  return POSSESSIVE_GAP.test(gap) || (gap === ' ' && POSSESSIVE.test(prev.text));
}

const COMPASS = /^(?:west|east|north|south|northern|southern|eastern|western|new|upper|lower|central)$/i;
/** The longest word COMPASS matches ("northern"). */
const LONGEST_COMPASS_WORD = 8;

/** What `wordsBeside` found: no word, compass words only, or another word. */
const NO_WORD = 0;
const COMPASS_WORDS = 1;
const OTHER_WORD = 2;

/**
 * Whether code unit `c` parts the words of a person's span: white space (as `\s` reads it), a full stop,
 * an apostrophe or a hyphen.
 */
function partsSpanWords(c: number): boolean {
  return c === 46 || c === 39 || c === 0x2019 || c === 45 || isWhiteSpaceUnit(c);
}

/**
 * The words of `text[from, to)`, as split on `partsSpanWords`: none, compass words only ("West"), or a word
 * that is no compass word, the scan ending at the first such word (a compass word is at most eight letters,
 * so no longer word is read to its end). A span the recogniser ran over a whole page ("John Smith Paris Acme Corp …" without a full stop)
 * was cut and split whole for each of its thousands of place words: quadratic.
 */
function wordsBeside(text: string, from: number, to: number): number {
  let found = NO_WORD;
  let i = from;
  while (i < to) {
    if (partsSpanWords(codeUnitAt(text, i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && j - i <= LONGEST_COMPASS_WORD && !partsSpanWords(codeUnitAt(text, j))) j++;
    if (j - i > LONGEST_COMPASS_WORD || !COMPASS.test(text.slice(i, j))) return OTHER_WORD;
    found = COMPASS_WORDS;
    i = j;
  }
  return found;
}

/**
 * Whether a person the entity recogniser found covers this mention. Its spans are trusted when they
 * add a real name to the place word ("Michael Jordan", "Alberto Hesse"), or cover a weak place word
 * alone (an ambiguous country word, a town, a region); a country name the recogniser took for a person
 * on its own ("China", "West German") stays a country.
 */
function insidePerson(
  text: string,
  start: number,
  end: number,
  entry: PhraseEntry,
  ctx: ScanContext,
): boolean {
  // The one span that can contain [start, end): the last that starts at or before it.
  const spans = ctx.personSpans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]![0] <= start) lo = mid + 1;
    else hi = mid;
  }
  const containing = spans[lo - 1];
  if (containing) {
    const [a, b] = containing;
    if (end > b) return false;
    // The span's other words: one that is no compass word makes it a person's name.
    const before = wordsBeside(text, a, start);
    if (before === OTHER_WORD) return true;
    const after = wordsBeside(text, end, b);
    if (after === OTHER_WORD) return true;
    // A place of several words is no weak word: "Tsim Sha Tsui", which the recogniser may take for a name.
    const weak = entry.ambiguous || entry.kind === 'city' || entry.kind === 'region';
    if (before === NO_WORD && after === NO_WORD && weak && !text.slice(start, end).includes(' ')) return true;
  }
  return false;
}

/** Is "US" in an all-capitals headline the pronoun? ("LET US", "JOIN US", a headline ending "US"). */
function pronounUs(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (prev && PRONOUN_GOVERNORS.has(prev.norm)) return true;
  return !next || !LETTER_OR_HYPHEN_FIRST.test(next.norm);
}

/** The country a qualifier after a town names, and whether the town and it may open a list of places. */
interface Qualifier {
  readonly code: string;
  /** "offices in London, New York and Tokyo": the "qualifier" may be the next place of a list. */
  readonly listed: boolean;
  /** Its words' key ("punjab") and the index of the word after them. */
  readonly key: string;
  readonly end: number;
}

/** The city before a comma whose qualifier `qualifierAfter` looks for. */
interface QualifiedTown {
  /** Its words as written. */
  readonly surface: string;
  /** A national capital (`PhraseEntry.capital`). */
  readonly capital: boolean;
  /** It follows a comma itself: "in Rome, Athens, Atlanta" — an item of a list of places. */
  readonly listItem: boolean;
}

/**
 * "Cambridge, Ohio", "London, Ontario": the qualifier after the comma decides the country. So does a city of the
 * country of a namesake of `town` ("Cordoba, Veracruz": Mexico's Cordoba, not Argentina's). A name with a possessive
 * "'s" opens a phrase of its own ("Speaking in Brussels, Luxembourg's finance minister"), no qualifier.
 */
function qualifierAfter(
  text: string,
  words: readonly Word[],
  j: number,
  code: string,
  town?: QualifiedTown,
): Qualifier | undefined {
  if (words[j]?.norm !== ',') return undefined;
  const next = words[j + 1];
  if (!next) return undefined;
  // "DUBLIN, OH", "LIMA, OH": a state's postal code in capitals places the town in its state (state-codes.ts).
  const postal =
    next.end - next.start === 2 ? postalStateAfterTown(text.slice(next.start, next.end), code) : undefined;
  if (postal !== undefined) return { code: postal, listed: false, key: next.norm, end: j + 2 };
  let node = nextPhraseNode(next.norm);
  for (let k = j + 2; node; k++) {
    const entry = node.entry;
    if (
      entry &&
      (entry.kind === 'region' ||
        entry.kind === 'abbreviation' ||
        (entry.kind === 'name' && !(town && listsCountryAfterCapital(text, words, k, town, entry, code))) ||
        (entry.kind === 'city' &&
          town !== undefined &&
          entry.code !== code &&
          // "the Boston, London and Tokyo marathons", "in Rome, Athens, Atlanta": cities side by side.
          !town.listItem &&
          !opensList(text, words, k) &&
          cityNamesakes(town.surface).some((n) => n.countryCode === entry.code)))
    ) {
      if (endsPossessive(text, words[k - 1]!)) return undefined;
      return {
        code: entry.code,
        listed: opensList(text, words, k),
        key: townKey(words.slice(j + 1, k)),
        end: k,
      };
    }
    const w = words[k];
    if (!w) break;
    node = nextPhraseNode(w.norm, node);
  }
  return undefined;
}

/**
 * "and", "or", or a comma before a capital or before "and"/"or" at `k`: a list goes on ("London, New York and
 * Tokyo", "New York, London, Toronto, and Hong Kong").
 */
function opensList(text: string, words: readonly Word[], k: number): boolean {
  const after = words[k]?.norm;
  if (LIST_JOINERS.has(after ?? '')) return true;
  const beyond = words[k + 1];
  if (after !== ',' || beyond === undefined) return false;
  return LIST_JOINERS.has(beyond.norm) || (startsUpper(text, beyond.start) && !datesAt(words, k + 1));
}
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/**
 * "Delegations from Moscow, Tehran, Azerbaijan and Turkey", "from Brussels, Luxembourg and Amsterdam": in a list a
 * national capital and another country are two places, not a town of that country named after the capital, unless a
 * big namesake there says so. Outside a list the country still places the town ("Santiago, Dominican Republic",
 * whose Santiago de los Caballeros the namesakes miss); a country word that is a state's too ("Rome, Georgia, and
 * Atlanta") stays a qualifier.
 */
function listsCountryAfterCapital(
  text: string,
  words: readonly Word[],
  k: number,
  town: QualifiedTown,
  entry: PhraseEntry,
  code: string,
): boolean {
  return (
    town.capital &&
    !entry.ambiguous &&
    entry.code !== code &&
    (town.listItem || opensList(text, words, k)) &&
    !cityNamesakes(town.surface).some((n) => n.countryCode === entry.code)
  );
}

/** Whether a word is written with a possessive "'s" (`fieldWords` leaves it outside the word). */
function endsPossessive(text: string, word: Word): boolean {
  return POSSESSIVE_MARK.test(text.slice(word.end, word.end + 2));
}
const POSSESSIVE_MARK = /^['\u2019]s$/i;

/**
 * Whether a date opens at word `k`: a day's name, or a month's before a figure ("SOMERSET, N.J., March 4 (Reuters)",
 * "Bedford Heights, Ohio, Tuesday"). After a town and its state a date goes on with a dateline, not a list of places
 * (a month's name is a town's too: March, Cambridgeshire).
 */
function datesAt(words: readonly Word[], k: number): boolean {
  const norm = words[k]?.norm ?? '';
  if (!CALENDAR_WORDS.has(norm)) return false;
  return WEEKDAYS.has(norm) || DIGIT_FIRST.test(words[k + 1]?.norm ?? '');
}
const WEEKDAYS: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
const DIGIT_FIRST = /^\d/;

/** A town's words as the key of `ScanContext.townsPlaced`. */
function townKey(span: readonly Word[]): string {
  return span.map((w) => w.norm).join(' ');
}

/** "the Kent town of Deal", "the market town of March": the nouns of a settlement before "of" and its name. */
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'town',
  'towns',
  'village',
  'city',
  'port',
  'resort',
  'borough',
  'suburb',
  'parish',
]);
/** "Deal town centre", "Bury town hall", "Fleet town council": the town's own places and bodies after its name. */
const TOWN_PARTS: ReadonlySet<string> = new Set(['centre', 'center', 'hall', 'council', 'councillors']);

/**
 * Whether a town named by an ordinary word or a person's name ("March", "Fleet", "Deal", "Bath", "Barry"; the
 * gazetteer's `placeContext`) stands as a place: after a settlement noun and "of" ("the Cambridgeshire town of
 * March"), before "town" and a part of a town ("Deal town centre"), or before "in" and a region or nation of its
 * own country ("Fleet in Hampshire", "Bath in England"). After a comma a region or nation is read as the
 * qualifier already ("Deal, Kent"). A preposition of place is not enough: "in March", "with Deal".
 */
function townInPlaceContext(words: readonly Word[], i: number, n: number, code: string): boolean {
  if (words[i - 1]?.norm === 'of' && SETTLEMENT_NOUNS.has(words[i - 2]?.norm ?? '')) return true;
  const after = words[i + n]?.norm;
  if (after === 'town') return TOWN_PARTS.has(words[i + n + 1]?.norm ?? '');
  if (after !== 'in') return false;
  let node = nextPhraseNode(words[i + n + 1]?.norm ?? '');
  for (let k = i + n + 2; node; k++) {
    const entry = node.entry;
    if (entry && entry.code === code && (entry.kind === 'region' || entry.kind === 'name')) return true;
    // "Deal in Kent": a county named like a city abroad is the town's county (county-namesakes.ts).
    if (entry?.kind === 'city' && k === i + n + 2 && isCountyOf(words[i + n + 1]!.norm, code)) return true;
    const w = words[k];
    if (!w) break;
    node = nextPhraseNode(w.norm, node);
  }
  return false;
}

/**
 * Whether the country name at `i` follows "<demonym of another country> region of": "Thessaloniki is
 * the capital of the Greek region of Macedonia" names Greece's region, not North Macedonia (wild58).
 */
function regionOfAnotherPeople(words: readonly Word[], i: number, code: string): boolean {
  // Not "province": "the Chinese province of Taiwan" is Beijing's claim, and the story still Taiwan's.
  if (words[i - 1]?.norm !== 'of' || words[i - 2]?.norm !== 'region') return false;
  const people = nextPhraseNode(words[i - 3]?.norm ?? '')?.entry;
  return people?.kind === 'demonym' && people.code !== code;
}

/** Words after a region's name that make the place before it the region's seat: "the Edo State capital". */
const REGION_HEADS: ReadonlySet<string> = new Set(['state', 'province', 'region', 'county']);

/**
 * Whether the words at `k` (after a comma) call the place before them the capital of a region of a country other than
 * `code`: "the Edo State capital", "capital of Edo State", "the capital of Entre Ríos province".
 */
function capitalOfRegionAfter(words: readonly Word[], k: number, code: string): boolean {
  let j = words[k]?.norm === 'the' ? k + 1 : k;
  const capitalOf = words[j]?.norm === 'capital' && words[j + 1]?.norm === 'of';
  if (capitalOf) j += words[j + 2]?.norm === 'the' ? 3 : 2;
  let node = nextPhraseNode(words[j]?.norm ?? '');
  let end = -1;
  for (let m = j + 1; node; m++) {
    const entry = node.entry;
    if (entry && (entry.kind === 'region' || entry.kind === 'abbreviation')) {
      if (entry.code === code) return false;
      end = m;
    }
    const w = words[m];
    if (!w) break;
    node = nextPhraseNode(w.norm, node);
  }
  if (end < 0) return false;
  if (capitalOf) return true;
  if (REGION_HEADS.has(words[end]?.norm ?? '')) end++;
  return words[end]?.norm === 'capital';
}

/** Prepositions of a topic: the country after one is what something is about, not a town somewhere. */
const TOPIC_BEFORE: ReadonlySet<string> = new Set(['on', 'about', 'over', 'regarding']);

/** Countries whose towns the press qualifies by their state or province ("Paris, Texas", "London, Ont."). */
const STATE_QUALIFIED = new Set(['US', 'CA', 'AU']);

/**
 * A comma at `j`, then a state or province of a country of STATE_QUALIFIED other than `code` (an
 * abbreviation with its period), and no list around it: "exports to Mexico, Texas and California",
 * "outlets in Alabama, Florida, Georgia, Kentucky" are places side by side. With `nameEnds`, the first place of
 * those countries after the comma must also end there: "the London Stock Exchange, New York Stock Exchange" (a
 * state's name going on into another name) places nothing (`namesakeInState`).
 */
function townInState(
  text: string,
  words: readonly Word[],
  i: number,
  j: number,
  code: string,
  nameEnds = false,
): boolean {
  const next = words[j + 1];
  if (!next || (i > 0 && words[i - 1]!.norm === ',')) return false;
  // "U.N. Security Council meets on Sudan, New York.": the topic of a meeting, then where it meets (wild38b ★6).
  if (TOPIC_BEFORE.has(words[i - 1]?.norm ?? '')) return false;
  let node = nextPhraseNode(next.norm);
  let placeSeen = !nameEnds;
  for (let k = j + 2; node; k++) {
    const entry = node.entry;
    if (!placeSeen && entry && STATE_QUALIFIED.has(entry.code)) {
      placeSeen = true;
      const after = words[k];
      if (after && startsUpper(text, after.start)) return false;
    }
    const state = entry && (entry.kind === 'region' || entry.kind === 'abbreviation');
    if (state && entry.code !== code && STATE_QUALIFIED.has(entry.code)) {
      const end = words[k - 1]!.end;
      if (entry.kind === 'abbreviation' && text[end - 1] !== '.' && text[end] !== '.') return false;
      const after = words[k]?.norm;
      if (after === 'and' || after === 'or' || after === '&') return false;
      // "Georgia, Kentucky, Mississippi …": another place after the next comma goes on with a list; a date does not.
      return after !== ',' || datesAt(words, k + 1) || !nextPhraseNode(words[k + 1]?.norm ?? '')?.entry;
    }
    const w = words[k];
    if (!w) break;
    node = nextPhraseNode(w.norm, node);
  }
  return false;
}

/** How many capitalised words may carry a town's name on past a known place's ("San Luis Obispo", "Bedford Heights"). */
const TOWN_NAME_TAIL = 2;

/**
 * "WESTMINSTER, Calif.", "Bedford Heights, Ohio", "San Luis Obispo, Calif.": a metonym, or a city's name opening a
 * longer town's, placed by a state or province after the comma in another country (`townInState`). The namesake's
 * country is not the story's (wild55 B1: Westminster gave Britain, Toluca Lake Mexico, San Juan Capistrano Puerto Rico).
 */
function namesakeInState(
  text: string,
  words: readonly Word[],
  i: number,
  n: number,
  code: string,
  metonym: boolean,
): boolean {
  let j = i + n;
  for (let tail = 0; words[j]?.norm !== ','; tail++, j++) {
    const w = words[j];
    if (!w || tail === TOWN_NAME_TAIL || !startsUpper(text, w.start) || !gapIsSpace(text, words[j - 1]!, w))
      return false;
  }
  if (j === i + n && !metonym) return false;
  return townInState(text, words, i, j, code, true);
}

/**
 * States' abbreviations written in capitals without periods that are no other word, place or body: "NSW Treasurer
 * Daniel Mookhey", "floods in NSW and Queensland" (wild41 item 12: NSW gave no Australia). Their dotted forms
 * ("N.S.W.") share their key, so the table reads them as abbreviations. Not "WA", "SA", "ACT" (other states,
 * countries, a law) nor "NY" or "DC" (US copy writes "N.Y." and "D.C."; "NY" opens firms' and teams' names).
 */
const BARE_STATE_ABBREVIATIONS = new Set(['NSW']);

/**
 * Abbreviations that are no English word nor anything else a story abbreviates: dotted initials ("B.C.", "N.H.",
 * "P.E.I."; not "N.B.", nota bene, nor "M.D.", a physician's degree) and the clipped names of the AP and the Canadian
 * Press ("Calif.", "Vt.", "Ont."; not "Miss.", "Mass.", "Ind.", "Ill.", "Man.", "Pa.", "La.", "Del.", "Wash.").
 */
const UNMISTAKABLE_ABBREVIATION =
  /^(?:(?!N\.B\.|M\.D\.)(?:[A-Z]\.){2,3}|W\. ?Va\.|(?:Ala|Ariz|Calif|Colo|Conn|Fla|Ky|Md|Mich|Minn|Nebr?|Nev|Okla|Tenn|Tex|Vt|Va|Wisc?|Wyo|Ont|Que|Sask|Nfld)\.)$/;
/**
 * Words before a state or province named as where something happens or as whose government acts (wild52 X18):
 * "Wildfires in B.C. forced…", "The Ont. government said", "closed roads in Vt. and N.H.". A figure before "B.C."
 * ("in 300 B.C.") is none of them. Not "Kan." (Naoto Kan) nor "Alta." (Alta in Norway).
 */
const STATE_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'in',
  'across',
  'throughout',
  'of',
  'from',
  'to',
  'the',
  'and',
  'or',
]);

/**
 * Abbreviations ("N.Y.", "Calif.") after a comma and a place, "ROCHESTER, N.Y.", and unmistakable ones after the words
 * of STATE_WORDS_BEFORE.
 */
function abbreviationFits(text: string, words: readonly Word[], i: number, j: number): boolean {
  if (j === i + 1 && BARE_STATE_ABBREVIATIONS.has(text.slice(words[i]!.start, words[i]!.end))) return true;
  const last = words[j - 1]!;
  const endsWithPeriod = text[last.end - 1] === '.' || text[last.end] === '.';
  if (!endsWithPeriod) return false;
  const prev = words[i - 1];
  // "Erik Halvorsen, M.D., founder": a physician's degree after a name; Maryland is written "Md.".
  if (prev?.norm === ',') return !text.startsWith('M.D', words[i]!.start);
  if (prev === undefined || !STATE_WORDS_BEFORE.has(prev.norm)) return false;
  // "from N.D. Tiwari", "S.C. Sharma and N.C. Saxena": a person's initials before the surname; "handed power to Kan.":
  // the name's full stop (read52 R14, R15). The state's word goes on in lower case or a comma.
  const next = words[j];
  const nextCode = next === undefined ? 0 : text.charCodeAt(next.start);
  if (text[last.end] === '.' || !(nextCode === 44 || (nextCode >= 97 && nextCode <= 122))) return false;
  const surface = text.slice(words[i]!.start, last.end);
  return UNMISTAKABLE_ABBREVIATION.test(surface.endsWith('.') ? surface : `${surface}.`);
}

/** The English trie's node after each token's normal form (null: none), by vocabulary number. */
const rootNodes = new WordMemo<PhraseNode | null>();

function rootNodeOf(memo: WordMemo<PhraseNode | null>, word: Word): PhraseNode | undefined {
  if (word.wordId < 0) return nextPhraseNode(word.norm);
  const known = memo.get(word.wordId);
  if (known !== undefined) return known ?? undefined;
  return memo.set(word.wordId, nextPhraseNode(word.norm) ?? null) ?? undefined;
}

/** Big city names that are nouns of the other languages, capitalised in German: "in den Bergen", "das Essen". */
const NOT_NEUTRAL_CITIES = new Set(['bergen', 'essen']);

/**
 * A city with a namesake abroad of at least this share of its size is not read: an English story says
 * which one it means, a Spanish one about Córdoba (AR 1.4M, ES 0.3M) or Valencia (ES, VE) need not.
 */
const NAMESAKE_SHARE = 0.2;

function isNeutralCity(entry: PhraseEntry, word: string): boolean {
  // A country's English name, where the language spells it so too ("Indonesia" in Indonesian, Malay,
  // Swahili; "Japan" in German): the language's list leaves such names to the English table.
  if (entry.kind === 'name') return !entry.ambiguous;
  if (entry.kind !== 'city' || entry.ambiguous || NOT_NEUTRAL_CITIES.has(word)) return false;
  const population = entry.place?.population;
  if (population === undefined) return true;
  if (population < NEUTRAL_CITY_POPULATION) return false;
  return !cityNamesakes(entry.place!.name).some((n) => n.population >= population * NAMESAKE_SHARE);
}

/**
 * Words for a street, a square or a district in the languages read with local names: the city after one
 * names the street ("via Roma" in every Italian town, "colonia Roma" in Mexico City), not the city.
 */
const STREET_WORDS = new Set(
  'via viale piazza piazzale corso largo vicolo calle avenida paseo plaza colonia barrio rua praca travessa rue avenue boulevard quai straße strasse platz allee ulica aleja plac straat laan plein'.split(
    ' ',
  ),
);

const NO_CANDIDATES: readonly [number, PhraseEntry][] = [];

/** The phrases that start at word `i`, shortest first: [word count, entry]; big cities only if `citiesOnly`. */
function walkPhrases(
  text: string,
  words: readonly Word[],
  i: number,
  root: PhraseNode | undefined,
  citiesOnly: boolean,
): readonly [number, PhraseEntry][] {
  if (!root) return NO_CANDIDATES;
  const candidates: [number, PhraseEntry][] = [];
  // In another language, the words of a longer capitalised name not read there: "Lào Cai" (a Vietnamese
  // province, a region of the English table) is no "Lao" of Laos (wild45 ★12).
  let swallowed = 0;
  let node: PhraseNode | undefined = root;
  let last = i;
  while (node) {
    const k = last - i + 1;
    if (node.entry) {
      if (!citiesOnly || isNeutralCity(node.entry, words[i]!.norm)) candidates.push([k, node.entry]);
      else if (k > 1 && capitalisedRun(text, words, i, k)) swallowed = k;
    }
    const a = words[last]!;
    let next = last + 1;
    let b = words[next];
    if (!b) break;
    // "the People's Republic of China", "the Democratic People's Republic of Korea", tokenised "People 's
    // Republic": an official name goes on past a possessive inside it (wild54 Z7: "Republic of China" alone
    // was Taiwan). The trie still decides: only a listed name goes on.
    const apart = gapIsSpace(text, a, b) ? possessiveWordsAt(text, words, next) : 0;
    if (apart > 0) {
      const after = words[next + apart];
      if (!after || !gapIsSpace(text, words[next + apart - 1]!, after)) break;
      b = after;
      next += apart;
    } else if (!gapIsSpace(text, a, b) && !possessiveGap(text, a, b)) break;
    node = nextPhraseNode(b.norm, node);
    last = next;
  }
  return swallowed && candidates.some(([k]) => k < swallowed)
    ? candidates.filter(([k]) => k > swallowed)
    : candidates;
}

/** Every one of the `n` words from word `i` starts with a capital. */
function capitalisedRun(text: string, words: readonly Word[], i: number, n: number): boolean {
  for (let k = i; k < i + n; k++) if (!startsUpper(text, words[k]!.start)) return false;
  return true;
}

export function scanField(field: FieldText, ctx: ScanContext): CountryMention[] {
  const { text } = field;
  const words = fieldWords(field, ctx.localRoot !== undefined, ctx.caseSuffixes === true);
  const roots = rootNodes.current();
  const mentions: CountryMention[] = [];
  const capitalised = (w: Word): boolean => ctx.allCaps || startsUpper(text, w.start);
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    // Every phrase starts with a capital ("the Netherlands" aside), so most words are skipped unread.
    if (
      !ctx.allCaps &&
      !startsUpper(text, first.start) &&
      first.norm !== 'the' &&
      !innerCapital(text, first.start)
    ) {
      i++;
      continue;
    }
    // "Gyeonggi Province", "San Juan Province": a first-level division before its country's word (division-names.ts).
    const division = ctx.localRoot
      ? undefined
      : divisionAt(text, words, i, capitalised, !ctx.allCaps && ctx.titleCase !== true);
    if (division) {
      const start = first.start;
      const end = words[i + division.words - 1]!.end;
      mentions.push({
        code: division.code,
        kind: 'region',
        field: field.field,
        start,
        end,
        text: text.slice(start, end),
        ambiguous: false,
        needsConfirmation: ctx.allCaps,
        currency: false,
      });
      i += division.words;
      continue;
    }
    // Walk the phrase trie along contiguous words; try the longest phrase first.
    const root = ctx.localRoot ? nextPhraseNode(first.norm, ctx.localRoot) : rootNodeOf(roots, first);
    let candidates = walkPhrases(text, words, i, root, false);
    // In another language a big city is still read by its name (à Paris, in Frankfurt, MADRID (EFE)).
    if (ctx.localRoot && !candidates.length)
      candidates = walkPhrases(text, words, i, rootNodeOf(roots, first), true);
    if (!candidates.length) {
      i++;
      continue;
    }
    let matched = 0;
    for (let c = candidates.length - 1; c >= 0 && !matched; c--) {
      const [n, found] = candidates[c]!;
      const span = words.slice(i, i + n);
      const allCaps = ctx.allCaps;
      if (!caseFits(text, span, found, allCaps)) continue;
      matched = n;
      if (found.kind === 'none') break;
      const start = first.start;
      const end = span[n - 1]!.end;
      const surface = text.slice(start, end);
      if (found.kind === 'abbreviation' && !abbreviationFits(text, words, i, i + n)) break;
      // Brazil's "Irã" is the verb "irá" once folded: such a name only as written with its marks (marked-spellings.ts).
      if (n === 1 && writtenWithoutItsMarks(first.norm, surface)) break;
      // "Münster" is Germany's city, not Ireland's province "Munster" (marked-spellings.ts).
      const entry = found.kind === 'region' ? (markedCityAbroad(surface) ?? found) : found;
      // "Durham Police Chief Patrice Andrews": an American city's force, no English county (city-police.ts).
      if (
        entry.kind === 'region' &&
        span[n - 1]!.norm === 'police' &&
        namesCityForce(text, words, i + n, allCaps || ctx.titleCase === true)
      )
        break;
      if (entry.capitalsOnly && allCaps && surface === 'US' && pronounUs(words, i)) break;
      // "<UK>" is a stock ticker; "US$20 billion", "HK$5" are money, as "$20 billion" is (review20 ★6).
      if (entry.capitalsOnly && (text[start - 1] === '<' || text.charCodeAt(end) === 36)) break;
      // "Calumet Industries <CALI>", "(CALI.O)", "(NYSE: JOS)": a ticker spelled like a town is no town (wild55 B3); a
      // listed company's own name as its ticker ("(ASX: BHP)") still names the company.
      if (entry.kind !== 'company' && tickerAt(text, start, end)) break;
      if (insidePerson(text, start, end, entry, ctx)) break;
      // "in the Gulf of Oman", "the Gulf of Aden": water named after its shore (water-names.ts).
      if ((entry.kind === 'name' || entry.kind === 'city') && namesWaterBody(text, words, i)) break;
      // "the Uruguay round of trade talks": a round named after where it was launched (trade-rounds.ts).
      if (
        n === 1 &&
        namesTradeRound(first.norm, text.slice(end, end + 64), text.slice(Math.max(0, start - 8), start))
      )
        break;
      // "America's Cup": the sailing trophy, named after the schooner America (review33 ★C2: the US ranked first).
      if (
        entry.code === 'US' &&
        first.norm === 'america' &&
        n === 1 &&
        TROPHY_AFTER.test(text.slice(end, end + 9))
      )
        break;
      // "Queen Elizabeth Hospital", "King Charles spaniel": a monarch's name going on into another (monarch-names.ts);
      // a headline capitalises its verbs too ("King Charles Visits Canada").
      if (
        entry.kind === 'metonym' &&
        monarchInLongerName(first.norm, text.slice(end, end + 24), allCaps || field.field === 'title') &&
        !opensPlaceName(words[i + n])
      )
        break;
      const nameLike =
        entry.ambiguous || (entry.kind === 'metonym' && first.norm === 'washington' && n === 1);
      const caseSaysNothing = allCaps || (entry.ambiguous && ctx.titleCase === true);
      // "Georgia Governor Brian Kemp", "Georgia Secretary of State …": the state's office, not a name (us-georgia.ts).
      const stateOffice = n === 1 && first.norm === 'georgia' && namesUsStateOffice(text, end);
      if (nameLike && !stateOffice && partOfName(text, words, i, i + n, caseSaysNothing)) break;
      // "Toluca beat Club America", "Club Africain": a place after a capitalised "Club" names the club, in the
      // Spanish and French order (the club's country is its league's, which the place need not be).
      if (!allCaps && clubBefore(text, words, i)) break;
      if (entry.kind === 'region' && ownedByPrevious(text, mentions, entry.code, start)) break;
      // "Grupo Financiero Galicia", "Banco Galicia": a region a firm is named after, in the Spanish, Portuguese
      // and Italian order, is the firm's name (Argentina's bank), not the region.
      if (entry.kind === 'region' && FIRM_WORDS_BEFORE.has(words[i - 1]?.norm ?? '')) break;
      // "sold at Asda, Morrisons and Iceland": a chain of shops named like a country (shop-chains.ts).
      if (
        entry.kind === 'name' &&
        n === 1 &&
        (ctx.bodyChains?.has(first.norm) === true || namesShopChain(first.norm, text, start, end))
      )
        break;
      if (entry.kind === 'name' && !allCaps && !CITY_STATES.has(entry.code) && namesVenue(text, words, i + n))
        break;
      // "at Nissan Stadium", "the Honda Center": a sponsor's ground, wherever it was built.
      if (entry.kind === 'company' && (namesVenue(text, words, i + n) || namesArena(text, words, i + n)))
        break;
      // "Arsenal beat Chelsea at the Emirates": a name read with its "the" after "at" is the ground named
      // after the country, not the country ("in the Emirates", "the Emirates' foreign ministry" are).
      if (entry.kind === 'name' && first.norm === 'the' && words[i - 1]?.norm === 'at') break;
      if (n === 2 && first.norm === 'the' && span[1]!.norm === 'states' && namesBodyAfter(text, words, i + n))
        break;
      if (
        (entry.kind === 'city' || entry.kind === 'metonym') &&
        !ctx.localRoot &&
        namesakeInState(text, words, i, n, entry.code, entry.kind === 'metonym')
      )
        break;
      // "the Greek region of Macedonia", "the Chinese province of Taiwan" aside: a region another people's country holds.
      if (entry.kind === 'name' && n === 1 && regionOfAnotherPeople(words, i, entry.code)) break;
      // "Lebanon, Ohio, city council", "Mexico, Mo.": a town named after a country, in the state after it; "Benin, the
      // Edo State capital": a town named like a country, the capital of another country's region.
      if (
        entry.kind === 'name' &&
        !ctx.localRoot &&
        words[i + n]?.norm === ',' &&
        (townInState(text, words, i, i + n, entry.code) || capitalOfRegionAfter(words, i + n + 1, entry.code))
      )
        break;
      // "Cheshire, Conn.": an English county's name (county-namesakes.ts, a region without a place) placed by the
      // state after it in another country.
      if (entry.kind === 'region' && entry.place === undefined) {
        // "Sussex County, Delaware", "Somerset County prosecutors": America names its counties with "County"
        // after the name, England only in its councils and cricket clubs ("Hampshire County Council").
        if (words[i + n]?.norm === 'county' && !ENGLISH_COUNTY_BODIES.has(words[i + n + 1]?.norm ?? ''))
          break;
        const qualifier = qualifierAfter(text, words, i + n, entry.code);
        if (qualifier !== undefined && qualifier.code !== entry.code && !qualifier.listed) break;
      }
      // "Mocimboa da Praia", "Vila Nova de Gaia": a city's name closing a longer place's after "da", "do", "de"
      // and a capitalised word (wild49 C12: Praia, Cape Verde's capital, put Cape Verde in focus beside
      // Mozambique). English copy only: in Portuguese or Spanish "a Prefeitura de Lisboa" is the city's.
      if (entry.kind === 'city' && !allCaps && !ctx.localRoot && closesLongerPlace(text, words, i)) break;
      // "Panama City Beach, Florida", "Kingston upon Thames", "San Jose del Cabo": a city's name opening a longer
      // place's (wild49 C13; "Santiago de Cuba" keeps Cuba, the name after it).
      // "a winery in San Luis Obispo": a name of several countries' towns, carried on by a capitalised word that no
      // list nor dictionary knows, opens a longer town's name (wild55: a bare "San Luis Obispo" gave Argentina).
      if (entry.kind === 'city' && !allCaps && n > 1 && sharedNameGoesOn(text, words, i + n, surface)) {
        matched = n + 1;
        break;
      }
      if (entry.kind === 'city' && !allCaps) {
        const longer = longerPlaceEnd(text, words, i + n);
        if (longer > 0) {
          // The words of the longer name are read no further ("del Cabo" is no Brazilian Cabo).
          matched = longer - i;
          break;
        }
      }
      if (entry.kind === 'city') {
        const qualifier = qualifierAfter(text, words, i + n, entry.code, {
          surface,
          capital: entry.capital === true,
          listItem: words[i - 1]?.norm === ',',
        });
        // "Lahore, Punjab", "Thessaloniki, Macedonia": a region's name the town's country shares with the one the
        // gazetteer gives it is the town's region; the town is read, and the name with it (shared-region-names.ts).
        const townsRegion =
          qualifier !== undefined &&
          qualifier.code !== entry.code &&
          !qualifier.listed &&
          regionNameHeldBy(qualifier.key, entry.code);
        if (qualifier !== undefined && !townsRegion) {
          // The body's "Falmouth, Massachusetts" places the headline's "Falmouth" too (below); a list's next place
          // ("in London, New York and Tokyo") places nothing.
          const key = townKey(span);
          if (qualifier.code === entry.code) ctx.townsPlaced?.set(key, true);
          else if (!qualifier.listed && !ctx.townsPlaced?.has(key)) ctx.townsPlaced?.set(key, false);
          break;
        }
        if (townsRegion) {
          ctx.townsPlaced?.set(townKey(span), true);
          matched = qualifier.end - i;
        }
        // "Shark sighting closes beaches near Falmouth" over "… off Falmouth, Massachusetts": the headline's town is
        // the one the body places in another country (a state or a country after the comma, `qualifierAfter`),
        // not the namesake the name stands for alone, unless the body also places it at home.
        if (ctx.bodyTownsPlaced?.get(townKey(span)) === false) break;
        // "sales in March", "a fleet of", "Deal said": a town named by an ordinary word or a person's name.
        if (entry.placeContext && !townInPlaceContext(words, i, n, entry.code)) break;
        // "beef Wellington" (curated.ts DISHES_AND_FIGURES): the one dish whose place comes second.
        if (words[i - 1]?.norm === 'beef') break;
        // "the Davos crowd", "Davos man": the gathering's people, not the town (town-figures.ts).
        if (n === 1 && namesGatheringFigure(first.norm, text.slice(end, end + 24))) break;
        // "has become a Mecca for cyclists", "Town Becomes Mecca": a town likened to (town-figures.ts), in English
        // ("va a Roma": Italian's "a" is "to").
        if (n === 1 && entry.kind === 'city' && !ctx.localRoot) {
          const next = words[i + 1];
          const after = next === undefined || sentenceEndsAfter(text, end) ? '' : next.norm;
          if (likensToPlace(words[i - 1]?.norm ?? '', after, field.field === 'title')) break;
        }
        // "the container ship Maersk Hangzhou": a vessel named after the city (vessel-names.ts).
        if (inVesselName(text, start, end)) break;
        if (saintsNamesake(text, words, i, n, entry, allCaps)) break;
        // "via Roma", "piazza Venezia", "colonia Roma", "rue de Paris" aside: a street or a district.
        if (ctx.localRoot && STREET_WORDS.has(words[i - 1]?.norm ?? '')) break;
        const isTown = n === 1 && (entry.place?.population ?? 0) < 1_000_000;
        const after = words[i + n];
        // "Canberra said the tariffs imposed by Beijing": a capital speaks for its government when what it says
        // names another state's seat or speaks of itself as "it" (wild38b ★2); "Colombo said the plan was
        // unworkable", "Santiago said he would" stay a surname (read38 ★10). A city that is no seat of government
        // and "said he" is a person whatever its size ("Leon said he would appeal": León, Mexico, has 1.7 million
        // people); a capital speaks of someone ("Beijing said his visit …", "Moscow said he would be expelled").
        // A place of any size that closes the attribution of a report in the first person is its speaker ("We fled
        // Russia in 2022 with two suitcases, Sofia said.": capital-speaker.ts closesOwnWords).
        const speaker =
          after !== undefined &&
          SPEECH_VERBS.has(after.norm) &&
          !PLACE_PREPOSITIONS.has(words[i - 1]?.norm ?? '') &&
          !(words[i - 1]?.norm === 'of' && TOWN_HEADS.has(words[i - 2]?.norm ?? ''));
        const personalName = speaker && (isGivenName(surface) || isKnownSurname(surface));
        if (speaker && entry.kind === 'city' && closesOwnWords(text, start, after.end, personalName)) break;
        if (
          (isTown || (!entry.capital && SPEAKER_PRONOUNS.has(words[i + n + 1]?.norm ?? ''))) &&
          speaker &&
          !(
            entry.capital &&
            (speaksAsGovernment(text, after.end, entry.code) ||
              // "Australia deported 40 New Zealanders last month, Wellington said."
              closesReportOfOtherState(text, start, after.end, entry.code, personalName))
          )
        )
          break;
        // "Leicester City", "Bristol Rovers", "Newcastle United": the town's club names its country, as
        // "from Lyon" or "Bayer Leverkusen" do.
        const club =
          after !== undefined && CLUB_WORDS.has(after.norm) && gapIsSpace(text, span[n - 1]!, after);
        // "Horsham District Council", "Crewe Borough Council", "Buxton Council": the town's own council.
        const council =
          after !== undefined &&
          (after.norm === 'council' ||
            (COUNCIL_KINDS.has(after.norm) && words[i + n + 1]?.norm === 'council'));
        // "Auckland Mayor Wayne Brown", "Mombasa Governor …": the town's own office before its holder's name (wild59),
        // unless a namesake abroad has one too ("Birmingham Mayor …": town-offices.ts).
        const office =
          after !== undefined &&
          gapIsSpace(text, span[n - 1]!, after) &&
          namesTownOffice(after.norm, surface, entry.place?.population ?? 0);
        // "Frankfurt Airport cancelled 200 flights", "Gatwick Airport": the town's airport (wild50 C8), as a city
        // of a million or more ("Munich Airport") was read already.
        const airport =
          after !== undefined && after.norm === 'airport' && gapIsSpace(text, span[n - 1]!, after);
        // "Sumy Oblast", "Kagoshima Prefecture", "Kandahar Province": the division named after its seat lies in the
        // seat's country (wild60: "the Sumy region" was read, "Sumy Oblast" was not).
        const division =
          after !== undefined && DIVISION_WORDS.has(after.norm) && gapIsSpace(text, span[n - 1]!, after);
        const readAsPlace = ctx.titlePlaceSpans?.some(([a, b]) => a === start && b === end) === true;
        if (
          isTown &&
          !club &&
          !council &&
          !office &&
          !airport &&
          !division &&
          partOfName(text, words, i, i + n, allCaps || readAsPlace)
        )
          break;
      }
      const weakInCaps =
        entry.kind === 'city' ||
        entry.kind === 'metonym' ||
        entry.kind === 'company' ||
        entry.kind === 'region' ||
        entry.kind === 'abbreviation';
      const mention: CountryMention = {
        code: entry.code,
        kind: entry.kind,
        field: field.field,
        start,
        end,
        text: surface,
        ambiguous: entry.ambiguous,
        needsConfirmation: entry.ambiguous || (allCaps && weakInCaps),
        // "U.S. West Texas Intermediate": the grade, weighed as a currency (crude-grades.ts).
        currency: namesCurrency(words, i + n) || namesCrudeGrade(text, end),
        ...(entry.minorTown ? { minorTown: true, ...(entry.placeContext ? { placed: true } : {}) } : {}),
      };
      mentions.push(mention);
      // "the two Koreas", "inter-Korean talks": the second country of a joint name, on the same words (joint-names.ts).
      const partner = n === 1 ? jointPartner(text, start, surface, entry.code, entry.kind) : undefined;
      if (partner !== undefined) mentions.push({ ...mention, code: partner });
    }
    i += matched || 1;
  }
  return mentions;
}
