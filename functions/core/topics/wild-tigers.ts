import type { TagDocument } from '../text/document.js';
import { sentenceWithBoth } from './sentence-with-both.js';

/** The animal, written in lower case: the Tamil "Tiger rebels" and a club's "Tigers" are capitalised. */
const TIGER = /\btigers?\b/;
/** Words of the animal's protection and trade: poaching, skins, a reserve, the endangered big cats. */
const WILDLIFE =
  /\b(?:poach(?:ing|ers?|ed)|wildlife|skins?|pelts?|endangered|species|wild|reserves?|conservation\w*|big cats?|cubs?)\b/i;

/**
 * A tiger in a sentence with a wildlife word: the animal, even in a crime-led story of poachers and
 * smugglers (read21 F12). Asked only when the tiger row's sense leans to a rival.
 */
export function wildTigerNamed(doc: TagDocument): boolean {
  // Most stories the tiger row asks about name no tiger in lower case: sentenceWithBoth looks for it first.
  return sentenceWithBoth(doc, TIGER, WILDLIFE);
}
