import { isGivenName, isLowerWord, ORG_HEADS, PLACE_HEADS } from '../entities/lexicon.js';
import { isSportsDocument } from '../entities/typing/sports-context.js';
import type { Entity } from '../schema.js';
import { lowerCased } from '../text/chars.js';
import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';

/** A capital, then lower-case letters: a surname's shape ("Bernabeu", not "FC" or "U.S."). */
const SURNAME_SHAPE = lazyPattern(() => /^\p{Lu}\p{Ll}+$/u);

/**
 * "at the Santiago Bernabeu": on a sports page, a place the recogniser found that no gazetteer knows
 * (`place:<slug>`), written as a given name and a surname (no ordinary word, no place's or body's head word:
 * "Victoria Park", "Jordan Valley", "Santiago Airport" keep their towns), is a ground named after a person. Its
 * first word is that person's given name, no town: "Santiago" there put Chile on a sports page (ents42 leftover,
 * ents43). Off sports pages such a name is as often a town's area ("the Dallas Metroplex"), whose town stays.
 */
export function isGroundNamedAfterPerson(doc: TagDocument, entity: Entity, text: string): boolean {
  if (
    entity.type !== 'place' ||
    entity.id.startsWith('place:iso:') ||
    entity.id.startsWith('place:geonames:')
  )
    return false;
  const words = text.split(' ');
  if (words.length !== 2) return false;
  const [given, surname] = words as [string, string];
  const lower = lowerCased(surname);
  return (
    isGivenName(given) &&
    SURNAME_SHAPE.test(surname) &&
    !isLowerWord(lower) &&
    !PLACE_HEADS.has(lower) &&
    !ORG_HEADS.has(lower) &&
    isSportsDocument(doc)
  );
}
