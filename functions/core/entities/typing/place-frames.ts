// Towns no list knows, told by the frames news writes places in (wild55 A1): a destination of a movement ("troops
// were sent to Kelmora", "refugees returned to Kelmora", "fighting spread to Dravik"), a place left ("the army pulled
// out of Kelmora"), the ends of a road or a border ("the road from Dravik to Kelmora", "the bridge between Roguran and
// Terdanvo"), a capital ("east of the capital Terga"), a town entered ("Napoleon entered Brahargu"), and the second
// of two places ("fighting raged around Kelmora and Dravik"). A word no list knows was left unknown there, and an
// unknown name ends as an organisation.
import type { Field } from '../../schema.js';
import { lowerCased, startsWithDigit } from '../../text/chars.js';
import type { Chunk } from '../chunk.js';
import { candidate } from './candidates.js';
import { type Candidate, type Context, lowerTokenText, tokenText } from './context.js';
import { JOURNEY_TO } from './journeys-and-venues.js';
import { knownPlace } from './place-in-place.js';
import { capitalisedAt, nounAfter } from './sentence-shape.js';

/** Verbs of a movement before "to" and a destination that only places take: "fighting spread to Dravik". */
const MOVED_TO = new Set(
  `spread spreads spreading deployed deploy dispatched marched advanced retreated withdrew withdrawn rushed escaped
  bused bussed`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Verbs of a movement before "to" whose destination may be a person or a firm as well ("the letter was sent to
 * Kelvane", "Smith returned to Kelvane as chief executive"): a place's only when people or forces move.
 */
const MOVED_TO_BY_PEOPLE = new Set(
  'sent send sends sending returned return returns returning moved move moves moving went go goes going came come comes coming transferred relocated'.split(
    ' ',
  ),
);
/**
 * Nouns of people or forces, and personal pronouns, that move to a place: "troops were sent to Kelmora", "refugees
 * returned to Kelmora", "he moved to Dravik in 1972".
 */
const MOVERS = new Set(
  `troops soldiers police officers forces refugees reinforcements units people families children residents migrants
  prisoners civilians rebels fighters militants protesters demonstrators thousands hundreds villagers survivors
  evacuees firefighters rescuers aid supplies army he she they we i`
    .split(/\s+/)
    .filter(Boolean),
);
/** Verbs of leaving before "out of" and the place left: "the army pulled out of Kelmora". */
const LEFT_OUT_OF = new Set(
  'pulled pull pulls pulling withdrew withdrawn driven drove chased moved fled flee flushed retreated'.split(
    ' ',
  ),
);
/** Nouns of a way or a line between two places: "the road from A to B", "the border between A and B". */
const WAYS = new Set(
  `road roads route routes railway railways rail line lines highway highways motorway bridge border borders frontier
  corridor pipeline ferry ferries flight flights trains train bus buses convoy march journey trip drive`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * Words before the first of two places that make the second one too: "around Kelmora and Dravik", "near Kelmora and
 * Dravik" ("in" is left out: "stakes in Kelvane and Morvane" are firms).
 */
const PLACES_AROUND = new Set([
  'around',
  'near',
  'outside',
  'across',
  'throughout',
  'towards',
  'via',
  'inside',
]);
/** Verbs of entering a town: "Napoleon entered Brahargu", "troops re-entered Kelmora". */
const ENTERED = new Set(['entered', 're-entered', 'reentered', 'stormed', 'overran']);

/** What one joins a firm or a body as: "entered Kelvane in 1990 as a trainee". */
const STAFF_ROLES = new Set(
  `trainee trainees apprentice apprentices intern interns clerk clerks graduate graduates junior analyst analysts
  engineer engineers secretary partner partners associate director manager employee staffer student students member
  members cadet cadets officer recruit`
    .split(/\s+/)
    .filter(Boolean),
);
/**
 * "entered Kelvane in 1990 as a trainee": "as", "a" or "an" and a role one joins a firm or body in, within the
 * clause from `from` (a town is entered "as night fell", or by troops).
 */
function joinedAsStaff(ctx: Context, field: Field, from: number): boolean {
  for (let k = from; k < from + 8; k++) {
    const t = lowerTokenText(ctx, field, k);
    if (t === '' || t === '.' || t === ',' || t === ';' || t === '!' || t === '?') return false;
    if (t !== 'as') continue;
    const article = lowerTokenText(ctx, field, k + 1);
    const role = article === 'a' || article === 'an' ? lowerTokenText(ctx, field, k + 2) : article;
    return STAFF_ROLES.has(role);
  }
  return false;
}
/** A point of the compass before "of" and a place: "north of Dravik", "40 km south-west of Kelmora". */
const POINT_OF = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?$/;

/** Words of a share before "of the capital": "70 pct of the capital", "how much of the capital X is entitled to". */
const SHARES = new Set(
  'pct percent % stake much all most part half some rest share third quarter'.split(' '),
);
/** Whether "of" at `of` follows a share ("70 pct of the capital", "a third of its capital"). */
function shareOfCapital(ctx: Context, field: Field, of: number): boolean {
  if (lowerTokenText(ctx, field, of) !== 'of') return false;
  const share = lowerTokenText(ctx, field, of - 1);
  return SHARES.has(share) || startsWithDigit(share);
}

/** The index before a run of up to three capitalised words ending at `end` (not before `end` when it is none). */
function beforeNames(ctx: Context, field: Field, end: number): number {
  let k = end;
  while (k > end - 3 && k >= 0 && capitalisedAt(ctx, field, k)) k--;
  return k;
}

/**
 * Whether the names after `opener` up to `last` are a place the lists know and `opener` is "from" (or "the" after
 * it): "from Lyon", "from the West Bank".
 */
function knownPlaceFrom(ctx: Context, field: Field, opener: number, last: number): boolean {
  const from = lowerTokenText(ctx, field, opener) === 'the' ? opener - 1 : opener;
  return lowerTokenText(ctx, field, from) === 'from' && knownPlace(namesText(ctx, field, opener + 1, last));
}

/** Whether a place the lists know, of up to three capitalised words, starts at `first` (after "the" there). */
function knownPlaceAfter(ctx: Context, field: Field, first: number): boolean {
  const start = lowerTokenText(ctx, field, first) === 'the' ? first + 1 : first;
  let end = start;
  while (end < start + 3 && capitalisedAt(ctx, field, end)) end++;
  for (let k = end - 1; k >= start; k--) if (knownPlace(namesText(ctx, field, start, k))) return true;
  return false;
}

/** The tokens from `first` to `last` joined by spaces. */
function namesText(ctx: Context, field: Field, first: number, last: number): string {
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(tokenText(ctx, field, k));
  return words.join(' ');
}

/** Whether a noun of people or forces comes within eight tokens before the verb at `verb`, in its sentence. */
function moversBefore(ctx: Context, field: Field, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 8; k--) {
    const t = lowerTokenText(ctx, field, k);
    if (t === '.' || t === '!' || t === '?' || t === ';') return false;
    if (MOVERS.has(t)) return true;
  }
  return false;
}

/**
 * Whether the name from token `first` to `last` stands where news writes a place: after a movement's "to", a
 * leaving's "out of", "entered", "the capital", at either end of a way "from <A> to <B>" or "between <A> and <B>", or
 * after "and" when the name before "and" stands so or after a locative ("around Kelmora and Dravik").
 */
export function placeFrameAt(ctx: Context, field: Field, first: number, last: number, depth = 0): boolean {
  const prev = lowerTokenText(ctx, field, first - 1);
  const prev2 = lowerTokenText(ctx, field, first - 2);
  if (prev === 'to' && (MOVED_TO.has(prev2) || JOURNEY_TO.has(prev2))) return true;
  // ("he returned to Kelvane as chief executive": a firm.)
  if (
    prev === 'to' &&
    MOVED_TO_BY_PEOPLE.has(prev2) &&
    lowerTokenText(ctx, field, last + 1) !== 'as' &&
    moversBefore(ctx, field, first - 2)
  )
    return true;
  // ("pulled out of Zentrix talks", "entered Chapter 11 bankruptcy": a name before a noun or a number is a modifier
  // or a numbered thing.)
  // (The token itself: lowerTokenText glues a full stop to the word before it, "kelmora.", which would read as a
  // noun after the name at a sentence's end.)
  const after = lowerCased(tokenText(ctx, field, last + 1));
  const modifier = nounAfter(after) || startsWithDigit(after);
  if (prev === 'of' && prev2 === 'out' && !modifier && LEFT_OUT_OF.has(lowerTokenText(ctx, field, first - 3)))
    return true;
  if (ENTERED.has(prev) && !modifier && !joinedAsStaff(ctx, field, last + 1)) return true;
  if (prev === 'of' && POINT_OF.test(prev2) && !modifier) return true;
  if (
    prev === 'capital' &&
    (prev2 === 'the' || prev2 === 'its' || prev2 === 'provincial' || prev2 === 'regional') &&
    // ("70 pct of the capital\nGrowmark": a firm's share capital.)
    !shareOfCapital(ctx, field, first - 3)
  )
    return true;
  // "from <A> to <B>", "between <A> and <B>" after a way's noun.
  if (prev === 'to' || prev === 'and') {
    const before = beforeNames(ctx, field, first - 2);
    if (before < first - 2) {
      const opener = lowerTokenText(ctx, field, before);
      if (
        ((prev === 'to' && opener === 'from') || (prev === 'and' && opener === 'between')) &&
        WAYS.has(lowerTokenText(ctx, field, before - 1))
      )
        return true;
      // "travelling from the West Bank to Dravik": the other end of a way from a place the lists know.
      if (prev === 'to' && knownPlaceFrom(ctx, field, before, first - 2)) return true;
      // "around Kelmora and Dravik", "sent to Kelmora and Dravik": the second of two places.
      if (prev === 'and' && depth === 0)
        return (
          PLACES_AROUND.has(lowerTokenText(ctx, field, before)) ||
          placeFrameAt(ctx, field, before + 1, first - 2, 1)
        );
    }
  }
  if (prev === 'from' || prev === 'between') {
    const next = lowerTokenText(ctx, field, last + 1);
    // "moved from Dravik to Lyon": the start of a way to a place the lists know.
    if (prev === 'from' && next === 'to' && knownPlaceAfter(ctx, field, last + 2)) return true;
    if ((prev === 'from' && next === 'to') || (prev === 'between' && next === 'and'))
      return WAYS.has(prev2) && capitalisedAt(ctx, field, last + 2);
  }
  return false;
}

/**
 * "Troops were sent to Kelmora", "the road from Dravik to Kelmora": a name of one to three words the rules left
 * unknown (no list knows it, no cue typed it), standing where news writes a place, is a place — off sports pages,
 * where a club is sent, moves and is entered as well.
 */
export function asPlaceOfFrame(chunk: Chunk, ctx: Context, typed: Candidate[]): Candidate[] {
  const words = chunk.words;
  if (typed.length !== 1 || ctx.sports || chunk.caseless || words.length > 3) return typed;
  const c = typed[0]!;
  if (c.type !== 'unknown' || c.strength > 0 || c.words.length !== words.length) return typed;
  if (words[words.length - 1]!.possessive) return typed;
  if (!placeFrameAt(ctx, chunk.field, words[0]!.index, words[words.length - 1]!.index)) return typed;
  return [
    candidate(chunk, 0, words.length, 'place', 1, {
      locative: true,
      prev: lowerTokenText(ctx, chunk.field, words[0]!.index - 1),
    }),
  ];
}
