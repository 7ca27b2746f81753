import type { TagDocument } from '../text/document.js';
import { sentenceWithBoth } from './sentence-with-both.js';

const ATTACK = /\battack(?:s|ed)?\b/i;
/** An arrest, a charge laid or an assault. */
const ARREST = /\b(?:arrest(?:s|ed|ing)?|charged\s+with|assault(?:s|ed|ing)?)\b/i;

/**
 * An attack told beside an arrest, a charge or an assault in its own sentence (fixT47, read47 on e5b9c9fc): a player
 * "attacked by a fan who ran onto the pitch, who was arrested and charged with assault" suffered a crime even where
 * sport leads; a rider who "attacked on the final climb" did not. Keeps the attack's crime against sport (senses.ts).
 */
export function attackArrested(doc: TagDocument): boolean {
  return sentenceWithBoth(doc, ATTACK, ARREST);
}
