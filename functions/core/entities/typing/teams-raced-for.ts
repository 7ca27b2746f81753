// The team someone drives, rides or plays for: "drive for Mercedes", "rides for Visma".
import type { Chunk } from '../chunk.js';
import { gazetteerOfWord, isKnownSurnameWord } from '../word-facts.js';
import { type Context, lowerTokenText } from './context.js';

/** Verbs of a driver, a rider or a player whose "for" names the team. */
const RACED_FOR = new Set(
  `drive drives drove driving driven race races raced racing ride rides rode riding ridden
  play plays played playing sail sails sailed sailing`.split(/\s+/),
);

/**
 * "Kimi Antonelli will drive for Mercedes", "he rides for Visma", "played for Flamengo": one word after "for"
 * after a verb of racing or playing is the team, an organisation, though a list knows it for a given name
 * ("Mercedes" was a person; read33 leftovers). A country there is its national side, left to the sports rules;
 * a known surname may be the person played for ("played for Ferguson").
 */
export function teamRacedFor(ctx: Context, chunk: Chunk, from: number, to: number): boolean {
  if (to - from !== 1 || chunk.caseless) return false;
  const word = chunk.words[from]!;
  if (lowerTokenText(ctx, chunk.field, word.index - 1) !== 'for') return false;
  if (!RACED_FOR.has(lowerTokenText(ctx, chunk.field, word.index - 2))) return false;
  if (gazetteerOfWord(word)?.countryCode || isKnownSurnameWord(word)) return false;
  return true;
}
