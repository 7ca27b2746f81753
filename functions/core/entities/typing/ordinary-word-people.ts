// People whose given name and surname are both ordinary English words ("Tiger Woods", "Chase Young").
import type { Field } from '../../schema.js';
import { startsWithDigit } from '../../text/chars.js';
import { isLowerWord } from '../lexicon.js';
import { type Context, fieldsOf, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { AGE_BEFORE, ageAfter } from './person-cues.js';
import { personPronounNext } from './pronouns.js';
import { PERSON_VERB, SPEAKER_VERB, tokenBits, WHO_WORD } from './token-bits.js';

/**
 * Whether the words around a name of two ordinary words (first token `first`, last `last`) say it is a
 * person's: an age before or after it ("20-year-old Tiger Woods", "Tiger Woods, 49,"), a person's pronoun
 * after it in its clause (`pronounPerson`: "Tiger Woods shot 67 in his first round"), a relative clause a person's pronoun
 * runs through ("Tiger Woods, who made the cut in his first tournament": clubs and firms are "their" and
 * "its"), or its last word alone elsewhere in the body speaking of himself or herself ("Tiger Woods won the
 * Masters by 12 shots. Woods said he was thrilled": wild47 star 15). A determiner, a year or an owner's possessive before the words makes them a thing's name, and
 * the pronoun is about someone else ("its Cultural Revolution days", "the 1966-76 Cultural Revolution --
 * or say when he would be released", "told the BBC's Politics Show she believed"). The lists know neither
 * word for a name's, so without such a cue the name stays unread (`other`).
 */
export function ordinaryWordsNamePerson(
  ctx: Context,
  field: Field,
  first: number,
  last: number,
  pronounPerson: () => boolean,
): boolean {
  const before = lowerTokenText(ctx, field, first - 1);
  if (AGE_BEFORE.test(before)) return true;
  if (DETERMINERS.has(before) || startsWithDigit(before) || POSSESSIVE.test(before)) return false;
  if (pronounPerson() || ageAfter(ctx, field, last)) return true;
  return (
    (lowerTokenText(ctx, field, last + 1) === ',' &&
      (tokenBits(ctx, field, last + 2) & WHO_WORD) !== 0 &&
      personPronounNext(ctx, field, last + 2)) ||
    // (Only an ordinary word: "Minister of Mines and Energy Subroto told Reuters" leaves an office's word apart.)
    (isLowerWord(lowerTokenText(ctx, field, last)) &&
      speakersOfThemselves(ctx).has(tokenText(ctx, field, last)))
  );
}

const selfSpeakers = new WeakMap<Context, ReadonlySet<string>>();
/**
 * The capitalised words of the body that stand alone (no capitalised word before them) before a verb of speech,
 * with a person's pronoun after the verb ("Woods said he was thrilled", "Woods told reporters she ..."): a
 * person's surname, where firms say "it". Found in one pass over the body, once per article.
 */
function speakersOfThemselves(ctx: Context): ReadonlySet<string> {
  let found = selfSpeakers.get(ctx);
  if (found) return found;
  const speakers = new Set<string>();
  const tokens = fieldsOf(ctx, 'body').field.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (!startsWithCapital(text) || (i > 0 && startsWithCapital(tokens[i - 1]!.text))) continue;
    if ((tokenBits(ctx, 'body', i + 1) & (SPEAKER_VERB | PERSON_VERB)) === 0) continue;
    if (personPronounNext(ctx, 'body', i + 1)) speakers.add(text);
  }
  found = speakers;
  selfSpeakers.set(ctx, found);
  return found;
}

/** An owner's possessive: "Brando's", or the "'s" that pre-tokenised text splits off. */
const POSSESSIVE = /^(?:'s?|\u2019s?|.+(?:'s|\u2019s))$/;

/** Words before a thing's name, never before a person's given name. */
const DETERMINERS = new Set('the a an its his her their our your this that these those'.split(' '));
