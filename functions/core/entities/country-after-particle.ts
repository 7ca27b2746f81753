import { localPhraseRoot, lookupPlace, nextPhraseNode, normalizeWord } from '../countries/gazetteer.js';

/**
 * "Premier Dick Schoof van Nederland", "president Emmanuel Macron van Frankrijk", "Felipe VI de España": a
 * country's one-word name, in English or in the article's language, after the particle that follows a full
 * name says where the person holds office; it opens no surname ("van Dijk", "de Gaulle" are no countries).
 */
export function countryAfterParticle(word: string, language: string): boolean {
  if (lookupPlace(word)?.kind === 'country') return true;
  const root = localPhraseRoot(language.slice(0, 2).toLowerCase());
  return nextPhraseNode(normalizeWord(word), root)?.entry?.kind === 'name';
}
