// A town named as a figure of speech ("has become a Mecca for cyclists") is no place the story names: the entity
// typing's reading of the country scan's rule (countries/town-figures.ts).
import { likensToPlace } from '../../countries/town-figures.js';
import type { Word } from '../chunk.js';
import { gazetteerOfWord } from '../word-facts.js';
import { type Candidate, type Context, lowerTokenText, tokenText } from './context.js';

/** Marks that end the sentence after a likened place (a comma may open a state: "a Portland, Ore., company"). */
const CLAUSE_MARKS = new Set(['.', ';', '!', '?', '']);

/** Whether the one-word place `c` (its word `word`, no country) is likened to (`likensToPlace`). */
export function isPlaceOfFigure(c: Candidate, ctx: Context, word: Word): boolean {
  // (In English: Italian's and Spanish's "a" is "to": "va a Roma.")
  if (ctx.foreign || c.type !== 'place' || c.words.length !== 1 || gazetteerOfWord(word)?.kind === 'country')
    return false;
  // (tokenText: lowerTokenText reads a full stop against the word as an abbreviation's, "mecca.".)
  const next = tokenText(ctx, c.field, word.index + 1).toLowerCase();
  return likensToPlace(
    lowerTokenText(ctx, c.field, word.index - 1),
    CLAUSE_MARKS.has(next) ? '' : next,
    c.field === 'title',
  );
}
