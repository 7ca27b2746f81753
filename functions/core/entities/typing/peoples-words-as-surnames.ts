// A surname that is also a people's or a language's word ("Peter Magyar", "Sarah English"): where its lone
// mention is the person rather than the people.
import { type Candidate, type Context, fieldsOf } from './context.js';
import { AUXILIARIES, PERSON_VERBS, SPEAKER_VERBS } from './cue-words.js';

/** Verbs a person who leads a party or a poll does, besides speech: "Magyar leads", "Magyar promises". */
const NAME_VERBS = new Set([
  'is',
  'was',
  'leads',
  'led',
  'promises',
  'wants',
  'plans',
  'faces',
  'won',
  'wins',
  // "Norman shot a 66", "Norman took the lead", "Magyar beat Orban": a player's deeds.
  'shot',
  'shoots',
  'took',
  'takes',
  'beat',
  'beats',
  'carded',
  'scored',
  'scores',
]);
/** The word after a mention, or a possessive's "'s" ("s" alone). */
const NEXT_WORD = /^(?:['\u2019](s)\b|\s+([a-z]+)\b)/;
/** Words before a people's word used as one: "the English", "in Magyar" (the language). */
const PEOPLES_BEFORE = new Set(['the', 'in', 'into', 'from', 'speak', 'speaks', 'spoke', 'speaking']);

/**
 * "Magyar promised to unlock EU funds", "Magyar's party", "English said ministers had ignored warnings": the word
 * is a subject that speaks or acts, or owns something — a name, not the people's adjective ("English
 * officials", "Magyar voters") nor their language ("in Magyar"); or a headline's last word ("Orban trails Magyar").
 */
export function usedAsName(ctx: Context, c: Candidate): boolean {
  if (c.prev !== undefined && PEOPLES_BEFORE.has(c.prev)) return false;
  const text = fieldsOf(ctx, c.field).field.text;
  const next = NEXT_WORD.exec(text.slice(c.end, c.end + 24));
  // "Orban trails Magyar": a headline's last word, the object of its verb.
  if (next === null) return c.field === 'title' && text.slice(c.end).trim() === '';
  if (next[1] !== undefined) return true;
  const verb = next[2]!;
  return (
    PERSON_VERBS.has(verb) ||
    SPEAKER_VERBS.has(verb) ||
    AUXILIARIES.has(verb) ||
    NAME_VERBS.has(verb) ||
    // "English denied the allegations", "Magyar accused the government": a past tense.
    (verb.length > 4 && verb.endsWith('ed'))
  );
}
