import type { EntityType } from '../entity-types.js';
import { normalizeName } from './keys.js';

/**
 * Particles of family names that nobody types to find a person ("da" in "Lula da Silva", "bin" in
 * "Mohammed bin Salman"): the name after them is looked up instead.
 */
const PARTICLES = new Set([
  'al',
  'bin',
  'bint',
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'ibn',
  'la',
  'le',
  'van',
  'von',
  'y',
  // Generational suffixes: "Martin Luther King Jr." is found under "king".
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);

/** A person with more later names than this keeps the first ones ("Mohamed bin Zayed Al Nahyan"). */
export const MAX_NAME_WORDS = 4;

/**
 * The later names of a person, normalised as catalog names are, under which the catalog also files them:
 * "Sanae Takaichi" → ["takaichi"], "Luiz Inacio Lula da Silva" → ["inacio", "lula", "silva"]. A desk looks
 * people up by surname; organisations and places are looked up by the start of their name only (their
 * last words, "Ministry", "Party", "Island", would answer for hundreds).
 */
export function laterNameWords(name: string, type: EntityType): string[] {
  if (type !== 'person') return [];
  const words = normalizeName(name).split(' ');
  const later = words
    .slice(1)
    .filter((word) => word.length >= 2 && !PARTICLES.has(word) && !/^\d+$/.test(word));
  return [...new Set(later)].slice(0, MAX_NAME_WORDS);
}
