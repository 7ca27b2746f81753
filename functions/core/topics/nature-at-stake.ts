import type { TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';

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
  for (const { text, sentences } of [doc.title, doc.body]) {
    MINERALS.lastIndex = 0;
    for (let m = MINERALS.exec(text); m !== null; m = MINERALS.exec(text)) {
      const sentence = sentenceAt(sentences, m.index);
      if (NATURE_AT_STAKE.test(sentence ? text.slice(sentence.start, sentence.end) : text)) return true;
    }
  }
  return false;
}
