import type { Entity } from '../schema.js';
import { GAZETTEER } from './lexicon.js';

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
      return entity.name.includes(' ');
    case 'place':
      return entity.id.startsWith('place:iso:') || entity.id.startsWith('place:geonames:');
    case 'organization':
      return ACRONYM.test(entity.name) || GAZETTEER.get(entity.name.toLowerCase())?.kind === 'organization';
    default:
      return false;
  }
}
