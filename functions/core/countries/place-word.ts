import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * A word before a country's name that makes it a place: "talks in Montenegro", "flew to Kenya", "a trip to
 * Turkey", "visited Chad". A name that could be a person's ("Kenya Barris", "Chad") or a bird's ("Turkey prices")
 * is the country after it (people-named-like-countries.ts, resolve.ts; one pattern, shared).
 */
const PLACE_WORD_BEFORE =
  /\b(?:in|to|from|of|into|across|at|near|toward|towards|via|visit(?:ed|s|ing)?)\s+$/i;

/** Whether mention `m` of `doc` stands right after a place word. */
export function isAfterPlaceWord(doc: TagDocument, m: CountryMention): boolean {
  return PLACE_WORD_BEFORE.test(fieldOf(doc, m.field).text.slice(Math.max(0, m.start - 12), m.start));
}
