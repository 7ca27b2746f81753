// Words of a match report that type the names around them: a player's own touch after a possessive
// ("Raphinha's corner"), a manager's side ("Hansi Flick's side"), a fixture between two clubs ("Liverpool
// play Chelsea"). Sports pages only (context.ts `sports`): "Apple's pass", "Biden's side" are other things.
import { lookupPlace } from '../../countries/gazetteer.js';
import type { Field } from '../../schema.js';
import type { Chunk, Word } from '../chunk.js';
import { FUNCTION_WORDS, isGivenName } from '../lexicon.js';
import { newsmakerNamed } from '../newsmakers.js';
import {
  gazetteerOfWord,
  isGivenNameWord,
  isKnownSurnameWord,
  isLowerWordWord,
  placeOfWord,
} from '../word-facts.js';
import { type Context, fieldsOf, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { inResultSentence } from './sports-context.js';
import { S_ACRONYM, shapeIs, W_ORG_HEAD, W_PLACE_HEAD, wordIs } from './word-tests.js';

/** A player's own touches of the ball, after the possessive of his or her name. */
const PLAYER_TOUCHES = new Set('corner pass cross header volley assist shot finish tackle save'.split(' '));
/** What a manager has: "Hansi Flick's side", "Enzo Maresca's men". */
const MANAGERS_SIDES = new Set(['side', 'men', 'team', 'squad', 'charges']);
/** Verbs of a fixture in the plural a club takes in British copy ("Liverpool play Chelsea"). */
const FIXTURE_VERBS = new Set(['play', 'host', 'visit', 'face']);
const PAIR_JOINERS = new Set(['and', '&']);

/**
 * "Raphinha's corner", "Pedri's pass" (one or two words), "Hansi Flick's side" (two words): on a sports
 * page the name whose possessive comes before a player's touch or a manager's side is a person; it was an
 * organisation (one word no list knows; a given name the list lacks and an ordinary word). A club's name
 * the lists know, or one ending in a body's or a place's word ("Manchester City's side"), is left.
 */
export function playerOrManagerOwns(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  known: boolean,
): boolean {
  const last = chunk.words[to - 1]!;
  if (!ctx.sports || !last.possessive || known || to - from > 2) return false;
  const words = chunk.words.slice(from, to);
  if (words.some((w) => shapeIs(w, S_ACRONYM) || wordIs(w, W_ORG_HEAD) || wordIs(w, W_PLACE_HEAD)))
    return false;
  const after = lowerTokenText(ctx, chunk.field, last.index + 1);
  return PLAYER_TOUCHES.has(after) || (to - from === 2 && MANAGERS_SIDES.has(after));
}

/**
 * "Liverpool play Chelsea at Anfield": on a sports page a one-word name right before a fixture's verb in
 * the plural and another capitalised name, or right after one and a capitalised name, is a club: the town
 * was a place, "Chelsea" a given name.
 */
export function sideOfFixture(ctx: Context, chunk: Chunk, word: Word): boolean {
  if (!ctx.sports) return false;
  const field = chunk.field;
  const at = word.index;
  // "McIlroy and Woods play Augusta": two players are the plural subject.
  if (FIXTURE_VERBS.has(tokenText(ctx, field, at + 1)))
    return (
      startsWithCapital(tokenText(ctx, field, at + 2)) && !PAIR_JOINERS.has(tokenText(ctx, field, at - 1))
    );
  if (!FIXTURE_VERBS.has(tokenText(ctx, field, at - 1))) return false;
  // "Mikel Arteta's team face Chelsea": a manager's side before the verb.
  if (MANAGERS_SIDES.has(lowerTokenText(ctx, field, at - 2))) return true;
  return startsWithCapital(tokenText(ctx, field, at - 2)) && !PAIR_JOINERS.has(tokenText(ctx, field, at - 3));
}

/**
 * "Kick-off at the Santiago Bernabeu.", "at the Estadio Azteca on Sunday": on a sports page a name of two or
 * three words after "at the" that the other rules read as a person, ending its phrase (punctuation, a function word or a capital follows), is the
 * ground, no person (an article stands before a person's name only when the name modifies a noun: "at the
 * Donald Trump rally").
 */
export function groundAfterAtThe(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  const field = chunk.field;
  const first = chunk.words[from]!.index;
  const article = lowerTokenText(ctx, field, first - 1) === 'the';
  if (lowerTokenText(ctx, field, first - (article ? 2 : 1)) !== 'at') return false;
  // "lost at Loftus Versfeld on Saturday": without the article, two words no list knows (no given name,
  // surname or ordinary word: "saved at Jordan Pickford's feet" is the keeper's) name the ground too (ents42).
  if (!article && !(to - from === 2 && chunk.words.slice(from, to).every(unlistedWord))) return false;
  // A match report's sentence says so off a sports page too ("lost 27-20 at Loftus Versfeld"); "at the" only on
  // a sports page ("at the Santiago Bernabeu": a ground named after a person, whose given name is Chile's capital
  // to the country reader once the name is no person's).
  if (!ctx.sports && (article || !inResultSentence(ctx, field, first))) return false;
  const next = tokenText(ctx, field, chunk.words[to - 1]!.index + 1);
  return !/^[a-z]/.test(next) || FUNCTION_WORDS.has(next);
}

/** A word no list knows: no given name, surname, ordinary word or gazetteer entry, and no possessive. */
export const unlistedWord = (w: Word): boolean =>
  !w.possessive &&
  !isGivenNameWord(w) &&
  !isKnownSurnameWord(w) &&
  !isLowerWordWord(w) &&
  !gazetteerOfWord(w) &&
  !placeOfWord(w);

/**
 * "Mercedes' George Russell", "Chelsea's Cole Palmer": on a sports page one word whose possessive comes
 * before a person's given name and another capitalised word is the player's team, no person ("Mercedes" is a
 * given name too); not a country's, which names the player's nationality.
 */
export function teamBeforeItsPlayer(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const last = chunk.words[to - 1]!;
  // "Mercedes' George Russell": the bare apostrophe after an "s" is a token of its own.
  const bare = !last.possessive && bareApostropheAfter(ctx, chunk.field, last);
  if (to - from !== 1 || !(last.possessive || bare) || shapeIs(last, S_ACRONYM)) return false;
  // Off the sports page (a short motor-racing brief has few sport words) only a given name that is no
  // surname owns a person so: no one writes "Maria's John Smith", so "Mercedes' George Russell" names the
  // team ("Trump's Steve Witkoff", "Sony's Kenichiro Yoshida" are read elsewhere).
  if (
    !ctx.sports &&
    (!isGivenNameWord(last) ||
      isKnownSurnameWord(last) ||
      isLowerWordWord(last) ||
      newsmakerNamed(last.core) !== undefined)
  )
    return false;
  // "Spain's Rafael Nadal", "Britain's Tim Henman": a country's possessive gives the player's nationality.
  if (gazetteerOfWord(last)?.countryCode !== undefined || lookupPlace(last.core)?.kind === 'country')
    return false;
  const field = chunk.field;
  const at = last.index + (bare ? 2 : 1);
  const given = tokenText(ctx, field, at);
  return isGivenName(given) && startsWithCapital(given) && startsWithCapital(tokenText(ctx, field, at + 1));
}

/** An apostrophe written right after a word that ends in "s" ("Mercedes' George Russell"). */
function bareApostropheAfter(ctx: Context, field: Field, w: Word): boolean {
  if (!w.core.endsWith('s')) return false;
  const tokens = fieldsOf(ctx, field).field.tokens;
  const t = tokens[w.index + 1];
  return t !== undefined && (t.text === "'" || t.text === '\u2019') && t.start === w.end;
}
