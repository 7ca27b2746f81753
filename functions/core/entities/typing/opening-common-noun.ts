// A lone capitalised word opening a sentence, before a lower-case noun and its verb ("Avian flu has also
// hit", "Coca cultivation reached", "Lithium prices have fallen"), is the noun phrase's first word: an
// English word the compact lexicon lacks (review31 E10), not a person named once by a bare given name or
// surname. A person in news is named in full somewhere, so a word the article never capitalises inside a
// sentence is the common word.

import { endsWithText } from '../../text/chars.js';
import { RESULT_VERBS } from '../../text/result-verbs.js';
import type { Chunk } from '../chunk.js';
import { isKnownBodyWord } from '../known-bodies.js';
import { FUNCTION_WORDS, isCommonWordOnly, isGivenName, isKnownSurname } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import { gazetteerOfWord, placeOfWord } from '../word-facts.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText } from './context.js';
import { goodsSoldAfter } from './firm-cues-around.js';
import { PERSON_OWNED } from './person-cues.js';
import { AUXILIARY, CASED, PERSON_VERB, SPEAKER_VERB, tokenBits } from './token-bits.js';
import { ACRONYM } from './word-tests.js';

/** A lower-case word of letters (a noun or a verb; no number, no punctuation). */
const LOWER_WORD = /^[a-z][a-z-]*$/;
/**
 * A verb's past form: "cultivation reached" (a noun before it is no verb: "Smith scored goals"). A form in
 * -s may be a plural noun ("Clinton administration aides said"): only an auxiliary or -ed is read.
 */
const PAST = /^[a-z]+ed$/;
/**
 * Results a side's nickname opens ("Grizzlies beat the Hornets", "Cheetahs stun the Pumas"): a result, a headline's
 * present ("win", "stun") and the league tables' "rallied", "topped", "blanked".
 */
const NICKNAME_RESULTS: ReadonlySet<string> = new Set([
  ...RESULT_VERBS,
  ...'win lose draw stun rally rallied topped blanked'.split(' '),
]);

/** The lone opening word's candidate, as the word of a noun phrase (unknown, dropped) where it is one. */
export function asOpeningCommonNoun(typed: Candidate[], chunk: Chunk, ctx: Context): Candidate[] {
  // "RAND FIRMS AFTER INFLATION TARGET CHANGE" over "South Africa's rand firmed": a word of a line in capitals
  // that the story writes in lower case only is that word, no person named once (wild42 item 12).
  if (typed.length === 1 && chunk.words.length === 1 && chunk.caseless) {
    const c = typed[0]!;
    const word = chunk.words[0]!;
    // "Joke E-mail Virus Tricks Users", "Protect Whistleblowers, TUC Says" over "a joke e-mail", "protect
    // whistleblowers": so is a word no list knows, in a title-case headline or a line in capitals, that was read
    // as a firm's or a thing's name.
    if (
      (c.type === 'person' ||
        ((c.type === 'organization' || c.type === 'other') &&
          gazetteerOfWord(word) === undefined &&
          ctx.known?.get(word.lower) === undefined &&
          !isKnownBodyWord(word.core))) &&
      c.words.length === 1 &&
      ctx.seen.caselessInLowerCase.has(word.lower) &&
      newsmakerNamed(word.core) === undefined
    ) {
      c.type = 'unknown';
      c.strength = -1;
    }
    return typed;
  }
  if (typed.length !== 1 || chunk.words.length !== 1 || !chunk.initial || chunk.caseless) return typed;
  const c = typed[0]!;
  const word = chunk.words[0]!;
  if (c.words.length !== 1 || word.possessive) return typed;
  if (isCommonWordOpening(c, chunk, ctx)) {
    c.type = 'unknown';
    c.strength = -1;
    return typed;
  }
  if (!(c.type === 'person' ? c.strength <= 1 : c.type === 'unknown' && c.strength >= 0)) return typed;
  if (ctx.seen.capitalisedInside.has(word.lower) || ACRONYM.test(word.core)) return typed;
  if (newsmakerNamed(word.core) !== undefined || placeOfWord(word)) return typed;
  const at = word.index;
  const noun = lowerTokenText(ctx, chunk.field, at + 1);
  const nounBits = tokenBits(ctx, chunk.field, at + 1);
  if (
    !LOWER_WORD.test(noun) ||
    fieldsOf(ctx, chunk.field).field.tokens[at + 1]?.text !== noun ||
    (nounBits & (CASED | PERSON_VERB | SPEAKER_VERB | AUXILIARY)) !== 0 ||
    FUNCTION_WORDS.has(noun) ||
    PAST.test(noun) ||
    // "Okafor aides have denied", "Kovalenko supporters have vowed": what a person has is named so.
    PERSON_OWNED.has(noun)
  )
    return typed;
  // "Jazz pianist dies" over "the jazz pianist Harold Mabern", "Gala dinner raises $5 million" over "the gala":
  // a word the lists know for a given name (Jazz, Gala) that the story writes in lower case too, and never
  // capitalised inside a sentence, is that word before a noun, whatever verb follows (ents41).
  const verb = lowerTokenText(ctx, chunk.field, at + 2);
  if (c.type === 'person' && ctx.seen.openersInLowerCase.has(word.lower)) {
    c.type = 'unknown';
    c.strength = -1;
    return typed;
  }
  const verbBits = tokenBits(ctx, chunk.field, at + 2);
  const verbAfter = (verbBits & AUXILIARY) !== 0 || ((verbBits & CASED) === 0 && PAST.test(verb));
  if (!verbAfter) return typed;
  c.type = 'unknown';
  c.strength = -1;
  return typed;
}

/**
 * "Airlines cancelled 900 flights", "Turnout was 61 percent", "Healthcare costs rose": a common word of
 * today that the compact lexicon lacks, opening a sentence before a lower-case word, and never capitalised inside a
 * sentence of the story, is that word. A firm or band named by such a word is named again mid-sentence or speaks
 * ("Nationwide said"), and a list that knows the word as a name keeps it.
 */
function isCommonWordOpening(c: Candidate, chunk: Chunk, ctx: Context): boolean {
  const word = chunk.words[0]!;
  if (c.type === 'place' || !isCommonWordOnly(word.core)) return false;
  if (isGivenName(word.core) || isKnownSurname(word.core)) return false;
  if (ctx.seen.capitalisedInside.has(word.lower) || ACRONYM.test(word.core)) return false;
  if (newsmakerNamed(word.core) !== undefined || placeOfWord(word) || gazetteerOfWord(word) !== undefined)
    return false;
  if (ctx.known?.get(word.lower) !== undefined || isKnownBodyWord(word.core)) return false;
  // "Jaguar recalled 4,000 cars": a word in the singular that sells or recalls goods is a maker's name (review57 ★1);
  // a common noun in the plural does so as a trade ("Carmakers recalled 4,000 cars").
  if (!endsWithText(word.lower, 's') && goodsSoldAfter(ctx, chunk.field, word.index)) return false;
  const next = lowerTokenText(ctx, chunk.field, word.index + 1);
  // "Grizzlies beat the Hornets 120-112": a side named by its nickname before a result.
  return (
    LOWER_WORD.test(next) &&
    !NICKNAME_RESULTS.has(next) &&
    fieldsOf(ctx, chunk.field).field.tokens[word.index + 1]?.text === next &&
    (tokenBits(ctx, chunk.field, word.index + 1) & (CASED | PERSON_VERB | SPEAKER_VERB)) === 0
  );
}
