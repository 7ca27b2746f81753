// Headlines shorten a compass word to its initial: "N. Ireland talks resume", "E. Timor activist wins prize",
// "S. Lebanon fighting kills four", "N. Korean submarine found" (wild52 X21). The initial and the place read
// as a person's initial and surname ("S. Waugh", "N. Knight" are the players they look like).
import { lookupPlace, type PlaceEntry } from '../countries/gazetteer.js';
import type { Word } from './chunk.js';
import { GAZETTEER } from './lexicon.js';

/** The compass words a headline shortens, by their initial. */
const COMPASS: Readonly<Record<string, readonly string[]>> = {
  'N.': ['north', 'northern'],
  'S.': ['south', 'southern'],
  'E.': ['east', 'eastern'],
  'W.': ['west', 'western'],
};

/** Kinds of listed names a compass word is put before: lands and their peoples. */
const LAND_KINDS = new Set(['country', 'place', 'demonym']);

/** What a compass initial and the word after it name: a land (with the place the lists know) or a people. */
export interface CompassName {
  readonly type: 'place' | 'nationality';
  /** The place of the whole name ("Northern Ireland", GB), or of the land alone ("Lebanon"). */
  readonly place: PlaceEntry | undefined;
}

/**
 * What a compass initial and the word after it make, or undefined when they are a person's initial and surname:
 * "N. Ireland" (Northern Ireland, GB: never Ireland) and "S. Lebanon" (Lebanon) are places, "N. Korean" a
 * people's word; "S. Waugh" is a person.
 */
export function compassName(initial: Word, next: Word): CompassName | undefined {
  const words = COMPASS[initial.core];
  if (words === undefined || next.possessive) return undefined;
  for (const w of words) {
    const kind = GAZETTEER.get(`${w} ${next.lower}`)?.kind;
    if (kind === 'demonym') return { type: 'nationality', place: undefined };
    const place = lookupPlace(`${w} ${next.core}`);
    if (place !== undefined) return { type: 'place', place };
    if (kind !== undefined && LAND_KINDS.has(kind)) return { type: 'place', place: undefined };
  }
  const kind = GAZETTEER.get(next.lower)?.kind;
  if (kind === 'demonym') return { type: 'nationality', place: undefined };
  if (kind === 'country') return { type: 'place', place: lookupPlace(next.core) };
  return undefined;
}
