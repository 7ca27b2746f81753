// Things of space: planets, moons, comets and craft named in space stories.
import type { Field } from '../../schema.js';
import { POSSESSIVE_END, startsWithDigit } from '../../text/chars.js';
import type { Chunk } from '../chunk.js';
import { isBrandWord } from '../lexicon.js';
import { gazetteerOfWord } from '../word-facts.js';
import { type Context, lowerTokenText, type PreparedField, tokenText } from './context.js';
import { CRAFT_AFTER, CRAFT_BEFORE, CRAFT_VERBS } from './products-and-models.js';
import { ARTICLES, possessiveBefore } from './sentence-shape.js';
import { S_ACRONYM, shapeIs } from './word-tests.js';

/** Nouns after "Moon" or "Earth" that make it the celestial body's: "Moon landing", "Earth orbit". */
export const MOON_NOUNS = new Set('landing mission base orbit surface'.split(' '));
/** Kinds of heavenly bodies named before their names: "the comet Tsuchinshan", "the exoplanet K2-18b". */
const SKY_KINDS = new Set('comet asteroid planet exoplanet constellation galaxy nebula'.split(' '));
const PLANETS = new Set('mercury venus mars jupiter saturn uranus neptune pluto'.split(' '));
/** Whether a lower-cased word is a planet's name: "mars", "jupiter". */
export const isPlanetWord = (lower: string): boolean => PLANETS.has(lower);
/** Words of a story about space, where a planet's name is the planet ("the probe passed Venus"). */
const SPACE_WORDS = new Set(
  'planet planets orbit orbits orbiting spacecraft probe probes astronomer astronomers astronomy telescope rocket nasa esa solar asteroid comet flyby'.split(
    ' ',
  ),
);
/**
 * A comet's designation before the slash at `slash` and its discoverer's name: "3I/ATLAS", "2I/Borisov",
 * "12P/Pons", "C/Tsuchinshan" (the tokenizer splits "3I" into the number and the letter).
 */
const COMET_NUMBER = /^\d{1,4}$/;
function cometDesignationBefore(ctx: Context, field: Field, slash: number): boolean {
  const letter = tokenText(ctx, field, slash - 1);
  if (letter === 'C') return true;
  return (letter === 'I' || letter === 'P') && COMET_NUMBER.test(tokenText(ctx, field, slash - 2));
}
const spaceStories = new WeakMap<PreparedField, boolean>();

/** Whether the name at `from`..`to` is a craft, a comet, a planet in a story about space, or a particle. */
export function spaceThing(
  ctx: Context,
  chunk: Chunk,
  from: number,
  to: number,
  prev: string,
  next: string,
): boolean {
  const words = chunk.words;
  const last = words[to - 1]!;
  if (to - from > 3 || last.possessive) return false;
  const field = chunk.field;
  if (prev === '/') return cometDesignationBefore(ctx, field, words[from]!.index - 1);
  // A number may come between the name and the noun: "Falcon 9 rocket", "Long March 5 rocket"; the noun may own
  // a part ("the Orion capsule's heat shield", ents41).
  if (
    CRAFT_AFTER.has(next) ||
    (POSSESSIVE_END.test(next) && CRAFT_AFTER.has(next.replace(POSSESSIVE_END, ''))) ||
    (startsWithDigit(next) && next.length <= 3 && CRAFT_AFTER.has(lowerTokenText(ctx, field, last.index + 2)))
  ) {
    const first = words[from]!;
    const known = gazetteerOfWord(first)?.kind;
    // "Chinese rocket", "NASA rocket", "SpaceX capsule": a nation or a maker before the craft; after an
    // owner ("its Starship rocket", "SpaceX's Starship rocket") the name is the craft's own, listed or not.
    return (
      !shapeIs(first, S_ACRONYM) &&
      known !== 'demonym' &&
      known !== 'country' &&
      ((known !== 'organization' && !isBrandWord(first.core)) || possessiveBefore(prev))
    );
  }
  const particle = CRAFT_VERBS.get(next);
  if (particle !== undefined)
    return to - from === 1 && lowerTokenText(ctx, field, last.index + 2) === particle;
  // "the probe Juice", "the comet Tsuchinshan", "asteroid Bennu" ("police probe Alitalia" is the verb).
  // "the planet K2-18b", "the constellation Leo": a heavenly body after its kind's noun.
  if (SKY_KINDS.has(prev)) return true;
  if (CRAFT_BEFORE.has(prev)) return ARTICLES.has(lowerTokenText(ctx, field, words[from]!.index - 2));
  if (to - from !== 1 || !PLANETS.has(last.lower)) return false;
  // "Venus Williams", "Mars Inc": the planet's name opening a longer name is no planet (a longer chunk).
  const body = ctx.fields[1]!;
  let space = spaceStories.get(body);
  if (space === undefined) {
    space = body.field.tokens.some((t) => SPACE_WORDS.has(t.text.toLowerCase()));
    spaceStories.set(body, space);
  }
  return space;
}
