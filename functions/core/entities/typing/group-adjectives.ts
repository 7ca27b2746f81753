// "the first Black artist", "a Black church", "ran Christian summer camps": an adjective of a people or a faith
// that AP style writes with a capital, before the noun it qualifies, is no name of a person (wild43 ★6).
import type { Field } from '../../schema.js';
import type { Word } from '../chunk.js';
import { FUNCTION_WORDS } from '../lexicon.js';
import type { Context } from './context.js';
import {
  AUXILIARY,
  CASED,
  PEOPLE_NOUN,
  PERSON_VERB,
  SPEAKER_VERB,
  TEAM_VERB_TEXT,
  tokenBits,
} from './token-bits.js';

/**
 * Adjectives of people and of a faith that are also a surname or a given name the lists know ("Black",
 * "White", "Christian"), or no name at all ("Indigenous"); the faiths' other adjectives ("Muslim", "Sikh")
 * are WordNet's group words, read by their own rule.
 */
const GROUP_ADJECTIVES = new Set([
  'black',
  'white',
  'indigenous',
  'aboriginal',
  'christian',
  'catholic',
  'protestant',
  'evangelical',
]);

/**
 * Words that open a clause before a subject ("when Black plays", "and Christian starts"), after which the name
 * may be a person's.
 */
const CLAUSE_OPENERS = new Set(
  'and or but nor yet so when while as after before because if until since though although where whereas once unless that then than'.split(
    ' ',
  ),
);

/** Verb bits of a next word that a person named alone takes ("Black said", "White has"). */
const VERB_BITS = PERSON_VERB | SPEAKER_VERB | AUXILIARY | TEAM_VERB_TEXT;

/**
 * Whether `word`, one capitalised word inside a sentence (not opening it), is an adjective of people or of a
 * faith before the noun it qualifies: a noun of people ("Black woman", "Indigenous leaders"), or, after a
 * lower-case word that opens no clause or a function word opening the sentence ("the first Black artist", "a
 * Black church", "ran Christian summer camps", "a number of Christian websites", "The Christian group"), a
 * lower-case word that is no function word, no verb a person takes and no past form ("Jack Black starred",
 * "Black said", "signed White from Bristol", "when White took the stage" keep their person).
 */
export function isGroupAdjectiveBeforeNoun(
  ctx: Context,
  field: Field,
  word: Word,
  prevToken: string,
  nextToken: string,
): boolean {
  // ("aided by White's presence": an adjective takes no possessive.)
  if (!GROUP_ADJECTIVES.has(word.lower) || word.possessive) return false;
  const nextBits = tokenBits(ctx, field, word.index + 1);
  if (nextBits & PEOPLE_NOUN) return true;
  if (
    nextBits & CASED ||
    !/^[a-z]+$/.test(nextToken) ||
    nextBits & VERB_BITS ||
    FUNCTION_WORDS.has(nextToken) ||
    nextToken.endsWith('ed')
  )
    return false;
  const prevBits = tokenBits(ctx, field, word.index - 1);
  // ("The Christian group": a function word opening the sentence is written with a capital.)
  return (
    /^[a-z]+$/.test(prevToken) &&
    !CLAUSE_OPENERS.has(prevToken) &&
    (!(prevBits & CASED) || FUNCTION_WORDS.has(prevToken))
  );
}
