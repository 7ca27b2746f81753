// What typing asks of the token at an index (title, pronoun, speech verb, sentence end...), as bits filled once
// per distinct token text and memoised per field.
import type { Field } from '../../schema.js';
import { codeUnitAt } from '../../text/chars.js';
import { lowerCaseAt } from '../../text/lower-case.js';
import { WordMemo } from '../../text/vocabulary.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, isLowerWord, OFFICES_NAMED_LIKE_BODIES } from '../lexicon.js';
import { type Context, fieldsOf, lowerTokenText } from './context.js';
import {
  AUXILIARIES,
  AWARD_AFTER,
  COMPANY_BEFORE,
  DEVICE_AFTER,
  DIGITS,
  INDEX_AFTER,
  LOCATIVE,
  MEETS,
  OIL_GRADE_AFTER,
  ORG_CUES_AFTER,
  PEOPLE_NOUNS,
  PERSON_PRONOUNS,
  PERSON_VERBS,
  PLACE_NOUNS,
  PRODUCT_AFTER,
  PRODUCT_BEFORE,
  PROGRAMME_AFTER,
  PRONOUN_STOPS,
  SCORE,
  SENTENCE_ENDS,
  SPEAKER_VERBS,
  STAFF_AT,
  TEAM_VERBS,
  THING_PRONOUNS,
  TITLE_MODIFIERS,
  WHO,
} from './cue-words.js';
import { isTitleLower } from './word-tests.js';

/**
 * What the typing rules ask of a neighbouring token, as bits: whether its lower-case form (as
 * `lowerTokenText` gives it) is in each word list and what its text is. Filled once per distinct text
 * (by vocabulary number) instead of a Set probe per list per question; the same answers.
 */
export const TITLE_WORD = 1;
export const PERSON_PRONOUN = 1 << 1;
export const THING_PRONOUN = 1 << 2;
export const PRONOUN_STOP = 1 << 3;
export const OPENING_WORD = 1 << 4;
export const STAFF_WORD = 1 << 5;
export const ORG_CUE_AFTER = 1 << 6;
/** Its lower-case form differs from its text. */
export const CASED = 1 << 7;
/** Its text (not lower-cased) ends a sentence. */
export const SENTENCE_END = 1 << 8;
/** Its text (not lower-cased) is a verb of a match result. */
export const TEAM_VERB_TEXT = 1 << 9;
export const LOCATIVE_WORD = 1 << 10;
export const PLACE_NOUN = 1 << 11;
export const COMPANY_KIND_BEFORE = 1 << 12;
export const PERSON_VERB = 1 << 13;
export const SPEAKER_VERB = 1 << 14;
export const AUXILIARY = 1 << 15;
export const MEETS_WORD = 1 << 16;
export const WHO_WORD = 1 << 17;
export const CALENDAR_WORD = 1 << 18;
export const TITLE_MODIFIER = 1 << 19;
/** Its text (not lower-cased) is a score ("2-1") or one to three digits. */
export const SCORE_TEXT = 1 << 20;
export const DIGITS_TEXT = 1 << 21;
export const INDEX_WORD = 1 << 22;
export const OIL_GRADE_WORD = 1 << 23;
export const PRODUCT_BEFORE_WORD = 1 << 24;
export const PRODUCT_AFTER_WORD = 1 << 25;
export const PEOPLE_NOUN = 1 << 26;
export const AWARD_AFTER_WORD = 1 << 27;
export const PROGRAMME_AFTER_WORD = 1 << 28;
export const DEVICE_AFTER_WORD = 1 << 29;

function bitsOf(lower: string, text: string | undefined): number {
  let bits = 0;
  if (isTitleLower(lower)) bits |= TITLE_WORD;
  if (PERSON_PRONOUNS.has(lower)) bits |= PERSON_PRONOUN;
  if (THING_PRONOUNS.has(lower)) bits |= THING_PRONOUN;
  if (PRONOUN_STOPS.has(lower)) bits |= PRONOUN_STOP;
  if (FUNCTION_WORDS.has(lower) || isLowerWord(lower)) bits |= OPENING_WORD;
  if (STAFF_AT.has(lower)) bits |= STAFF_WORD;
  if (ORG_CUES_AFTER.has(lower)) bits |= ORG_CUE_AFTER;
  if (LOCATIVE.has(lower)) bits |= LOCATIVE_WORD;
  if (PLACE_NOUNS.has(lower)) bits |= PLACE_NOUN;
  if (COMPANY_BEFORE.has(lower)) bits |= COMPANY_KIND_BEFORE;
  if (PERSON_VERBS.has(lower)) bits |= PERSON_VERB;
  if (SPEAKER_VERBS.has(lower)) bits |= SPEAKER_VERB;
  if (AUXILIARIES.has(lower)) bits |= AUXILIARY;
  if (MEETS.has(lower)) bits |= MEETS_WORD;
  if (WHO.has(lower)) bits |= WHO_WORD;
  if (CALENDAR_WORDS.has(lower)) bits |= CALENDAR_WORD;
  if (TITLE_MODIFIERS.has(lower)) bits |= TITLE_MODIFIER;
  if (INDEX_AFTER.has(lower)) bits |= INDEX_WORD;
  if (OIL_GRADE_AFTER.has(lower)) bits |= OIL_GRADE_WORD;
  if (PRODUCT_BEFORE.has(lower)) bits |= PRODUCT_BEFORE_WORD;
  if (PRODUCT_AFTER.has(lower)) bits |= PRODUCT_AFTER_WORD;
  if (DEVICE_AFTER.has(lower)) bits |= DEVICE_AFTER_WORD;
  if (PEOPLE_NOUNS.has(lower)) bits |= PEOPLE_NOUN;
  if (AWARD_AFTER.has(lower)) bits |= AWARD_AFTER_WORD;
  if (PROGRAMME_AFTER.has(lower)) bits |= PROGRAMME_AFTER_WORD;
  if (text !== undefined) {
    if (lower !== text) bits |= CASED;
    // ("59 cs Net 8,919,000": an office's letters in lower case are a unit's, no title; "Interior CS Jane Doe".)
    else if (OFFICES_NAMED_LIKE_BODIES.has(lower)) bits &= ~TITLE_WORD;
    if (SENTENCE_ENDS.has(text)) bits |= SENTENCE_END;
    if (TEAM_VERBS.has(text)) bits |= TEAM_VERB_TEXT;
    if (SCORE.test(text)) bits |= SCORE_TEXT;
    if (DIGITS.test(text)) bits |= DIGITS_TEXT;
  }
  return bits;
}

/** Bits of each token text, by vocabulary number; of a period read with the word before it, by that word's. */
const tokenBitsMemo = new WordMemo<number>();
const periodBitsMemo = new WordMemo<number>();
let bitsOutside: number | undefined;

/** The bits (above) of the token at `index`, read as `lowerTokenText` reads it. */
export function tokenBits(ctx: Context, field: Field, index: number): number {
  const text = fieldsOf(ctx, field).field;
  // A negative index is read as a property name, not an element: one such read leaves the load megamorphic.
  const token = index < 0 ? undefined : text.tokens[index];
  if (token === undefined) {
    bitsOutside ??= bitsOf('', undefined);
    return bitsOutside;
  }
  if (token.text === '.' && index > 0 && text.tokens[index - 1]?.end === token.start) {
    const before = text.wordIds[index - 1] ?? 0;
    const memo = periodBitsMemo.current();
    const cached = memo.get(before);
    if (cached !== undefined) return cached;
    let bits = bitsOf(lowerTokenText(ctx, field, index), token.text);
    // "a victory for the oil major. Milieudefensie, the Dutch arm …": a title's word in lower case before the
    // period ends a sentence; only an abbreviation ("Gen.", "Sen.") is a title with its period (ents41).
    const first = codeUnitAt(text.tokens[index - 1]!.text, 0);
    if (first >= 97 && first <= 122) bits &= ~TITLE_WORD;
    return memo.set(before, bits);
  }
  const id = text.wordIds[index] ?? 0;
  const memo = tokenBitsMemo.current();
  return memo.get(id) ?? memo.set(id, bitsOf(lowerCaseAt(text, index), token.text));
}
