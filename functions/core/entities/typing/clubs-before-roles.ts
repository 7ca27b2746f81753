// A club named before a squad role and the holder's name: "Chelsea manager Jose Mourinho", "Bradford boss Mark
// Hughes", "Preston striker Will Keane". The name before the role is the club's (or, in business copy, the firm's:
// "Tesco boss Ken Murphy"), never a person's; towns and given names such as Chelsea, Bradford or Preston were read
// as people when the page had too few sports words to be a sports page (wild54 ★1).
import type { Chunk } from '../chunk.js';
import { placeOfWord } from '../word-facts.js';
import { candidate, NO_INFO } from './candidates.js';
import { type Candidate, type Context, lowerTokenText } from './context.js';
import { endsFullName } from './person-cues.js';
import { isCountryName } from './place-cues.js';
import { capitalisedAt } from './sentence-shape.js';
import { SQUAD_NOUNS } from './sports-context.js';
import { SENTENCE_END, tokenBits } from './token-bits.js';
import { W_FUNCTION, W_NAME_DESCRIPTOR, W_TITLE, W_TITLE_MODIFIER, wordIs } from './word-tests.js';

/** Readings a club's name before a role may have been given that the role overrides. */
const OVERRIDDEN = new Set(['person', 'unknown']);

/**
 * "Chelsea manager Jose Mourinho": a name of one or two words read as a person or as a name of no kind, right before a squad
 * role ("manager", "boss", "striker"; "captain" only on a sports page: "Group Captain") and a capitalised name, is a
 * club. A country keeps its reading ("England manager Gareth Southgate": a national side is its country's).
 */
export function asClubOfRole(chunk: Chunk, ctx: Context, typed: Candidate[]): Candidate[] {
  const words = chunk.words;
  if (typed.length > 1 || chunk.caseless || words.length > 2) return typed;
  const c = typed[0];
  // A word read as nothing stays so ("Fund manager Jane Doe", "But coach Tom Lee", "Former boss Ann Hale"), but on a
  // sports page inside a sentence a plural nickname is a club's ("for Lions coach Sir Clive Woodward").
  if (c ? !OVERRIDDEN.has(c.type) || c.words.length !== words.length : !nicknameOfClub(chunk, ctx))
    return typed;
  const lastWord = words[words.length - 1]!;
  const role = lastWord.index + 1;
  const noun = lowerTokenText(ctx, chunk.field, role);
  if (
    lastWord.possessive ||
    // ("Tiger Woods shot 68. Woods coach Sean Foley said": the surname of a person the story names in full.)
    (words.length === 1 && endsFullName(ctx, lastWord)) ||
    !SQUAD_NOUNS.has(noun) ||
    (noun === 'captain' && !ctx.sports) ||
    !capitalisedAt(ctx, chunk.field, role + 1) ||
    tokenBits(ctx, chunk.field, role + 1) & SENTENCE_END ||
    isCountryName(words, 0, words.length)
  )
    return typed;
  const town = words.length === 1 ? placeOfWord(words[0]!) : undefined;
  return [
    candidate(
      chunk,
      0,
      words.length,
      'organization',
      2,
      { locative: false, prev: lowerTokenText(ctx, chunk.field, words[0]!.index - 1) },
      town ? { ...NO_INFO, teamFromPlace: true } : NO_INFO,
    ),
  ];
}

/** A name the rules read as nothing that may be a club's nickname before a role: a sports page, inside a sentence. */
function nicknameOfClub(chunk: Chunk, ctx: Context): boolean {
  const w = chunk.words[0]!;
  return (
    ctx.sports &&
    !chunk.initial &&
    chunk.words.length === 1 &&
    !wordIs(w, W_FUNCTION | W_TITLE | W_TITLE_MODIFIER | W_NAME_DESCRIPTOR)
  );
}
