import type { Entity } from '../schema.js';
import { FAMILY_NAMES_FIRST, GAZETTEER, isGivenName, isKnownSurname } from './lexicon.js';

/** Acronyms read the same in any language: "AFP", "NATO", "G7". */
const ACRONYM = /^[\p{Lu}\d&]{2,8}$/u;

/**
 * The recogniser reads English. In an article in another language, what it finds that holds in any
 * language is kept: people's full names, places the gazetteers resolve to an ISO or GeoNames id, and
 * organisations written as acronyms or known by name. Its other guesses ("La France" an organisation,
 * "Le" a name) would be invented English tags.
 */
export function languageNeutralEntities(entities: Entity[], language: string): Entity[] {
  if (language === 'und' || /^en(-|$)/i.test(language)) return entities;
  return entities.filter(holdsInAnyLanguage);
}

function holdsInAnyLanguage(entity: Entity): boolean {
  switch (entity.type) {
    case 'person':
      return looksLikePersonName(entity.name);
    case 'place':
      return entity.id.startsWith('place:iso:') || entity.id.startsWith('place:geonames:');
    case 'organization':
      return ACRONYM.test(entity.name) || GAZETTEER.get(entity.name.toLowerCase())?.kind === 'organization';
    default:
      return false;
  }
}

// Articles of the languages the detector reads: a run opening with one names a thing, not a person.
const ARTICLES = new Set(
  'el la lo los las le les l un una une der die das den dem des ein eine il gli i het de een o os as a'.split(
    ' ',
  ),
);

/**
 * A full name: not opening with an article ("El Consejo de Ministros", "Die Grünen"), and either one the
 * name lists vouch for — a known given name first ("Pedro Sánchez"), a family name that comes first
 * ("Xi Jinping"), a known surname last — or made of capitalised words only.
 */
function looksLikePersonName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (ARTICLES.has(first.toLowerCase())) return false;
  const known =
    isGivenName(first) ||
    FAMILY_NAMES_FIRST.has(first) ||
    isKnownSurname(last) ||
    GAZETTEER.get(name.toLowerCase())?.kind === 'person';
  // Unknown names pass only as plain capitalised words ("Annalena Baerbock"); with a particle inside
  // ("Consejo de Ministros") they are as likely an institution.
  return known || words.every((word) => word[0] !== word[0]?.toLowerCase());
}
