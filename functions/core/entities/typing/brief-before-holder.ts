// An office's brief named by a place before the holder's name: "adviser for Africa Massad Boulos".
import type { Chunk } from '../chunk.js';
import { gazetteerOfWord, isGivenNameWord, placeOfWord } from '../word-facts.js';
import { type Context, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { CONTINENTS } from './place-cues.js';
import { TITLE_WORD, tokenBits } from './token-bits.js';
import { S_ACRONYM, shapeIs, W_ORG_HEAD, W_PLACE_HEAD, wordIs } from './word-tests.js';

/**
 * "U.S. senior adviser for Africa Massad Boulos", "trade envoy to Asia Derek Holm", "envoy for the Sahel
 * Joao Cravinho": after a title in lower case and its "for" or "to", a place (a continent, a region, a
 * town) before a given name and a surname is the office's brief, and the holder's name follows. A
 * country there was already a word of its own ("envoy for Syria Tom Barrack"); a capitalised title's
 * "for" opens a brief of ordinary words ("Minister for Finance Paschal Donohoe", elsewhere).
 */
export function briefPlaceBeforeHolder(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  const words = chunk.words;
  if (to - from < 3 || to - from > 4) return false;
  let at = words[from]!.index - 1;
  if (lowerTokenText(ctx, chunk.field, at) === 'the') at--;
  const preposition = lowerTokenText(ctx, chunk.field, at);
  if (preposition !== 'for' && preposition !== 'to') return false;
  if (
    (tokenBits(ctx, chunk.field, at - 1) & TITLE_WORD) === 0 ||
    startsWithCapital(tokenText(ctx, chunk.field, at - 1))
  )
    return false;
  const place = words[from]!;
  const holder = words[from + 1]!;
  const last = words[to - 1]!;
  return (
    (CONTINENTS.has(place.lower) ||
      gazetteerOfWord(place)?.kind === 'place' ||
      placeOfWord(place) !== undefined) &&
    holder.capitalised &&
    isGivenNameWord(holder) &&
    gazetteerOfWord(holder)?.kind !== 'demonym' &&
    !wordIs(last, W_ORG_HEAD) &&
    !wordIs(last, W_PLACE_HEAD) &&
    !shapeIs(last, S_ACRONYM)
  );
}
