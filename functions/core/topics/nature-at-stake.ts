import type { TagDocument } from '../text/document.js';
import { sentencesAround } from './sentences-around.js';

/**
 * Minerals whose taking harms nature (read39): "an executive order to speed up deep-sea mining for minerals in
 * international waters, a move environmental groups said would destroy fragile ecosystems" is an environment story
 * even where the order's politics leads; "signed the minerals agreement" is not (senses.ts, the minerals row). A
 * sentence that names minerals and tells what nature stands to lose keeps them in the environment.
 */
const MINERALS = /\bminerals?\b/gi;
const NATURE_AT_STAKE =
  /\b(?:ecosystems?|habitats?|environment(?:al|alists?)?|pollut\w*|biodiversity|wildlife|species|conservation\w*|ecolog\w*)\b/i;

export function natureAtStake(doc: TagDocument): boolean {
  for (const told of sentencesAround(doc, MINERALS)) if (NATURE_AT_STAKE.test(told)) return true;
  return false;
}
