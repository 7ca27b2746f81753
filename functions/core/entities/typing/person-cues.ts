// Cues of people around a name: honorifics and Malay titles, trades before a name, surnames alone or speaking,
// full names, ages, venues named after people.
import type { Field } from '../../schema.js';
import { lowerCased, startsWithDigit } from '../../text/chars.js';
import { lazyPattern } from '../../text/lazy-pattern.js';
import { startsUpper } from '../../text/letters.js';
import { lowerCaseAt } from '../../text/lower-case.js';
import { acronymLetters, type Chunk, GROUP_NOUNS, type Word, wordInBracketsAfter } from '../chunk.js';
import { isKinWord } from '../kin.js';
import { isLegalFormWord } from '../legal-form.js';
import { FAMILY_NAMES_FIRST, isGivenName, isLowerWord, NAME_PARTICLES } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { callingApposedAfter, titleApposedAfter } from './appositions.js';
import { type Context, fieldsOf, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { DIGITS, PERSON_VERBS } from './cue-words.js';
import { isPlaceWordOf } from './place-cues.js';
import { ALL_LOWER } from './sentence-shape.js';
import { PERSON_VERB, SPEAKER_VERB, tokenBits } from './token-bits.js';
import {
  ACRONYM,
  isTitle,
  S_ACRONYM,
  SURNAME_SHAPE,
  shapeIs,
  W_EVENT_HEAD,
  W_FUNCTION,
  W_ORG_HEAD,
  W_PLACE_HEAD,
  W_TITLE,
  wordIs,
} from './word-tests.js';

/** Honorifics that are also words of people's names: "Hassan Sheikh Mohamud", "Sheikh Hasina". */
export const NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh']);
/** Words after a person's name that tell a father from a son. */
export const NAME_SUFFIXES = new Set(['junior', 'senior']);
/** "Seri", "Sri": honorifics that complete a Malay title ("Datuk Seri", "Tan Sri") and open other names. */
export const MALAY_HONORIFICS = new Set(['seri', 'sri']);
export const MALAY_TITLES = new Set(['datuk', 'dato', "dato'", 'datin', 'tun', 'tan', 'puan']);
/** "Tan Sri", "Puan Sri": titles only before the honorific ("Tan" is also a surname). */
export const TITLES_BEFORE_HONORIFIC_ONLY = new Set(['tan', 'puan']);
/**
 * Whether the honorific at `i` follows a Malay title: in the run, or just before it when the title's
 * apostrophe cut the run ("Dato' Sri Najib Razak").
 */
export function afterMalayTitle(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  i: number,
  from: number,
): boolean {
  if (i > from) return MALAY_TITLES.has(words[i - 1]!.lower);
  const index = words[i]!.index;
  const before = lowerTokenText(ctx, field, index - 1);
  if (MALAY_TITLES.has(before)) return true;
  return (before === "'" || before === '\u2019') && lowerTokenText(ctx, field, index - 2) === 'dato';
}
/** Words that join a name's parts: "Centers for Disease Control and Prevention said" ends no brand. */
const NAME_JOINERS = new Set(['and', '&', 'of', 'for']);

/** A word after a joiner that follows a capitalised word ends a longer name ("Control and Prevention"). */
export function endsName(ctx: Context, chunk: Chunk, from: number): boolean {
  const at = chunk.words[from]!.index;
  if (!NAME_JOINERS.has(lowerTokenText(ctx, chunk.field, at - 1))) return false;
  return startsWithCapital(tokenText(ctx, chunk.field, at - 2));
}
/** "the Dole campaign", "Clinton aides": a word before these names a person. */
export const PERSON_CUES_AFTER = new Set([
  'campaign',
  'aide',
  'aides',
  'camp',
  'administration',
  'presidency',
]);
/**
 * More kinds of firm, in the plural before a list ("housebuilders Persimmon and Taylor Wimpey", "Carmakers
 * Stellantis and Renault") or a bank's: only written in lower case (in capitals, "FLORIDA COMMERCIAL BANKS
 * INC" is a name).
 */
/**
 * Kinds of firm of `COMPANY_BEFORE` that are also a person's trade ("Broadcaster David Attenborough", "property
 * developer Fred Smith"): before a person's full name they say what the person does.
 */
const PERSON_TRADES = new Set(['broadcaster', 'publisher', 'developer', 'miner']);
/**
 * Trades of people first, firms too ("said broker Shakil Rizvi", "Broker Panmure Liberum said it"): before any
 * name they say what a person does unless a firm's "it" or "its" takes the name up.
 */
const PERSON_FIRST_TRADES = new Set(['consultant', 'broker', 'adviser', 'advisor']);

/**
 * "Broadcaster David Attenborough", "publisher Harold Evans": a trade of `PERSON_TRADES` before a name of two or
 * three words whose first is a listed given name that is no ordinary word (so "publisher Penguin Random House"
 * stays a firm).
 */
export function tradeBeforePerson(trade: string, words: readonly Word[], from: number, to: number): boolean {
  if (PERSON_FIRST_TRADES.has(trade))
    return to - from <= 3 && !wordIs(words[to - 1]!, W_ORG_HEAD) && !isLegalFormWord(words[to - 1]!.core);
  if (!PERSON_TRADES.has(trade) || to - from < 2 || to - from > 3) return false;
  const first = words[from]!;
  const last = words[to - 1]!;
  return (
    isGivenNameWord(first) &&
    // "developer Frank Russo", "developer Maria Costa" (review32 ★E2): a given name that is also an ordinary
    // word is the person's before one surname-shaped word no list knows ("broadcaster Sky News" is no one).
    (!isLowerWordWord(first) ||
      (to - from === 2 &&
        !isLowerWordWord(last) &&
        !shapeIs(last, S_ACRONYM) &&
        gazetteerOfWord(last) === undefined &&
        !placeOfWord(last))) &&
    !wordIs(last, W_ORG_HEAD) &&
    !words.slice(from, to).some((w) => gazetteerOfWord(w)?.kind === 'organization')
  );
}
/** A partner's, a sibling's or a twin's word: kin before a name that kin.ts does not list. */
const PARTNER_OR_SIBLING: ReadonlySet<string> = new Set([
  'fianc\u00e9e',
  'fianc\u00e9',
  'girlfriend',
  'boyfriend',
  'sibling',
  'twin',
]);
/** A word of family before a one-word name ("whose son Matan", "his fiancée Lauren"): kin.ts's or the above. */
export const isKinBefore = (token: string): boolean => isKinWord(token) || PARTNER_OR_SIBLING.has(token);
/**
 * Nouns of a kind of person that take up the last sentence's subject ("Mamdani won the race. The
 * democratic socialist will take office …"); titles are left out, as "The chief executive said" after a
 * firm is the firm's chief.
 */
const PERSON_KIND_NOUNS = new Set(
  `socialist socialists politician lawmaker candidate incumbent billionaire mogul rapper singer actress actor
  novelist activist dissident populist nationalist conservative liberal progressive democrat republican
  firebrand newcomer`
    .split(/\s+/)
    .filter(Boolean),
);
const YEAR_OLD = /^\d{1,3}-year-old$/;
/** "The democratic socialist", "The 34-year-old": a sentence opening with a kind of person. */
export function personNounOpens(ctx: Context, field: Field, index: number): boolean {
  if (lowerTokenText(ctx, field, index) !== 'the') return false;
  for (let i = index + 1; i < index + 4; i++) {
    const lower = lowerTokenText(ctx, field, i);
    if (PERSON_KIND_NOUNS.has(lower) || YEAR_OLD.test(lower)) return true;
    // "34 - year-old": the tokenizer splits the number off.
    if (DIGITS.test(lower) && lowerTokenText(ctx, field, i + 2) === 'year-old') return true;
    if (!ALL_LOWER.test(lower)) return false;
  }
  return false;
}

/**
 * "Democrat Mikie Sherrill": after a party label, two words that read as a name (no ordinary word, no
 * organisation or place head, neither known as anything but a person) are a person even when the given
 * name is not listed, unlike "Republican National Committee" or "Labour Party Conference".
 */
export function twoNameWords(words: readonly Word[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const kind = gazetteerOfWord(w)?.kind;
    if (
      isLowerWordWord(w) ||
      wordIs(w, W_ORG_HEAD) ||
      wordIs(w, W_PLACE_HEAD) ||
      shapeIs(w, S_ACRONYM) ||
      (kind !== undefined && kind !== 'person')
    )
      return false;
  }
  return true;
}

/** Whether a word reads as a name: a listed one (no group), or capitalised inside sentences of the article only. */
export function nameLike(w: Word, ctx: Context): boolean {
  const lower = w.lower;
  const entry = gazetteerOfWord(w);
  if (entry && entry.kind !== 'group') return true;
  return ctx.seen.capitalisedInside.has(lower) && !ctx.seen.lowerCase.has(lower);
}

/**
 * "Young people marched", "Rice prices rose": a sentence-initial ordinary word that is also a surname,
 * alone, is the ordinary word unless the article capitalises it mid-sentence or a verb of speech follows.
 */
export function ordinarySurnameAlone(ctx: Context, chunk: Chunk, w: Word, words: number): boolean {
  if (words !== 1 || gazetteerOfWord(w)?.kind !== 'person') return false;
  // "Court convicts former Brazilian president": a body's head word opening a headline is the body named
  // in common, whatever the body's copy capitalises ("Brazil's Supreme Court").
  if (chunk.field === 'title' && wordIs(w, W_ORG_HEAD)) return true;
  if (ctx.seen.capitalisedInside.has(w.lower) && !ctx.seen.lowerCase.has(w.lower)) return false;
  return (tokenBits(ctx, chunk.field, w.index + 1) & PERSON_VERB) === 0;
}

/**
 * "Vice Premier He Lifeng", "He Lifeng said": the Chinese family name He before a given name. The
 * pronoun is followed by a verb, never by a capitalised word no list of ordinary or function words holds.
 * So is a family name that is also an English word ("Ma Huateng, Tencent's founder,", "Song Jian,"): it opens
 * a sentence before a given name no list knows and a comma (`apposed`), where the ordinary word would start a
 * longer name ("Long Covid clinics will close", read29 F-d).
 */
export function familyNameHe(chunk: Chunk, from: number, to: number, apposed = false): boolean {
  if (to - from !== 2 || chunk.caseless) return false;
  const he = chunk.words[from]!;
  const next = chunk.words[from + 1]!;
  return (
    (he.core === 'He' ||
      (apposed &&
        FAMILY_NAMES_FIRST.has(he.core) &&
        !NAME_PARTICLES.has(he.lower) &&
        gazetteerOfWord(next) === undefined &&
        !isGivenNameWord(next))) &&
    next.index === he.index + 1 &&
    !next.possessive &&
    !isLowerWordWord(next) &&
    !wordIs(next, W_FUNCTION) &&
    !shapeIs(next, S_ACRONYM)
  );
}
/** "34-year-old", "52-year-old": an age before a town and its resident. */
export const AGE_BEFORE = /^(?:\d{1,3}-)?years?-old$/;
/**
 * Whether the article writes `last` (a name's last word) as a name of its own somewhere, not after `first`
 * (the name's first word): how a story takes up a person by the surname.
 */
export function surnameAlone(ctx: Context, first: Word, last: Word): boolean {
  const before = wordsBeforeCapitalised(ctx).get(last.lower);
  return before !== undefined && (before === SEVERAL_BEFORE || before !== first.lower);
}

/** Two or more different words (or none) come before a capitalised word somewhere in the article. */
const SEVERAL_BEFORE = Symbol('several');
type WordsBefore = Map<string, string | undefined | typeof SEVERAL_BEFORE>;

/**
 * Each capitalised word the article writes (not in a line of capitals, not first in its field) and the one word
 * that comes before it everywhere (undefined where none does), or SEVERAL_BEFORE: read once per article, as
 * `surnameAlone` asks it of each name (a story of thousands of names read the whole story for each).
 */
const capitalisedWordsBefore = new WeakMap<Context['fields'], WordsBefore>();

function wordsBeforeCapitalised(ctx: Context): WordsBefore {
  let found = capitalisedWordsBefore.get(ctx.fields);
  if (found === undefined) {
    found = new Map();
    for (const { words } of ctx.fields)
      for (let i = 1; i < words.length; i++) {
        const w = words[i];
        if (!w?.capitalised || w.caseless) continue;
        const before = words[i - 1]?.lower;
        const seen = found.get(w.lower);
        if (seen === undefined && !found.has(w.lower)) found.set(w.lower, before);
        else if (seen !== before && seen !== SEVERAL_BEFORE) found.set(w.lower, SEVERAL_BEFORE);
      }
    capitalisedWordsBefore.set(ctx.fields, found);
  }
  return found;
}
/**
 * Whether `owner` is in the possessive ("Chelsea's", or "Mercedes" before its own "'" token) and a given name
 * and another capitalised word, no title, follow it: "Mercedes' Kimi Antonelli".
 */
export function fullNameAfterPossessive(ctx: Context, field: Field, owner: Word): boolean {
  let index = owner.index + 1;
  if (!owner.possessive) {
    const mark = tokenText(ctx, field, index);
    if (mark !== "'" && mark !== '\u2019' && mark !== "'s") return false;
    index++;
  }
  const words = fieldsOf(ctx, field).words;
  const given = words[index];
  const surname = words[index + 1];
  return (
    given !== null &&
    given !== undefined &&
    surname !== null &&
    surname !== undefined &&
    given.capitalised &&
    surname.capitalised &&
    !wordIs(given, W_TITLE) &&
    (isGivenNameWord(given) || !isLowerWordWord(given))
  );
}
/** Whether the article writes `word` alone (no capitalised word before it) before "said", "told" and the like. */
export function surnameSpeaksAlone(ctx: Context, word: Word): boolean {
  return wordsSpeakingAlone(ctx).has(word.lower);
}

/** The words `surnameSpeaksAlone` finds, read once per article (a story of thousands of names read it for each). */
const speakingAlone = new WeakMap<Context['fields'], Set<string>>();

function wordsSpeakingAlone(ctx: Context): Set<string> {
  let found = speakingAlone.get(ctx.fields);
  if (found === undefined) {
    found = new Set();
    for (const { field, words } of ctx.fields)
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (!w || (i > 0 && words[i - 1]?.capitalised) || found.has(w.lower)) continue;
        if (PERSON_VERBS.has(lowerCaseAt(field, w.index + 1))) found.add(w.lower);
      }
    speakingAlone.set(ctx.fields, found);
  }
  return found;
}
/**
 * Whether a one-word name is a person's by the lists or the article: a listed newsmaker, a known surname,
 * or the last word of a full name elsewhere ("Oleksandr Usyk … Usyk").
 */
export function namesPerson(ctx: Context, word: Word): boolean {
  return newsmakerNamed(word.core) !== undefined || isKnownSurnameWord(word) || endsFullName(ctx, word);
}
/** Whether the article writes `word` after another capitalised word, as a full name's last word. */
export function endsFullName(ctx: Context, word: Word): boolean {
  return fullNamesLastWords(ctx).has(word.lower);
}

/**
 * The words the article writes after another capitalised word, read once per article: a story of thousands of names
 * asked it for each of them, each time reading the whole story (firm-news.ts's guard made a page of 10,000 unknown
 * firms' results grow 5x for 4x its size; lead, 2026-12-06).
 */
const lastWordsOfFullNames = new WeakMap<Context['fields'], Set<string>>();

function fullNamesLastWords(ctx: Context): Set<string> {
  let found = lastWordsOfFullNames.get(ctx.fields);
  if (found === undefined) {
    found = new Set();
    for (const { words } of ctx.fields)
      for (let i = 1; i < words.length; i++) {
        const word = words[i];
        if (word && words[i - 1]?.capitalised) found.add(word.lower);
      }
    lastWordsOfFullNames.set(ctx.fields, found);
  }
  return found;
}

/**
 * A town's name before a word a surname may be ("Paris Hilton", "Savannah Guthrie"): a known surname or no
 * ordinary word, and no country, place, title, acronym or body's head ("Paris Bourse", "Brooklyn Bridge",
 * "Paris NAPM" are no one).
 */
export function townAsGivenName(first: Word, second: Word): boolean {
  if (!isPlaceWordOf(first) || gazetteerOfWord(first)?.kind === 'country') return false;
  if (ACRONYM.test(second.core) || isTitle(second.core) || placeOfWord(second)) return false;
  if (wordIs(second, W_PLACE_HEAD) || wordIs(second, W_ORG_HEAD) || wordIs(second, W_EVENT_HEAD))
    return false;
  return isKnownSurnameWord(second) || !isLowerWordWord(second);
}

/**
 * "Jordan Ellis", "Georgia Hill": a word that is both a country or town and a given name, followed by a
 * surname-like word, reads better as one person's full name than as a place beside a person named by a
 * first name alone, which news prose does not write. After "in" or "at" the place reading stays.
 */
export function readsAsFullName(
  words: readonly Word[],
  from: number,
  to: number,
  locative: boolean,
): boolean {
  // "Georgia May Jagger", "Jordan Mary Ellis": two given names and a surname the lists know (no ordinary word).
  if (to - from === 3 && !locative)
    return (
      isGivenNameWord(words[from]!) &&
      isGivenNameWord(words[from + 1]!) &&
      isKnownSurnameWord(words[from + 2]!) &&
      !isLowerWordWord(words[from + 2]!) &&
      !wordIs(words[from + 2]!, W_PLACE_HEAD) &&
      !wordIs(words[from + 2]!, W_ORG_HEAD)
    );
  if (to - from !== 2 || locative) return false;
  const secondWord = words[from + 1]!;
  const second = secondWord.core;
  if (
    !isGivenNameWord(words[from]!) ||
    isTitle(second) ||
    ACRONYM.test(second) ||
    // "Georgia Bell", "Florence Nightingale": an ordinary word that is a known surname ends a person's
    // name; "Georgia Power", "Victoria Park", "Jordan Valley" name a firm or a place.
    (isLowerWordWord(secondWord) &&
      (!isKnownSurnameWord(secondWord) || wordIs(secondWord, W_PLACE_HEAD) || wordIs(secondWord, W_ORG_HEAD)))
  )
    return false;
  const entry = gazetteerOfWord(secondWord);
  if (entry && entry.kind !== 'person') return false;
  return isKnownSurnameWord(secondWord) || isGivenNameWord(secondWord) || SURNAME_SHAPE.test(second);
}

/**
 * "Kenya Hunt won the essay prize", "Jamaica Kincaid said", "Georgia May Jagger, the model,", "India Hicks, a
 * designer,": a place's name (a country, a state, a town) before a surname, or before a given name and a surname,
 * in prose, is a person's given name where the caller finds a person's deed after the name (news prose does not
 * write a place right before a person's name; a results table does: "1. Kenya Eliud Kipchoge", ents42).
 */
export function placeNamedPerson(
  words: readonly Word[],
  from: number,
  to: number,
  /** A verb of speech or a person's verb after the name, which firms share ("China Evergrande said"). */
  speaks: boolean,
  /** A cue only people take: "he"/"she" taking the name up, a title apposed, an age, "Jr.". */
  personOnly: () => boolean,
): boolean {
  const n = to - from;
  // "Cuba Gooding Jr.": a name with a generation's suffix is a person's.
  if (n >= 3 && n <= 4 && GENERATION.test(words[to - 1]!.core) && isPlaceWordOf(words[from]!))
    return !words[from]!.tabular && !words[from]!.caseless;
  if (n < 2 || n > 3) return false;
  const first = words[from]!;
  if (first.tabular || first.caseless || first.possessive || !isPlaceWordOf(first)) return false;
  // ("U.S. Soybeans, a committee spokesman told": a place's initials or acronym are no given name.)
  if (!GIVEN_SHAPE.test(first.core)) return false;
  if (n === 3 && !(isGivenNameWord(words[from + 1]!) && words[from + 1]!.capitalised)) return false;
  const last = words[to - 1]!;
  // "Jordan Hill was appointed chief executive": a venue's head word that is also a surname ends a person's name
  // where only a person's cue says so ("Jordan Hill" alone is a district of Glasgow; ents43).
  if (n === 2 && VENUE_SURNAMES.has(last.lower)) return personOnly();
  if (
    ACRONYM.test(last.core) ||
    isTitle(last.core) ||
    placeOfWord(last) ||
    wordIs(last, W_PLACE_HEAD) ||
    wordIs(last, W_ORG_HEAD) ||
    wordIs(last, W_EVENT_HEAD)
  )
    return false;
  const entry = gazetteerOfWord(last);
  if (entry && entry.kind !== 'person') return false;
  // ("cargoes of Brazil Soybeans": an ordinary word's plural.)
  if (last.lower.endsWith('s') && isLowerWord(last.lower.slice(0, -1))) return false;
  // A surname or a given name the lists know ends a person's name that speaks; a word no list knows ("Hicks")
  // may end a firm's ("China Evergrande said"): only a person's own cue then.
  if (
    (isKnownSurnameWord(last) || isGivenNameWord(last)) &&
    !(isLowerWordWord(last) && !isKnownSurnameWord(last))
  )
    return speaks || personOnly();
  return !isLowerWordWord(last) && personOnly();
}

/** A given name and a surname at tokens `at`, `at + 1`: capitalised, the first a given name no place is named. */
function fullNameAt(ctx: Context, field: Field, at: number): boolean {
  const given = tokenText(ctx, field, at);
  const surname = tokenText(ctx, field, at + 1);
  return (
    startsWithCapital(given) &&
    startsWithCapital(surname) &&
    isGivenName(given) &&
    !isLowerWord(lowerCased(given)) &&
    !isLowerWord(lowerCased(surname)) &&
    newsmakerNamed(surname) === undefined &&
    !startsWithCapital(tokenText(ctx, field, at + 2))
  );
}

/**
 * "Brooklyn Beckham and Nicola Peltz renewed their vows", "Sarah Paulson and Holland Taylor": a name coordinated with
 * a person's full name (a given name and one more word) is a person's too (wild59: the place opening it made it a
 * body, and the country its place word names came with it).
 */
export function coordinatedWithFullName(ctx: Context, field: Field, first: number, last: number): boolean {
  if (lowerTokenText(ctx, field, last + 1) === 'and' && fullNameAt(ctx, field, last + 2)) return true;
  return (
    lowerTokenText(ctx, field, first - 1) === 'and' &&
    fullNameAt(ctx, field, first - 3) &&
    !startsWithCapital(tokenText(ctx, field, first - 4))
  );
}

const GENERATION = /^(?:Jr|Sr)\.?$/;
/** A capital, then lower-case letters: a given name's shape ("Kenya", not "U.S." or "UK"). */
const GIVEN_SHAPE = lazyPattern(() => /^\p{Lu}\p{Ll}+$/u);

const speakingSurnames = new WeakMap<Context, Map<string, boolean>>();
/**
 * "Kenya Hunt won the essay prize. Hunt said …", "India Hicks opened a shop. Hicks, a designer, said": the
 * name's last word alone elsewhere in the body before a verb of speech or a person's verb, or with a title
 * apposed: the article's person. Asked once per word and article.
 */
export function surnameSpeaksElsewhere(ctx: Context, surname: Word): boolean {
  let memo = speakingSurnames.get(ctx);
  if (!memo) {
    memo = new Map();
    speakingSurnames.set(ctx, memo);
  }
  const known = memo.get(surname.core);
  if (known !== undefined) return known;
  let found = false;
  const tokens = fieldsOf(ctx, 'body').field.tokens;
  for (let i = 1; i < tokens.length && !found; i++) {
    if (tokens[i]!.text !== surname.core || startsWithCapital(tokens[i - 1]!.text)) continue;
    const bits = tokenBits(ctx, 'body', i + 1);
    found =
      (bits & (SPEAKER_VERB | PERSON_VERB)) !== 0 ||
      titleApposedAfter(ctx, 'body', i) ||
      callingApposedAfter(ctx, 'body', i);
  }
  memo.set(surname.core, found);
  return found;
}

/** ", 7,", ", 16.", ", 34)": a person's age in commas after the name at `index`. */
export function ageAfter(ctx: Context, field: Field, index: number): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  if (tokens[index + 1]?.text !== ',') return false;
  const age = tokens[index + 2]?.text ?? '';
  if (age.length === 0 || age.length > 2 || !startsWithDigit(age) || !startsWithDigit(age.slice(-1)))
    return false;
  const after = tokens[index + 3]?.text;
  return after === ',' || after === '.' || after === ')';
}

/** Particles that open a surname written with a capital: "Le Pen", "De Niro", "Van Dijk", "Von Trapp". */
export const CAPITAL_PARTICLES = new Set([
  'le',
  'la',
  'de',
  'du',
  'da',
  'di',
  'del',
  'della',
  'van',
  'von',
  'der',
]);

/** Whether the token at `index` is capitalised after a capitalised word: a name's last word ("Elena Parent"). */
export function surnameCue(ctx: Context, field: Field, index: number): boolean {
  return startsUpper(tokenText(ctx, field, index)) && startsUpper(tokenText(ctx, field, index - 1));
}

/**
 * Whether "(" an acronym ")" follows the chunk's words `from`..`to` and spells their initials ("Business
 * Unity South Africa (Busa)", "Congress of South African Trade Unions (Cosatu)").
 */
export function spelledByBracketAfter(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const words = chunk.words;
  const acronym = wordInBracketsAfter(fieldsOf(ctx, chunk.field).field.tokens, words[to - 1]!.index);
  if (acronym === undefined) return false;
  let initials = '';
  for (let i = from; i < to; i++) if (words[i]!.capitalised) initials += words[i]!.core.charAt(0);
  return initials.length >= 2 && initials.toUpperCase() === acronym.toUpperCase();
}

/**
 * "United Nations Mission in South Sudan (UNMISS)", "Human Rights in China (HRIC)": a name that runs on
 * through "in" to a place, spelled by the acronym in brackets after it with the "in" (chunk.ts joins it so),
 * is a body's name, not a thing in a place. Initials with periods give all their letters ("U.N.").
 */
export function bodySpelledThroughIn(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const words = chunk.words;
  let inside = false;
  let initials = '';
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (w.lower === 'in' && i > from && i < to - 1) inside = true;
    if (w.lower === 'in') initials += 'I';
    else if (w.capitalised) initials += acronymLetters(w);
  }
  if (!inside) return false;
  const tokens = fieldsOf(ctx, chunk.field).field.tokens;
  // "the pressure group Human Rights in China said": chunk.ts joined it after a body's noun.
  if (GROUP_NOUNS.has(lowerCased(tokens[words[from]!.index - 1]?.text ?? ''))) return true;
  const acronym = wordInBracketsAfter(tokens, words[to - 1]!.index);
  return acronym !== undefined && initials.toUpperCase() === acronym.toUpperCase();
}

/** "City of Jerusalem", "Gulf of Mexico": a head word followed by "of". */
/**
 * Venues' and places' head words that are also common surnames: "Bruce Arena", "Ray Garden", "Damon Hill",
 * "Joan Rivers" (a place seldom takes a given name before them; "Park" does: Albert Park).
 */
export const VENUE_SURNAMES = new Set(['arena', 'garden', 'gardens', 'hall', 'hill', 'rivers', 'temple']);
/**
 * "Bruce Arena said": a listed given name before a venue's head word is a person's name (read23 F8); "Wembley
 * Arena", "Kew Gardens", "at the Rose Garden" (a locative) and "Madison Square Garden" (three words) stay
 * places. Asked of two-word names only.
 */
/** "Damon Hill of Britain": a given name, a place's head word that is a surname, "of" and a country. */
export function personOfCountry(words: readonly Word[]): boolean {
  return personalVenue(words[0]!, words[1]!.lower) && placeOfWord(words[3]!)?.kind === 'country';
}

/**
 * "Mark Hill scored twice", "Grant Hill, the former Detroit forward,": a given name that is also an ordinary word
 * before a venue's surname is a person's name only where a person's verb, a player's deed or a title apposed
 * after says so ("Mark Hill" alone could be a hill).
 */
export function ordinaryGivenVenue(first: Word, lastLower: string): boolean {
  return VENUE_SURNAMES.has(lastLower) && isGivenNameWord(first) && isLowerWordWord(first);
}

/**
 * "Arsenio Hall said", "Arsenio Hall, the comedian,": a first word no list knows (no given name, surname,
 * ordinary word, place or body's head) before a venue's head word that is also a surname; the caller asks for
 * a person's deed after it ("Wigmore Hall" alone, or "at Wigmore Hall", stays a venue).
 */
export function unlistedGivenVenue(first: Word, lastLower: string): boolean {
  return VENUE_SURNAMES.has(lastLower) && !isKnownSurnameWord(first) && unknownMiddle([first], 0, 1);
}

/**
 * Head words of a place no given name opens ("Golden Temple", "Senso-ji Temple"), so that a given name before
 * one is a person's, even one that is also an ordinary word ("John Temple would lead").
 */
const GIVEN_NAME_SURNAMES = new Set(['temple']);

export function personalVenue(first: Word, lastLower: string): boolean {
  return (
    VENUE_SURNAMES.has(lastLower) &&
    isGivenNameWord(first) &&
    (!isLowerWordWord(first) || GIVEN_NAME_SURNAMES.has(lastLower))
  );
}
/**
 * "Mary Ellen Hall", "Billy Joe Hill", "Frank B. Hall": two given names or a given name and an initial (the first no
 * ordinary word: "Royal Albert Hall") before a venue's head word that is also a surname are a person's name; "Walt Disney Concert Hall" and "David Geffen Hall"
 * (no given name second) are venues.
 */
/** A capital and a period: "B.". */
const INITIAL = lazyPattern(() => /^\p{Lu}\.?$/u);
export function personalVenueOfThree(first: Word, second: Word, lastLower: string): boolean {
  return (
    VENUE_SURNAMES.has(lastLower) &&
    isGivenNameWord(first) &&
    (INITIAL.test(second.core) ||
      (!isLowerWordWord(first) && isGivenNameWord(second) && !isLowerWordWord(second)))
  );
}
/** Words that no list knows: no ordinary word, given name, listed name or organisation head. */
export function unknownMiddle(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (isLowerWordWord(w) || isGivenNameWord(w) || gazetteerOfWord(w) !== undefined || wordIs(w, W_ORG_HEAD))
      return false;
  }
  return true;
}
/** Who speaks for a name in the possessive: "Blair's spokesman", a person's as often as a firm's. */
export const SPOKESPEOPLE_AFTER = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** What a spokesman calls the one he speaks for when that is a person: "the senator", "the Labour leader". */
const PRINCIPALS = new Set('leader senator premier chancellor candidate'.split(' '));
/** Words that make the title another's: "the company 's president", "the firm's chairman". */
const NOT_THE_PRINCIPALS = new Set(['company', 'firm', 'group', 'bank', 'board', 'club']);
/**
 * "Dole's spokesman said the senator would campaign", "Kabila 's spokesman said the rebel leader was in Goma":
 * the spokesman's sentence, after `index` (the spokesman), names his principal by a person's title — "the", at
 * most two words, the title ("minister" only as "prime minister"). A firm's spokesman speaks of "the company", "the
 * company 's president", "the general manager", and of the governors, kings, presidents and ministers it deals with
 * ("Sabena 's spokesman said the king would not intervene": read52 R18).
 */
export function principalTitledAfter(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; i < index + 10; i++) {
    const t = lowerTokenText(ctx, field, i);
    if (t === '' || t === '.' || t === ';' || t === '!' || t === '?') return false;
    if (t !== 'the') continue;
    for (let j = i + 1; j <= i + 3; j++) {
      const w = lowerTokenText(ctx, field, j);
      if (PRINCIPALS.has(w) || (w === 'minister' && lowerTokenText(ctx, field, j - 1) === 'prime'))
        return lowerTokenText(ctx, field, j + 1) !== 'of';
      if (w === '' || w === ',' || w === '.' || NOT_THE_PRINCIPALS.has(w) || w === "'s" || w.endsWith("'s"))
        break;
    }
  }
  return false;
}
/** What a person has, after a name in the possessive: "Netanyahu's office", "Trump's tariffs". */
export const PERSON_OWNED = new Set(
  'government administration campaign wife husband son daughter father mother family lawyer lawyers spokesman spokeswoman spokesperson aides aide allies supporters predecessor successor remarks comments speech tariffs'.split(
    ' ',
  ),
);
/**
 * "Eskom warns of load shedding", "Shell warned of a profit hit": warning of what may come is what utilities,
 * firms and forecasters do as often as people, so it speaks for no person (wild38a).
 */
export function warnsOfThing(verb: string, ctx: Context, field: Field, index: number): boolean {
  // In a headline only: the story's "Okonkwo warned of a long dispute" leaves a name with no other reading a
  // person (read38); a firm's body text names it by what it is elsewhere.
  return (
    field === 'title' &&
    (verb === 'warns' || verb === 'warned' || verb === 'warn') &&
    lowerTokenText(ctx, field, index + 2) === 'of'
  );
}
/** "Kamala Harris": two words, a listed given name and a known surname or a newsmaker's name. */
export function personsFullName(first: Word, last: Word, length: number): boolean {
  return (
    length === 2 &&
    isGivenNameWord(first) &&
    (isKnownSurnameWord(last) || newsmakerNamed(last.core) !== undefined)
  );
}

/** What only a person has, after a name in the possessive: a home, a spouse, a child, a lawyer, a memoir. */
const PERSONS_OWN = new Set(
  `home house residence wife husband widow son sons daughter daughters father mother brother sister girlfriend
  boyfriend fiancee fiancée lawyer lawyers attorney attorneys memoir memoirs`
    .split(/\s+/)
    .filter(Boolean),
);
/** After "home": the words that end the noun phrase there ("Bolton's home in Bethesda"; "Bolton's home form" is a club's). */
const AFTER_HOME = new Set(
  `. , ; : ) in on at near outside and or was were is has had where after before during last this`.split(' '),
);

/**
 * "FBI agents searched Bolton's home", "Lincoln's widow", "Preston's lawyer said": a town's name that is also a
 * surname, in the possessive before what only a person has, is the person (a town has no wife or lawyer; its
 * "home" is a club's before a noun: "Bolton's home form").
 */
export function ownedByPerson(ctx: Context, field: Field, possessiveIndex: number): boolean {
  const noun = lowerTokenText(ctx, field, possessiveIndex + 1);
  if (!PERSONS_OWN.has(noun)) return false;
  if (noun !== 'home' && noun !== 'house') return true;
  const after = lowerCased(tokenText(ctx, field, possessiveIndex + 2));
  return after === '' || AFTER_HOME.has(after);
}

/**
 * A Spanish patronymic surname: "Rodríguez", "Pérez", "Fernández", "Gómez". Towns bear some (Rodríguez in Rizal,
 * Jerez), so the lists' place reading made "Delcy Rodríguez said" a club named after a town (mend59, left); no
 * club's or firm's name ends in one.
 */
const PATRONYMIC = /^[A-Z\u00C1\u00C9\u00CD\u00D3\u00DA][a-z\u00E1\u00E9\u00ED\u00F3\u00FA\u00F1]+ez$/;

export const isPatronymicSurname = (word: string): boolean => PATRONYMIC.test(word);
