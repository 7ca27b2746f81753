// People whose given name and surname are both ordinary English words ("Tiger Woods", "Chase Young").
import type { Field } from '../../schema.js';
import { startsWithDigit } from '../../text/chars.js';
import { type Context, lowerTokenText } from './context.js';
import { AGE_BEFORE, ageAfter } from './person-cues.js';
import { personPronounNext } from './pronouns.js';
import { tokenBits, WHO_WORD } from './token-bits.js';

/**
 * Whether the words around a name of two ordinary words (first token `first`, last `last`) say it is a
 * person's: an age before or after it ("20-year-old Tiger Woods", "Tiger Woods, 49,"), a person's pronoun
 * after it in its clause (`pronounPerson`: "Tiger Woods shot 67 in his first round"), or a relative clause a person's pronoun
 * runs through ("Tiger Woods, who made the cut in his first tournament": clubs and firms are "their" and
 * "its"). A determiner, a year or an owner's possessive before the words makes them a thing's name, and
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
    lowerTokenText(ctx, field, last + 1) === ',' &&
    (tokenBits(ctx, field, last + 2) & WHO_WORD) !== 0 &&
    personPronounNext(ctx, field, last + 2)
  );
}

/** An owner's possessive: "Brando's", or the "'s" that pre-tokenised text splits off. */
const POSSESSIVE = /^(?:'s?|\u2019s?|.+(?:'s|\u2019s))$/;

/** Words before a thing's name, never before a person's given name. */
const DETERMINERS = new Set('the a an its his her their our your this that these those'.split(' '));
