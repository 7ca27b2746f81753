// A maker's models: a maker the lists know before a model's name, where a noun of models ends the name or its
// list ("Ford Explorer and Ford Mustang models") or sales are of it ("sales of the Chevrolet Silverado").
// Moved from classify.ts (session 45).
import type { Field } from '../../schema.js';
import type { Word } from '../chunk.js';
import { listedFirm } from '../kind-cues.js';
import { GAZETTEER, isBrandWord } from '../lexicon.js';
import { type Context, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { SENTENCE_END, tokenBits } from './token-bits.js';

/** A word the lists know for a firm or a brand ("Ford", "Kia", "Toyota", "Jeep"). */
export function makerWord(word: Word): boolean {
  return (
    GAZETTEER.get(word.lower)?.kind === 'organization' || isBrandWord(word.core) || listedFirm(word.core)
  );
}
/** Nouns of the models a maker sells, which follow a model's name or a list of them. */
export const MODEL_NOUNS = new Set(
  'model models car cars vehicle vehicles suv suvs pickup pickups pick-up pick-ups truck trucks sedan sedans van vans minivan minivans hatchback hatchbacks crossover crossovers coupe coupes motorcycle motorcycles jet jets airliner airliners plane planes phone phones smartphone smartphones handset handsets'.split(
    ' ',
  ),
);
/**
 * "Ford Explorer and Ford Mustang models", "the Kia Sportage, Kia Sorento and Kia Niro SUVs": past a list of
 * capitalised names (joined by commas, "and", "or"), the first lower-case word after the name at `index` is a
 * noun of models.
 */
export function modelNounEndsList(ctx: Context, field: Field, index: number): boolean {
  for (let i = index + 1; i < index + 16; i++) {
    const token = tokenText(ctx, field, i);
    const lower = lowerTokenText(ctx, field, i);
    // ("Volvo Cars and Volvo Trucks were": a noun written with a capital is another name's word.)
    if (MODEL_NOUNS.has(lower)) return token === lower;
    if (token === '' || tokenBits(ctx, field, i) & SENTENCE_END) return false;
    if (token !== ',' && lower !== 'and' && lower !== 'or' && !startsWithCapital(token)) return false;
  }
  return false;
}
/** "sales of the Chevrolet Silverado", "sales of Toyota Camry": the name at `index` is what was sold. */
export function salesOfBefore(ctx: Context, field: Field, index: number): boolean {
  let i = index - 1;
  if (lowerTokenText(ctx, field, i) === 'the') i--;
  return lowerTokenText(ctx, field, i) === 'of' && lowerTokenText(ctx, field, i - 1) === 'sales';
}
