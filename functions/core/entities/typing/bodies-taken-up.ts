// A name of no known kind that the story takes up as a body: "The Rolling Stones will tour, the band said".
import { type Candidate, type Context, fieldsOf } from './context.js';

/** Nouns for a body that take up a name opening the sentence before: "the band said", "The group will". */
const BODY_NOUNS = 'band|orchestra|choir|group|charity|company|firm';
/** ", the band said" closing the name's own sentence. */
const SAID_BY_BODY = new RegExp(`^[^.!?]*, the (?:${BODY_NOUNS}) (?:said|says|announced|added)\\b`);
/** "The band …" opening the next sentence. */
const BODY_OPENS_NEXT = new RegExp(`^[^.!?]*[.!?]\\s+The (?:${BODY_NOUNS})\\b`);
/**
 * A verb right after the name makes it the subject ("Channel Tunnel operator Eurotunnel" is no subject). A
 * product's plural figures are no verb in "-s": "Galaxy Ring sales doubled …, the company said" took the
 * product for the firm (read35, item 4).
 */
const VERB_NEXT =
  /^\s+(?!(?:sales|shares|shipments|revenues|profits|earnings|prices|orders|deliveries|exports|imports|volumes|users|subscribers|units|owners|buyers|customers|stocks|supplies|costs|margins)\b)(?:will|would|have|had|are|were|said|[a-z]+ed|[a-z]+s)\b/;
/** "Royal Blood, who formed in 2011 in Brighton, have announced …": a relative clause after the subject. */
const WHO_CLAUSE_NEXT = /^,\s+who\s+[a-z]+/;
const PERSON_PRONOUN_IN_SENTENCE = /^[^.!?]*\b(?:he|she|his|her|him)\b/;
/** What may stand between a sentence's start and the name: nothing or "The". */
const SENTENCE_OPENING = /(?:^|[.!?]\s+)(?:The\s+)?$/;

/**
 * Whether the name `c` opens its sentence as a verb's subject and the story takes it up as a body, in a
 * speaker's tag closing that sentence or as the next sentence's subject. For names no cue typed, which are
 * `other` by default.
 */
export function bodyTakesUp(ctx: Context, c: Candidate): boolean {
  const text = fieldsOf(ctx, c.field).field.text;
  if (!SENTENCE_OPENING.test(text.slice(Math.max(0, c.start - 6), c.start))) return false;
  const after = text.slice(c.end, c.end + 400);
  if (!VERB_NEXT.test(after) && !WHO_CLAUSE_NEXT.test(after)) return false;
  // ("Tiger Woods, who won the Masters, said he …": a person's pronoun in the name's sentence.)
  if (PERSON_PRONOUN_IN_SENTENCE.test(after)) return false;
  return SAID_BY_BODY.test(after) || BODY_OPENS_NEXT.test(after);
}
