// Where a token stands in its sentence and line: sentence ends, capitals, possessives, clause openers,
// prepositions, quotes, and a word near a position.
import type { Field } from '../../schema.js';
import { codeUnitAt, endsWithText, lowerCased } from '../../text/chars.js';
import { letterPattern, startsUpper } from '../../text/letters.js';
import type { Chunk, Word } from '../chunk.js';
import { FUNCTION_WORDS, isGivenName, isKnownSurname, isLowerWord } from '../lexicon.js';
import { type Context, fieldsOf, lowerTokenText, tokenText } from './context.js';
import { SENTENCE_END, tokenBits } from './token-bits.js';

// Letter patterns (text/letters.ts) at module level: ASCII words are read by the ASCII twin, and no `\p{…}`
// pattern is made at import (~0.8 M instructions of cold start each).
export const ALL_LOWER = letterPattern(String.raw`^\p{Ll}+$`);
export const LOWER_WORD_START = /^[a-z]/;
/** A lower-case word after a name that is no function word: the name modifies it ("a Pontiac G6 owner"). */
export const nounAfter = (next: string) => LOWER_WORD_START.test(next) && !FUNCTION_WORDS.has(next);

/** Whether the body writes a word with a capital anywhere, a sentence's first word included. */
export function capitalisedInBody(ctx: Context, lower: string): boolean {
  const { tokens } = fieldsOf(ctx, 'body').field;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (text.length === lower.length && startsUpper(text) && lowerCased(text) === lower) return true;
  }
  return false;
}

/** Whether the chunk is all its line holds (spaces aside). */
export function lineAlone(ctx: Context, chunk: Chunk): boolean {
  const text = fieldsOf(ctx, chunk.field).field.text;
  for (let i = chunk.start - 1; i >= 0 && text.charAt(i) !== '\n'; i--)
    if (text.charAt(i) !== ' ') return false;
  for (let i = chunk.end; i < text.length && text.charAt(i) !== '\n'; i++)
    if (text.charAt(i) !== ' ') return false;
  return true;
}
/**
 * Words of a sentence about spaceflight or a film, where a name with a number ("Artemis III", "Starship
 * Flight 7", "Rocky IV") is a mission's or a work's. Not "crew" or "launch" alone: clubs have crews and
 * firms launch products.
 */
/** A token without its possessive ending ("party's" → "party"); the token itself when it has none. */
export function withoutPossessive(token: string): string {
  return token.endsWith("'s") || token.endsWith('’s') ? token.slice(0, -2) : token;
}
/** Whether the sentence around tokens `from`..`to` (up to `span` tokens either side) has a word of `set`. */
export function wordNear(
  ctx: Context,
  field: Field,
  from: number,
  to: number,
  set: ReadonlySet<string>,
  span: number,
): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  for (let i = from - 1; i >= 0 && i >= from - span; i--) {
    if (tokenBits(ctx, field, i) & SENTENCE_END) break;
    if (set.has(lowerCased(tokens[i]!.text))) return true;
  }
  for (let i = to + 1; i < tokens.length && i <= to + span; i++) {
    if (set.has(lowerCased(tokens[i]!.text))) return true;
    if (tokenBits(ctx, field, i) & SENTENCE_END) break;
  }
  return false;
}
export const OPENING_QUOTES = new Set(['"', '\u201c']);
export const CLOSING_QUOTES = new Set(['"', '\u201d']);
export const LOWER_LETTERS = /^[a-z]+$/;
/** "CDs", "BBC", "JFK": a word whose second letter is a capital (initials), read within its length. */
export function secondIsCapital(core: string): boolean {
  if (core.length < 2) return false;
  const c = codeUnitAt(core, 1);
  return c >= 65 && c <= 90;
}

/**
 * "talks with Hun Sen. Later …", "analyst Brian Singer.\n": after a name's last word spelled like a title
 * ("Sen", "Singer"), the full stop ends the sentence when nothing (or a new line, a function word or an
 * ordinary word that names no one) follows, where a title's holder would ("Texas Gov. Greg Abbott"). Asked
 * after a word no ordinary one ("the new Oil Minister." is the office).
 */
export function sentenceEndsAfter(ctx: Context, field: Field, last: Word): boolean {
  const tokens = fieldsOf(ctx, field).field.tokens;
  const period = tokens[last.index + 1];
  const after = tokens[last.index + 2];
  if (period === undefined || after === undefined) return true;
  if (fieldsOf(ctx, field).field.text.slice(period.end, after.start).includes('\n')) return true;
  const lower = lowerCased(after.text);
  if (FUNCTION_WORDS.has(lower)) return true;
  return (
    startsUpper(after.text) &&
    isLowerWord(lower) &&
    !isGivenName(after.text) &&
    !isKnownSurname(after.text) &&
    // ("Pennsylvania Rep. Summer Lee": a capitalised word after it makes the two a holder's name, read29 F-e.)
    !startsUpper(tokens[last.index + 3]?.text ?? '')
  );
}

/** `text === \`${lower}.\`` without building the string (asked for every chunk). */
export function isWithPeriod(text: string, lower: string): boolean {
  return text.length === lower.length + 1 && codeUnitAt(text, lower.length) === 46 && text.startsWith(lower);
}
/** Endings of English derived words the compact lexicon misses ("Decoupling", "Fungicide", "Reshoring"). */
export const ENGLISH_ENDING =
  /(?:ing|ide|tion|sion|ism|ity|ness|ment|ology|ance|ence|able|ible|ive|ous|ful|less|ship|ly)$/;

/** "downloads", "bookmakers", "eyewitnesses": two English words run together, which the lexicon misses. */
export function englishCompound(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++)
    if (isLowerWord(lower.slice(0, i)) && isLowerWord(lower.slice(i))) return true;
  return false;
}

export const CLAUSE_ENDS = new Set([',', '.', ';', ':', '?', '!', ')', '']);

export function allCapitals(chunk: Chunk, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const core = chunk.words[i]!.core;
    if (core.toUpperCase() !== core) return false;
  }
  return true;
}

/** The token after a name's last word, past a possessive "'s" that pre-tokenised text splits off. */
export function afterPossessive(ctx: Context, chunk: Chunk, to: number, next: string): string {
  const last = chunk.words[to - 1]!;
  if (last.possessive) return next;
  return next === "'s" || next === '’s' ? lowerTokenText(ctx, chunk.field, last.index + 2) : '';
}
export const NOT_AFTER_SCORE = new Set([
  'percent',
  'per',
  'pct',
  '%',
  'times',
  'years',
  'points',
  'million',
  'billion',
]);
/** Whether the token at `index` is written with a capital. */
export function capitalisedAt(ctx: Context, field: Field, index: number): boolean {
  const text = tokenText(ctx, field, index);
  const c = text.charAt(0);
  return c !== '' && c !== c.toLowerCase();
}
export const ARTICLES = new Set(['the', 'a', 'an']);
/** Determiners of an owner: "its Starship rocket", "their Soyuz capsule". */
const OWNER_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Whether `prev` (a lower-cased token) is an owner's word: "its", "SpaceX's", "the agency's". */
export function possessiveBefore(prev: string): boolean {
  return OWNER_DETERMINERS.has(prev) || endsWithText(prev, "'s") || endsWithText(prev, '\u2019s');
}
/** Conjunctions that open a clause whose subject may follow: "while Brighton were held to a draw". */
export const CLAUSE_OPENERS = new Set([
  'but',
  'while',
  'whereas',
  'as',
  'after',
  'because',
  'although',
  'though',
  'since',
]);

export const PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'of',
  'outside',
  'for',
  'on',
  'across',
  'via',
  'by',
  'around',
]);
