import type { TagDocument } from '../text/document.js';
import { sentenceAt } from '../text/sentences.js';
import { NATURAL } from './natural-deaths.js';

/**
 * An armed movement that tells or causes deaths (mendW39's leftover): "The Taliban said 12 people were killed in
 * Afghanistan" listed only disaster .54 — the movement's name is a word in doubt (it also governs and sits in
 * parliaments, senses.ts) and "killed" alone weighs too little to vouch for it. A sentence that names the movement
 * and deaths tells of its war, unless that sentence names a natural disaster ("the Taliban said floods killed 40").
 */
const MOVEMENT = /\b(?:Taliban|Taleban|Hamas|Hezbollah|Hizbollah)\b/g;
const DEATHS =
  /\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|wounded|injured|casualties|death toll|massacre[sd]?|executed|executions?)\b/i;
let naturalWord: RegExp | undefined;

export function armedGroupDeaths(doc: TagDocument): boolean {
  naturalWord ??= new RegExp(`\\b${NATURAL}\\b`, 'i');
  for (const { text, sentences } of [doc.title, doc.body]) {
    MOVEMENT.lastIndex = 0;
    for (let m = MOVEMENT.exec(text); m !== null; m = MOVEMENT.exec(text)) {
      const sentence = sentenceAt(sentences, m.index);
      const told = sentence ? text.slice(sentence.start, sentence.end) : text;
      if (DEATHS.test(told) && !naturalWord.test(told)) return true;
    }
  }
  return false;
}
